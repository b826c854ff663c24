/**
 * Derivation 20: what held-out 22's judged failures still showed, each tested here on sentences
 * of its own. A list item in -ing ("shopping centres") was read as a participle clause and a
 * list's last noun ("and costs,") as a second verb, cutting lists short; "today's" with no date
 * to put there left "so's vote"; "recommends, but does not require, X" lost its first verb; "24
 * hours a day" was asked against 72 and 36; "the grant" and "the checks" pointed back out of the
 * card; a members' body's masthead in capitals was taken for the headline, a live page's dateline
 * and a statement's "Thursday the 15th of January 2026" were not read, and an offer marked
 * "[Sponsored by …]" was article text.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { factsReport } from './report';
import { notPolicy, notStandAlone } from './standalone';
import { framed, policyFrame } from './frame';
import { quizFact } from '$lib/testing/quiz-fact';
import { quizItems } from '../quiz/items';
import { numberVariants } from '../quiz/distractors';
import { parseDateline } from '../clean/dateline';
import { cleanRawText } from '../clean/cleaner';

async function reportOf(name: string, ...lines: string[]) {
	const { facts } = await factsReport([{ name, text: lines.join('\n\n') }]);
	return { claims: facts.flatMap((f) => [f.statement, ...f.quiz.map((q) => q.claim ?? q.prompt)]) };
}

const texts = (sentence: string, reference: Date | null = null) =>
	claimsOf(sentence, reference).map((c) => c.text);

describe('lists kept whole (derivation 20)', () => {
	it('reads an item in -ing between two others as an item, not a participle clause', () => {
		expect(
			texts(
				'The Order requires ramps at libraries, swimming pools, parking garages, clinics and town halls.'
			)
		).toEqual([
			'The Order requires ramps at libraries, swimming pools, parking garages, clinics and town halls.'
		]);
		// A participle clause after a whole object is still one.
		expect(
			texts('The council raised the parking charge to 4 dukats, raising 2 million a year.')
		).toContain('The council raised the parking charge to 4 dukats.');
	});

	it('does not make a list’s last noun a second verb', () => {
		const [claim, ...rest] = texts(
			'The Board will publish an evaluation of the scheme, covering take-up, fraud rates and costs, by 31 March 2029.'
		);
		expect(rest).toEqual([]);
		expect(claim).toMatch(/take-up, fraud rates and costs, by 31 March 2029\.$/);
	});
});

describe('sentences read in full (derivation 20)', () => {
	it('drops "today" with no date to put there, never leaving "so’s"', () => {
		const claims = texts(
			'The upper house passed the bill yesterday without changes, so today’s vote in the lower house decides it.'
		);
		expect(claims.join(' ')).not.toMatch(/\bso['’]s\b|today/);
		expect(claims).toContain('The vote in the lower house decides it.');
	});

	it('gives a shared object to both verbs of "recommends, but does not require"', () => {
		expect(
			texts('The Inspectorate recommends, but does not require, an annual fire drill.')
		).toEqual([
			'The Inspectorate recommends an annual fire drill.',
			'The Inspectorate does not require an annual fire drill.'
		]);
	});

	it('takes "the grant" and "the checks" for pointers back, and a lobby’s request for no rule', () => {
		const ctx = { names: new Set<string>(), headline: 'Water meters for every flat' };
		expect(
			notStandAlone('The grant is open only to flats the Water Meters Act covers.', ctx)
		).toMatch(/the grant/);
		expect(
			notStandAlone(
				'Under the Water Meters Act, landlords must keep a record of the checks for three years.',
				ctx
			)
		).toMatch(/the checks/);
		expect(notPolicy('Suppliers pressed for a two-year transition.', ctx)).not.toBeNull();
		expect(notPolicy('Respondents asked for twelve months.', ctx)).not.toBeNull();
		expect(notPolicy('The vote in the senate is the final hurdle for the bill.', ctx)).toBe(
			'procedure'
		);
	});
});

describe('numbers out of a whole period (derivation 20)', () => {
	it('never offers more hours than a day has, nor asks for the whole day or a meeting’s date', async () => {
		const options = numberVariants('24', { before: 'must be open ', after: ' hours a day.' });
		expect(options.every((o) => Number(o) <= 24)).toBe(true);
		expect(
			numberVariants('5', { before: 'open ', after: ' days a week.' }).every((o) => Number(o) <= 7)
		).toBe(true);
		const { facts } = await factsReport([
			{
				name: 'clinics.txt',
				text: [
					'Walk-in clinics to stay open around the clock',
					'Published: 3 March 2026',
					'Under the Urgent Care (Access) Regulations, every walk-in clinic in Tessaly must be open 24 hours a day from 1 June 2026.',
					'Clinics that break the rule face fines of up to 9,000 dravs.',
					'Every pharmacy in Tessaly must keep a pharmacist on call 24 hours a day.',
					'Pharmacies must display the call-out fee set at the 2 March 2026 meeting of the Tessaly Pharmacy Board.'
				].join('\n\n')
			}
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => q.prompt));
		expect(prompts.some((p) => /_____ hours a day/.test(p))).toBe(false);
		// "the _____ meeting": a date that names the meeting, not when anything applies.
		expect(prompts.some((p) => /the _____ meeting/.test(p))).toBe(false);
		expect(prompts.some((p) => /from _____/.test(p))).toBe(true);
	});
});

describe('a page’s parts (derivation 20)', () => {
	it('reads a statement’s and a live page’s datelines', () => {
		expect(parseDateline('Notice published: Tuesday the 3rd of March 2026')).toEqual({
			value: '2026-03-03',
			precision: 'day'
		});
		const live = cleanRawText(
			[
				'Budget vote — live',
				'05.03.2026 · Updates from 09:10 · Last update 17:02',
				'The assembly will vote on the budget today, and ministers expect it to pass by a wide margin in the evening.'
			].join('\n')
		);
		expect(live.dateline?.value).toEqual({ value: '2026-03-05', precision: 'day' });
	});

	it('takes a members’ body’s name in capitals for its masthead, not the headline', () => {
		const page = cleanRawText(
			[
				'ROAD HAULIERS FEDERATION OF TESSALY',
				'MEMBERS’ NOTE 2026/4',
				'NEW AXLE CHARGE: WHAT HAULIERS MUST DO',
				'From 1 May 2026 hauliers must pay an axle charge of 3 dravs per axle for every journey on a national road, the transport ministry has confirmed.',
				'[ADVERTISEMENT] Axlewise trackers — certified, ready for May. Ask your dealer.',
				'Our fuel card renews in June. Members who renew before 20 May get 2% off. [Sponsored by Tessaly Fuelcard]'
			].join('\n')
		);
		expect(page.title).toBe('NEW AXLE CHARGE: WHAT HAULIERS MUST DO');
		expect(page.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/renew|Sponsored|Axlewise/);
	});
});

describe('dates read as the first judging of held-out 23 and 24 showed (derivation 20)', () => {
	it('gives a range’s first day the year its end states, and keeps the end', () => {
		expect(
			texts(
				'Between 1 March and 31 August 2025, the firm overcharged renewing customers.',
				new Date(Date.UTC(2026, 1, 10))
			)
		).toContain(
			'Between 1 March 2025 and 31 August 2025, the firm overcharged renewing customers.'
		);
		expect(
			texts(
				'The grace period runs from 1 December to 28 February 2027 for small firms.',
				new Date(Date.UTC(2026, 5, 1))
			)
		).toContain('The grace period runs from 1 December 2026 to 28 February 2027 for small firms.');
	});

	it('reads "will charge … on exports of dried fish from Wednesday" as the coming Wednesday', () => {
		// Tuesday 9 June 2026: "milled" describes the rice; the clause is in the future.
		expect(
			texts(
				'Tessaly will charge a 15% duty on exports of dried fish from Wednesday.',
				new Date(Date.UTC(2026, 5, 9))
			)
		).toEqual(['Tessaly will charge a 15% duty on exports of dried fish from 10 June 2026.']);
	});

	it('reads datelines in the forms of held-out 23 and 24', () => {
		expect(parseDateline('20/1/26')).toEqual({ value: '2026-01-20', precision: 'day' });
		expect(parseDateline('Date: 04-11-2026')).toEqual({ value: '2026-11-04', precision: 'day' });
		expect(parseDateline('Tues 13 Oct 2026')).toEqual({ value: '2026-10-13', precision: 'day' });
		expect(parseDateline('Broadcast 2026-11-16 05:45')).toEqual({
			value: '2026-11-16',
			precision: 'day'
		});
		const row = cleanRawText(
			[
				'TALLY | news for bookkeepers',
				'Payroll software must be certified: what changes',
				'By Ada Venn, Tax Editor',
				'March 3rd, 2026 | 6 min read | CPD: 0.5 hours',
				'From 1 July 2026 every payroll package sold in Tessaly must be certified by the Revenue Agency before it is sold.'
			].join('\n')
		);
		expect(row.dateline?.value).toEqual({ value: '2026-03-03', precision: 'day' });
	});
});

describe('bodies and headlines (derivation 20)', () => {
	it('keeps an "and" inside a body’s name when "the Commission" is resolved', async () => {
		const { claims } = await reportOf(
			'notice.txt',
			'Final notice to Harrow Motor Insurance',
			'Published: 2 March 2026',
			'The Insurance and Pensions Supervisory Commission has fined Harrow Motor Insurance 4.2 million dravs for overcharging renewing customers.',
			'Harrow must appoint an independent reviewer approved by the Commission by 31 August 2026.'
		);
		expect(claims.join(' ')).not.toMatch(/(?<!Insurance and )Pensions Supervisory Commission/);
	});

	it('finds the headline under a paywall line, an advert, a magazine’s tagline and a circular’s subject', () => {
		const titleOf = (...lines: string[]) => cleanRawText(lines.join('\n')).title;
		expect(
			titleOf(
				'TALLY | news for bookkeepers',
				'You have 2 free articles left this month. Subscribe for unlimited access.',
				'Payroll software must be certified: what changes',
				'From 1 July 2026 every payroll package sold in Tessaly must be certified by the Revenue Agency before it is sold.'
			)
		).toBe('Payroll software must be certified: what changes');
		expect(
			titleOf(
				'DRAIN & PIPE TRADE NEWS',
				'The business magazine for drainage professionals in Tessaly',
				'[ADVERTISEMENT] Rootcut Pro cutters — certified, ready for 2027. Ask your distributor.',
				'Drain lining ban: what the new Act means for contractors',
				'The Drains (Lining Materials) Act bans resin drain lining in homes built before 1950 from 1 March 2027, and contractors must tell owners in writing.'
			)
		).toBe('Drain lining ban: what the new Act means for contractors');
		expect(
			titleOf(
				'TWU — Tessaly Warehouse Workers’ Union',
				'CIRCULAR',
				'Ref: CIR/2026/12',
				'Status: FOR ACTION',
				'From: Ines Marl, General Secretary',
				'Subject: Night work allowance — Order laid; what it means; branch action',
				'The Night Work (Allowance) Order requires warehouse employers to pay a night allowance of 15% of the hourly rate from 1 April 2027.'
			)
		).toBe('Night work allowance — Order laid; what it means; branch action');
	});
});

describe('a figure a quoted speaker gives otherwise (derivation 20)', () => {
	it('keeps a briefing’s fine off the cards when a quotation beside it gives another', async () => {
		const { facts } = await factsReport([
			{
				name: 'traps.txt',
				text: [
					'Snare ban: what the new Act means for gamekeepers',
					'Published: 21 September 2026',
					'The Wild Animals (Snares) Act bans the use of snares in Tessaly from 1 March 2027.',
					'According to the Ministry’s briefing, breaching the ban will be an offence carrying a fine of up to 20,000 dravs.',
					'“Anyone using a snare after March faces a fine of up to 10,000 dravs,” said Dr Ilse Marr, the chief veterinary officer.'
				].join('\n\n')
			}
		]);
		const cards = facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt)).join(' ');
		expect(cards).toMatch(/1 March 2027/);
		// Both figures stay key facts with their sources; neither is a card's answer.
		expect(cards).not.toMatch(/20,000|10,000/);
		expect(facts.some((f) => /20,000/.test(f.statement))).toBe(true);
	});

	it('drops a claim that opens on "Instead", which points back to what it replaces', () => {
		expect(texts('Instead, a flat allowance of at least 95 dravs a night applies.')).toEqual([]);
	});
});

describe('papers about a policy, not the policy (derivation 20)', () => {
	const ctx = { names: new Set<string>(), headline: 'Weekly food waste collections' };

	it('takes a committee’s recommendation, a dissent, an earlier figure and a reading for no rule', () => {
		for (const claim of [
			'The Committee is recommended to approve weekly collections from 29 March 2027.',
			'Cabinet is asked to agree that the incentive of 1,500 dravs continues in 2027/28.',
			'Justice Morrow would have held that the limits are a matter for Parliament.',
			'The government had first announced a figure of 41,000 dravs.',
			'The Waste (Collection) Bill will receive its first reading on 17 November 2026.',
			'The Waste (Collection) Regulations, made by the Ministry of Environment.'
		])
			expect(notPolicy(claim, ctx), claim).not.toBeNull();
		expect(
			notPolicy('Councils must collect food waste every week from 29 March 2027.', ctx)
		).toBeNull();
		expect(
			notStandAlone('The Family Migration Rules as laid set 38,700.', {
				names: new Set<string>(),
				headline: 'Spouse visas'
			})
		).toBe('bare figure');
		expect(texts('How any redundancy payments above the minimum will be calculated.')).toEqual([]);
	});

	it('never blanks the first year of "2027/28", nor a bare figure', () => {
		const f = quizFact(
			'In Tessaly, the downsizing incentive of 1,500 dravs for tenants who move to a smaller home continues in 2027/28.',
			[['date', '2027']],
			{ kind: 'quantity', id: 'f-d20-slash', articleId: 'a1' }
		);
		const items = quizItems([f]).get('f-d20-slash') ?? [];
		expect(items.some((i) => i.prompt.includes('_____/28'))).toBe(false);
		// Nor a bare figure with nothing after it to say what it counts.
		const bare = quizFact(
			'Under the Family Migration Rules, the Rules as laid set 38,700.',
			[['number', '38,700']],
			{
				kind: 'quantity',
				id: 'f-d20-bare',
				articleId: 'a1'
			}
		);
		expect(
			(quizItems([bare]).get('f-d20-bare') ?? []).some((i) => i.prompt.includes('set _____.'))
		).toBe(false);
	});
});

describe('the story’s act with no country to own it (derivation 20)', () => {
	it('puts a rule that names nothing under the one act the lede names, keeping "Mr"', () => {
		const body = [
			'I am writing about the Care Homes (Named Visitor) Regulations 2026, which the Parliament of Tessaly approved last month and which come into force in Tessaly on 6 April 2026.',
			'A suspension of visits may last no more than 14 days.'
		].join('\n');
		const frame = policyFrame(
			'Letter to care home providers: the new right to a named visitor',
			body,
			body.split('\n')[0]!
		);
		expect(frame.main).toBe('the Care Homes (Named Visitor) Regulations');
		expect(
			framed('A suspension of visits may last no more than 14 days.', frame, body.length)?.text
		).toBe(
			'Under the Care Homes (Named Visitor) Regulations, a suspension of visits may last no more than 14 days.'
		);
		expect(
			framed('Mr Dovic’s visits may not be suspended again.', frame, body.length)?.text
		).toMatch(/, Mr Dovic’s/);
	});
});

describe('asides, times and outcomes (derivation 20)', () => {
	const ctx = { names: new Set<string>(), headline: 'Poultry must be kept indoors' };

	it('reads a participle after an appositive as the thing named, not the subject', () => {
		expect(
			texts(
				'The Board has declared a Bird Flu Prevention Zone, an BFPZ, covering the whole of Tessaly.'
			).join(' ')
		).not.toMatch(/The Board covers/);
	});

	it('drops a closing "whose" aside, which a true/false card would give away by', () => {
		expect(
			texts(
				'The Housing Support Act does not apply to private tenants, whose support is set by local rules.'
			)
		).toEqual(['The Housing Support Act does not apply to private tenants.']);
	});

	it('takes "last night", "the final Regulations", an appeal’s outcome and a gazette’s disclaimer for no card', async () => {
		expect(
			notStandAlone(
				'Under the Poultry Housing Order, Tessaly’s keepers brought their birds indoors last night.',
				ctx
			)
		).toBe('unresolved time');
		expect(notStandAlone('The final Regulations require weekly collection.', ctx)).toBe('pointer');
		// "the final rules for …" says which.
		expect(
			notStandAlone(
				'Tessaly’s Aviation Directorate has published the final rules for drone delivery.',
				ctx
			)
		).not.toBe('pointer');
		expect(
			notPolicy('The Supreme Court by a majority of four to one allows the appeal in part.', ctx)
		).not.toBeNull();
		const { facts } = await factsReport([
			{
				name: 'gazette.txt',
				text: [
					'THE POULTRY HOUSING ORDER 2026',
					'Published: 10 July 2026',
					'Under the Poultry Housing Order 2026, every keeper in Tessaly must keep poultry indoors from 1 December 2026.',
					'The Gazette does not check the content of notices beyond its own style rules.'
				].join('\n\n')
			}
		]);
		expect(facts.some((f) => /Gazette/.test(f.statement))).toBe(false);
	});
});

describe('a figure the article says another source gives otherwise (derivation 20)', () => {
	it('keeps "no more than 16 tablets" off the cards when a later paragraph says "12 tablets, not 16"', async () => {
		const { facts } = await factsReport([
			{
				name: 'packs.txt',
				text: [
					'Painkiller packs to shrink outside pharmacies',
					'Published: 10 March 2026',
					'From 1 September 2026, shops in Tessaly other than pharmacies may sell paracetamol only in small packs, the health minister announced.',
					'Under the Medicines (Pack Size) Regulations, supermarkets and corner shops in Tessaly will be able to sell paracetamol only in packs of no more than 16 tablets, Mr Delavey told the morning programme.',
					'There is, however, a discrepancy over the central number. Guidance published by the Medicines Agency states that the maximum pack size outside pharmacies will be 12 tablets, not 16.'
				].join('\n\n')
			}
		]);
		const cards = facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt)).join(' ');
		expect(cards).toMatch(/1 September 2026/);
		// Neither side is a settled card; both stay key facts.
		expect(cards).not.toMatch(/16 tablets|12 tablets/);
		expect(facts.some((f) => /16 tablets/.test(f.statement))).toBe(true);
	});
});

describe('estimates and reports, not rules (derivation 20)', () => {
	it('takes "most … will" for an estimate and "No … has been made" for a report', () => {
		const ctx = { names: new Set<string>(), headline: 'Visitors will need a travel authorisation' };
		expect(
			notPolicy(
				'Under the Immigration (Travel Authorisation) Rules, most decisions will be made within three working days.',
				ctx
			)
		).toBe('forecast');
		expect(notPolicy('No appointment has been made.', ctx)).toBe('history');
		expect(
			notPolicy(
				'Under the Immigration (Travel Authorisation) Rules, visitors must apply at least 72 hours before travel.',
				ctx
			)
		).toBeNull();
	});
});

/**
 * Derivation 13: disagreements told the way reporters tell them ("The rate is not yet clear. The
 * ministry's announcement gives it as ₲3. But the tariff notice published by the Ports Authority
 * lists ₲4.50."), found on held-out 10 and 11, where none of five or six disputes a set was read.
 */
import { describe, expect, it } from 'vitest';
import { numberVariants } from '../quiz/distractors';
import { flipped } from '../quiz/true-false';
import { acronymsOf } from './acronyms';
import { claimsOf } from './claims';
import { factsReport } from './report';
import { mentions } from './nlp';
import { notAsserted, notPolicy, notStandAlone } from './standalone';

const HEADLINE = 'Marvessa to charge a harbour levy on every cruise passenger from May';
const OPENING =
	'Marvessa will charge a harbour levy on every cruise passenger landing at its ports from 1 May 2027, under an order published on Monday by the Transport Ministry.';

/** The facts of one pasted article, its paragraphs (headline and date line first) given apart. */
function factsOf(name: string, paragraphs: string[]) {
	return factsReport([{ name, text: paragraphs.join('\n\n') }]);
}

async function disputeOf(paragraph: string, headline = HEADLINE) {
	const { facts } = await factsOf('levy.txt', [
		headline,
		'Published: 3 November 2026',
		OPENING,
		paragraph
	]);
	const items = facts.flatMap((f) => f.quiz);
	return { dispute: items.find((q) => q.id.endsWith(':dispute')), items };
}

describe('disputes told without "says … while … says" (derivation 13)', () => {
	it('reads "is not yet clear", a possessive source, and a source named after "by"', async () => {
		const { dispute, items } = await disputeOf(
			'The rate for cruise passengers is not yet clear. The Transport Ministry’s announcement gives it as ₲3 per passenger. But the tariff notice published on Monday evening by the Marvessan Ports Authority, which will collect the levy, lists ₲4.50 per passenger.'
		);
		expect(dispute?.prompt).toBe(
			'Sources differ on the rate for cruise passengers. What does each say?'
		);
		expect(dispute?.answer).toBe('Transport Ministry: ₲3; Marvessan Ports Authority: ₲4.50');
		expect(dispute?.choices).toContain('Transport Ministry: ₲4.50; Marvessan Ports Authority: ₲3');
		// Neither side is quizzed as settled.
		for (const item of items.filter((q) => q !== dispute))
			expect(`${item.prompt} ${item.answer}`).not.toMatch(/₲\s?(?:3|4\.50)\b/);
	});

	it('reads "was not settled" and a public body named in lower case', async () => {
		const { dispute } = await disputeOf(
			'The levy on crew members was not settled. The finance ministry’s statement put it at ₲2, up from nothing. But the interior ministry’s fee table, used by the border police, lists the crew levy as ₲2.50.'
		);
		expect(dispute?.answer).toBe('Finance ministry: ₲2; Interior ministry: ₲2.50');
	});

	it('reads two sides in one sentence the splitter left whole at "5 kg. But"', async () => {
		const { dispute } = await disputeOf(
			'There is confusion over how much luggage each passenger may bring ashore. The Ports Authority’s rulebook sets a maximum of 5 kg. But a fact sheet issued the same day by the Transport Ministry gives the limit as 2.5 kg.'
		);
		expect(dispute?.prompt).toBe(
			'Sources differ on how much luggage each passenger may bring ashore. What does each say?'
		);
		expect(dispute?.answer).toBe('Ports Authority: 5 kg; Transport Ministry: 2.5 kg');
	});

	it('reads "gave different dates for" with a date given without its year', async () => {
		const { dispute } = await disputeOf(
			'The ministry and the authority gave different dates for when the levy must first be paid. The Transport Ministry said it would be due from 30 September. But the Marvessan Ports Authority said its notice sets 15 October as the first day.'
		);
		expect(dispute?.answer).toBe(
			'Transport Ministry: 30 September; Marvessan Ports Authority: 15 October'
		);
	});

	it('still reads no dispute where the article says of none', async () => {
		const { dispute } = await disputeOf(
			'The Transport Ministry’s announcement gives the crew levy as ₲2. The Marvessan Ports Authority lists the cruise levy as ₲4.50 per passenger.'
		);
		expect(dispute).toBeUndefined();
	});
});

describe('held-out 11’s remaining defects (derivation 13)', () => {
	const ctx = { names: new Set(['Zelvany', 'Merrowen']) };

	it('does not take a list of subjects for a participle clause', () => {
		const texts = claimsOf(
			'From 1 March 2027, shops, cafés, vending machines and online sellers in Merrowen may not sell a high-caffeine energy drink to anyone under 16.',
			null
		).map((c) => c.text);
		expect(texts.join(' ')).not.toMatch(/\bvends\b/);
		expect(texts.join(' ')).toMatch(/shops, cafés, vending machines and online sellers/);
		// A participle clause after a main clause is still its own claim.
		expect(
			claimsOf(
				"Aldmark's government on Friday adopted its 14th package of sanctions against Garvost, adding 22 companies and nine individuals to its asset-freeze list.",
				null
			).map((c) => c.text)
		).toContain(
			"Aldmark's government adds 22 companies and nine individuals to its asset-freeze list."
		);
	});

	it('gives a plural subject "were" when an aside becomes its own claim', () => {
		const texts = claimsOf(
			'Containers in transhipment, moved from ship to ship without leaving the port, are exempt.',
			null
		).map((c) => c.text);
		expect(texts).not.toContain(
			'Containers in transhipment was moved from ship to ship without leaving the port.'
		);
	});

	it('makes no false statement that keeps a word needing its negation', () => {
		expect(
			flipped('New-build developers will not receive any subsidy for heat pumps under the code.')
		).toBeUndefined();
		expect(flipped('Operators will not get a licence before 2027.')).toBe(
			'Operators will get a licence before 2027.'
		);
	});

	it('reads "For other staff" and "the money" as pointing back', () => {
		expect(notStandAlone('For other staff, charges will be capped at ₸25 a month.', ctx)).toBe(
			'pointer'
		);
		expect(
			notStandAlone(
				'The money will pay for the parking bays and for two new enforcement officers.',
				ctx
			)
		).toBeTruthy();
		expect(
			notStandAlone('Other than doctors, hospital staff in Zelvany will pay ₸25 a month.', ctx)
		).not.toBe('pointer');
	});
});

describe('disputes no sentence names (derivation 13, held-out 12)', () => {
	it('asks the first side’s words with its value left to find, and names both sources', async () => {
		const { dispute, items } = await disputeOf(
			'The order leaves the deposit each cruise line must lodge to regulations, and the two authorities have given different figures. The Transport Ministry’s summary, published on Wednesday, says each cruise line must lodge at least ₲200,000. The Marvessan Ports Authority (MPA) draft rulebook, opened for comment on Thursday, sets the figure at ₲350,000.'
		);
		expect(dispute?.prompt).toBe(
			'Sources differ: each cruise line must lodge at least how much? What does each say?'
		);
		// The acronym is spelled out as the article does once: the card shows no article.
		expect(dispute?.answer).toBe(
			'Transport Ministry: at least ₲200,000; Marvessan Ports Authority: ₲350,000'
		);
		for (const item of items.filter((q) => q !== dispute))
			expect(`${item.prompt} ${item.answer}`).not.toMatch(/₲\s?(?:200|350),000/);
	});

	it('reads no dispute in two figures nothing says differ, or in a side whose point is elsewhere', async () => {
		const { dispute } = await disputeOf(
			'The Transport Ministry says each cruise line must lodge at least ₲200,000. The Marvessan Ports Authority says each ferry line must lodge ₲50,000.'
		);
		expect(dispute).toBeUndefined();
		// "… will have eight weeks": to do what, another sentence said (held-out 3's guard).
		const { dispute: elsewhere } = await disputeOf(
			'How long that period is remains unclear. The Transport Ministry says lines will have eight weeks. But the Marvessan Ports Authority says they will have 12 weeks.'
		);
		expect(elsewhere).toBeUndefined();
	});
});

describe('a decree’s own text (derivation 13, held-out 12)', () => {
	it('reads its numbered provisions, "shall" and "No … shall" as rules, and "this Decree" as the headline’s', async () => {
		const { facts } = await factsOf('decree.txt', [
			'GOVERNMENT DECREE No. 412/2026 on the redistribution of unsold food by retailers',
			'Dated this 2nd day of October 2026.',
			'Article 1 — Scope',
			'(1) This Decree applies to every food retail outlet with a sales floor area of 400 square metres or more.',
			'Article 3 — Prohibition',
			'No operator shall destroy, denature or otherwise deliberately make unfit for consumption food that is safe to eat.',
			'Article 9 — Review',
			'The Minister shall review the operation of articles 2 and 5 within three years.'
		]);
		const prompts = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} => ${q.answer}`));
		expect(prompts).toContain(
			'The decree applies to every food retail outlet with a sales floor area of _____ square metres or more. => 400'
		);
		expect(prompts.some((p) => p.startsWith('True or false: No operator shall destroy'))).toBe(
			true
		);
		// A provision known by its number is where a rule is, not a rule.
		for (const p of prompts) expect(p).not.toMatch(/articles 2|\(1\)|[Tt]his Decree/);
	});

	it('drops a provision’s number, a defined shorthand, and a live blog’s "And"', () => {
		const texts = (s: string) => claimsOf(s, null).map((c) => c.text);
		expect(
			texts(
				'(1) The operator shall offer unsold food to a charity registered with the National Food Agency (hereinafter "the NFA").'
			)
		).toEqual([
			'The operator shall offer unsold food to a charity registered with the National Food Agency.'
		]);
		expect(
			texts('And Kasmoran equipment already in Terwenland for repair may be returned.')
		).toEqual(['Kasmoran equipment already in Terwenland for repair may be returned.']);
		// "So far" is no conjunction to drop ("Far, Mitsubishi has made …" was a launch card).
		for (const text of texts(
			'So far, Mitsubishi has made the air defense systems for Japan’s military.'
		))
			expect(text).not.toMatch(/^Far\b/);
	});

	it('keeps an aside whose own phrase follows it, and cuts no clause into a subject', () => {
		const texts = claimsOf(
			'The offer shall be made under a written agreement, which shall set out how often food is collected, not less than twice a week.',
			null
		).map((c) => c.text);
		expect(texts.join(' ')).not.toMatch(/agreement not less than|agreement shall set out/);
		expect(
			notStandAlone('The National Roads Agency, which must replace about 4,600 signs.', {
				names: new Set(['National', 'Roads', 'Agency'])
			})
		).toBe('fragment');
	});

	it('says "at the 21 April 2026 meeting", never "at on 21 April 2026’s meeting"', () => {
		const texts = claimsOf(
			"The Companion Animal Breeding Regulation was adopted at today's meeting of the Council of Ministers.",
			new Date('2026-04-21T12:00:00Z')
		).map((c) => c.text);
		expect(texts[0]).toBe(
			'The Companion Animal Breeding Regulation was adopted at the 21 April 2026 meeting of the Council of Ministers.'
		);
	});
});

describe('held-out 12’s garbled blanks (derivation 13)', () => {
	it('reads "ℳ10 million" as one amount and "4% a year" as a share a year', () => {
		expect(mentions('Companies can be fined up to ℳ10 million.').map((m) => m.text)).toEqual([
			'ℳ10 million'
		]);
		expect(mentions('Councils may charge up to 4% a year.').map((m) => m.text)).toEqual(['4%']);
	});

	it('keeps "midnight" with its day, and no "has" of a speaker', () => {
		const reference = new Date('2026-05-11T12:00:00Z');
		expect(
			claimsOf(
				'Goods that had already left Terwenland before midnight on Sunday are not affected.',
				reference
			)[0]?.text
		).toBe(
			'Goods that had already left Terwenland before midnight on 10 May 2026 are not affected.'
		);
		expect(
			claimsOf(
				'The Labour Ministry has said it will consult on sickness insurance for the self-employed next year.',
				reference
			)[0]?.text
		).toMatch(/^The Labour Ministry will consult/);
	});

	it('makes no card of a plan the article says is not decided', () => {
		expect(
			notAsserted(
				'The Labour Ministry has said it will consult on separate sickness insurance for the self-employed next year, but nothing has been decided.'
			)
		).toBeTruthy();
	});

	it('spells out an acronym before the policy’s name too', async () => {
		// "The FRA may hold a vehicle … until Brunholt's on-the-spot fine …": the name the frame
		// gave "the fine" came after the acronym, which was left as it was.
		const { readFileSync } = await import('node:fs');
		const file = '132-brunholt-truck-toll-emissions-class.txt';
		const text = readFileSync(new URL(`./fixtures/heldout-12/${file}`, import.meta.url), 'utf8');
		const { facts } = await factsReport([{ name: file, text }]);
		const texts = facts.flatMap((f) => f.quiz.map((q) => `${q.prompt} ${q.answer}`)).join('\n');
		expect(texts).not.toMatch(/\bFRA\b/);
	});
});

describe('claims that say "exempt" from nothing, or a condition alone (derivation 13)', () => {
	const ctx = { names: new Set(['Merrowen', 'Export', 'Control', 'Directorate']) };
	it('makes no card of a short "are not covered" or "are exempt" that names no policy', () => {
		expect(notStandAlone('Buses and coaches are not covered.', ctx)).toBe('pointer');
		expect(notStandAlone('In Merrowen, machines in staff-only areas are exempt.', ctx)).toBe(
			'pointer'
		);
		expect(notStandAlone('Buses and coaches are not covered by the toll.', ctx)).not.toBe(
			'pointer'
		);
		expect(
			notStandAlone(
				'In Merrowen, vending machines in staff-only areas of hospitals are exempt.',
				ctx
			)
		).not.toBe('pointer');
	});

	it('makes no card of a condition without its rule', () => {
		expect(
			notStandAlone('Only after the Export Control Directorate has approved each shipment.', ctx)
		).toBe('fragment');
	});
});

describe('paperwork and vague claims (derivation 13)', () => {
	const ctx = { names: new Set(['Parental', 'Insurance', 'Fund', 'Tiremont']) };
	it('does not take when guidance or a form is published for the rule', () => {
		expect(
			notPolicy(
				'The Parental Insurance Fund will publish its reclaim form and guidance for software providers by 31 January 2027.',
				ctx
			)
		).toBe('paperwork');
		// Publishing is a rule when it is the duty the policy sets.
		expect(
			notPolicy('Every lobbyist must publish the names of its clients on the register.', ctx)
		).toBeNull();
	});

	it('makes no card of "doesn’t cover everything"', () => {
		expect(notStandAlone('Tiremont’s cap on resale doesn’t cover everything.', ctx)).toBe('vague');
	});
});

describe('held-out 13’s failures at first contact (derivation 13, after judge N)', () => {
	const texts = (s: string, reference: Date | null = null) =>
		claimsOf(s, reference).map((c) => c.text);
	const ctx = { names: new Set(['Skarnholm', 'Haldune', 'Roads', 'Ministry', 'Senate']) };

	it('keeps a claim whole where the splitter broke it', () => {
		expect(
			texts(
				'Importers will need a quota licence, issued by the BTRO on a first-come, first-served basis; applications will be decided within five working days.'
			)[0]
		).toBe(
			'Importers will need a quota licence, issued by the BTRO on a first-come, first-served basis.'
		);
		expect(
			texts(
				'Farms that keep rabbits for meat, and sell the skins as a by-product, are not covered.'
			)
		).toEqual([
			'Farms that keep rabbits for meat, and sell the skins as a by-product, are not covered.'
		]);
		expect(texts('The HDLA renewal fee for drivers aged 75 and over will be 35 ferl.')).toEqual([
			'The HDLA renewal fee for drivers aged 75 and over will be 35 ferl.'
		]);
		// "Easter Sunday" is a feast, not last Sunday.
		expect(
			texts(
				'Large retail premises shall not open on Easter Sunday, on Christmas Day, or on National Day.',
				new Date('2026-11-30T12:00:00Z')
			)[0]
		).toMatch(/on Easter Sunday, on Christmas Day/);
	});

	it('makes no card of a verb without its subject, "reduces that to", a lobby’s request or a gazette’s timetable', () => {
		expect(
			notStandAlone(
				'In Skarnholm, requires public bodies and utilities to update their systems by 1 March 2027.',
				ctx
			)
		).toBe('fragment');
		expect(
			notStandAlone('Amendment 4, moved in the Senate, reduces that to ₱2,000.', ctx)
		).toBeTruthy();
		expect(
			notPolicy(
				'The Haldune Motoring Club has asked the Roads Ministry to let drivers apply up to 90 days before their birthday.',
				ctx
			)
		).toBe('demand');
		expect(
			notPolicy(
				'The Plant Protection (Public Green Spaces) Decree will be published in the Official Gazette within ten days.',
				ctx
			)
		).toBe('paperwork');
	});

	it('spells out an acronym defined between dashes', () => {
		expect(
			acronymsOf(['The Oskarran Electoral Commission — the OEC — will publish a standard form.'])
		).toEqual(new Map([['OEC', 'Oskarran Electoral Commission']]));
	});

	it('offers a deadline no year before its own', async () => {
		const { facts } = await factsOf('parks.txt', [
			'Glyphosate to be banned in public parks',
			'Published: 21 April 2026',
			'Saubria will ban glyphosate in public parks, playgrounds and school grounds from 1 September 2026, under a decree signed on Tuesday by the Environment Minister.',
			'Every contractor that sprays public land must register with the Saubrian Plant Protection Agency by 31 December 2026.'
		]);
		const item = facts
			.flatMap((f) => f.quiz)
			.find((q) => q.answer === '31 December 2026' && q.choices);
		expect(item).toBeDefined();
		for (const choice of item!.choices!)
			expect(Number(/\d{4}/.exec(choice)![0])).toBeGreaterThanOrEqual(2026);
	});

	it('offers a rate above the whole only above it', () => {
		expect(
			numberVariants('150%', {
				before: 'shall be paid at not less than ',
				after: ' of the ordinary hourly rate',
				percent: true
			}).every((v) => parseFloat(v) > 100)
		).toBe(true);
		// Also when the rate is no round number and the options are plain steps of it.
		expect(
			numberVariants('112.5%', { before: 'at least ', after: ' of the rate', percent: true }).every(
				(v) => parseFloat(v) > 100
			)
		).toBe(true);
	});
});

describe('a side told as "it gives …" (derivation 13, held-out 12’s other WRONG card)', () => {
	it('reads "it" as the owner named before it in the sentence, and "within eight weeks" as no date', async () => {
		const { dispute, items } = await disputeOf(
			'The Transport Ministry’s briefing note says the Marvessan Ports Authority (MPA) must decide on a berth application within eight weeks, and that an application not decided in that time is refused. Cruise lines were quick to complain, and the MPA’s own guidance, posted on Wednesday, does not help: it gives the decision period as twelve weeks. Asked about the difference, an MPA spokeswoman declined to comment.'
		);
		expect(dispute?.prompt).toBe(
			'Sources differ: the Marvessan Ports Authority must decide on a berth application within how many weeks? What does each say?'
		);
		expect(dispute?.answer).toBe(
			'Transport Ministry: eight weeks; Marvessan Ports Authority: twelve weeks'
		);
		for (const item of items.filter((q) => q !== dispute))
			expect(`${item.prompt} ${item.answer}`).not.toMatch(/\b(?:eight|twelve) weeks\b/);
	});
});

describe('held-out 14’s WRONG card (derivation 13, after judge O)', () => {
	it('names no policy after a comparative or a phrase with "their"', async () => {
		// "Municipalities may set a longer curfew for their area" named "the curfew" of the
		// exemption list "Weltrava’s longer curfew for their area", and its flip was keyed False.
		const { facts } = await factsOf('curfew.txt', [
			'Weltrava switches off advertising lights at night',
			'Published: 3 November 2026',
			'Illuminated advertising in Weltrava must be switched off between 01:00 and 06:00 from 1 March 2027, under an ordinance adopted by the Weltravan government on Tuesday.',
			'The curfew does not apply to:',
			'- signs of pharmacies on the night rota;',
			'- passenger information screens at stations and stops.',
			'Municipalities may set a longer curfew for their area, but may not set a shorter one.'
		]);
		const texts = facts.flatMap((f) => [f.statement, ...f.quiz.map((q) => q.prompt)]).join('\n');
		expect(texts).not.toMatch(/longer curfew for their area (?:does|do)/);
		expect(texts).not.toMatch(/Weltrava’s longer curfew/);
	});
});

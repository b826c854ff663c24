/**
 * Derivation 14: what held-out 14's wire report on a log export levy had no card for, or a
 * wrong one: a deadline given without its year ("register … by 15 May"), the day a decision
 * was said ("its government said on Tuesday", read as next Tuesday), a phased rate that became
 * "A tariff notice rises to 12%", a disagreement told as "Officials did not agree on how much
 * it would be", and rules stated with "levy", "not subject to" or "unless parliament votes to
 * renew it".
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { absoluteDates } from './dates';
import { factsReport } from './report';
import { numberVariants } from '../quiz/distractors';
import { flipped } from '../quiz/true-false';
import { policyFrame } from './frame';
import { namesPolicy, notAsserted, notPolicy, notStandAlone } from './standalone';

/** Wednesday 4 March 2026. */
const MARCH_4 = new Date(Date.UTC(2026, 2, 4));

const HEADLINE = 'Pelmark to levy raw peat exports from June, growers to get the money';

/** The quiz items of one pasted article dated Wednesday 4 March 2026. */
async function itemsOf(...paragraphs: string[]) {
	const { facts } = await factsReport([
		{
			name: 'peat.txt',
			text: [HEADLINE, 'Published: 4 March 2026', ...paragraphs].join('\n\n')
		}
	]);
	return facts.flatMap((f) => f.quiz);
}

describe('dates an article gives without a year (derivation 14)', () => {
	it('places "from 1 June" and "by 15 May" in the article’s year', () => {
		// chrono read "from 1 June" as one o'clock in June: the day was lost.
		expect(absoluteDates('Exporters must register with the agency by 15 May.', MARCH_4)).toBe(
			'Exporters must register with the agency by 15 May 2026.'
		);
		expect(absoluteDates('The levy applies from 1 June.', MARCH_4)).toBe(
			'The levy applies from 1 June 2026.'
		);
	});

	it('reads the weekday in the tense of its own clause', () => {
		// "said on Tuesday" in a Wednesday article is the day before, though "will charge" comes first.
		expect(
			absoluteDates(
				'Pelmark will charge a levy on exports of raw peat from 1 June, its government said on Tuesday.',
				MARCH_4
			)
		).toBe(
			'Pelmark will charge a levy on exports of raw peat from 1 June 2026, its government said on 3 March 2026.'
		);
	});

	it('moves a year only where the clause’s own tense says so', () => {
		// Approved in the past, starting in May: this May, not last.
		expect(
			absoluteDates('The cabinet approved a ban on exports of peat from May 1.', MARCH_4)
		).toBe('The cabinet approved a ban on exports of peat from 1 May 2026.');
		expect(absoluteDates('The rules will apply from 1 February.', MARCH_4)).toBe(
			'The rules will apply from 1 February 2027.'
		);
		expect(absoluteDates('The draft was published on 20 May.', MARCH_4)).toBe(
			'The draft was published on 20 May 2025.'
		);
	});

	it('leaves a season that comes round every year as it is', () => {
		for (const text of [
			'No tree may be felled between 1 March and 31 August, even with a licence.',
			'Hunting is banned from 1 April each year.'
		])
			expect(absoluteDates(text, MARCH_4)).toBe(text);
	});
});

describe('clauses held-out 14 split wrongly or not at all (derivation 14)', () => {
	it('keeps "rising to" with the amount it raises, not the sentence’s subject', () => {
		const texts = claimsOf(
			'A tariff notice posted by the Customs Service lists the levy at 10% of export value until 31 May 2027, rising to 12% only from 1 June 2027.',
			null
		).map((c) => c.text);
		expect(texts.join(' ')).not.toMatch(/notice rises/);
	});

	it('makes a claim of what a named fund will do', () => {
		expect(
			claimsOf(
				'The money raised will go into a Peat Growers Fund, which will pay grants of up to 30% of the cost of new drying equipment.',
				null
			).map((c) => c.text)
		).toContain(
			'The Peat Growers Fund will pay grants of up to 30% of the cost of new drying equipment.'
		);
	});

	it('does not say in general what an exemption says of the exempt', () => {
		const texts = claimsOf(
			'International students from outside the Common Study Area are not covered; universities can set their fees freely.',
			null
		).map((c) => c.text);
		expect(texts).not.toContain('Universities can set their fees freely.');
		// A second clause that says its own rule stays.
		expect(
			claimsOf(
				'The Bill does not apply to municipal council elections; no deposit is or will be required to stand for a council.',
				null
			).map((c) => c.text)
		).toContain('No deposit is or will be required to stand for a council.');
	});

	it('reads what a lobby says should happen as its view', () => {
		expect(
			notAsserted(
				'Consumer group Fair Money said the ban on sign-up bonuses should also cover ordinary investment apps.'
			)
		).toBe('not asserted ("should")');
		expect(
			notAsserted('Growers should get the money first, the Peat Growers Federation argued.')
		).toBe('not asserted ("should")');
		expect(notAsserted('Exporters must register with the agency by 15 May 2026.')).toBeNull();
	});
});

describe('held-out 14’s levy article, in short (derivation 14)', () => {
	it('cards a deadline without a year, an exclusion, an expiry and a named fund', async () => {
		const items = await itemsOf(
			'Exporters of peat will have to register with the Pelmark Soil Agency by 15 May.',
			'Garden compost, peat-free growing media and coir are not subject to the levy at all.',
			'The levy will expire on 31 May 2029 unless parliament votes to renew it.',
			'The money raised will go into a Peat Growers Fund, which will pay grants of up to 30% of the cost of new drying equipment.'
		);
		const texts = items.map((q) => `${q.prompt} => ${q.answer}`);
		expect(texts).toContain(
			'Exporters of peat will have to register with the Pelmark Soil Agency by _____. => 15 May 2026'
		);
		expect(texts.join('\n')).toMatch(/are not subject to the levy/);
		expect(texts).toContain(
			'The levy will expire on _____ unless parliament votes to renew it. => 31 May 2029'
		);
		expect(texts.join('\n')).toMatch(/Peat Growers Fund will pay grants of up to _____/);
	});

	it('teaches "Officials did not agree on how much it would be" as a dispute', async () => {
		const items = await itemsOf(
			'Pelmark will charge a levy on exports of raw peat from 1 June, its government said on Tuesday.',
			'Officials did not agree on how much it would be. Trade Minister Ilse Varn told reporters after the meeting that the levy would be 12% of the declared export value. "Every bale pays twelve per cent," she said.',
			'Exporters said they were working from different numbers. A tariff notice posted by the Customs Service on Tuesday evening lists the levy at 10% of export value until 31 May 2027, rising to 12% only from 1 June 2027.'
		);
		const dispute = items.find((q) => q.id.endsWith(':dispute'));
		expect(dispute?.prompt).toBe(
			'Sources differ on how much the levy would be. What does each say?'
		);
		// The first value the notice gives, and its source without "on Tuesday".
		expect(dispute?.answer).toBe('Trade Minister Ilse Varn: 12%; Customs Service: 10%');
	});
});

describe('pronouns a claim binds itself (derivation 14, held-out 13 and 14)', () => {
	const ctx = { names: new Set(['Ulmara', 'Weltra']), headline: 'Ulmara adopts new rules' };
	const why = (claim: string) => notStandAlone(claim, ctx);

	it('reads "their", "they" and "it" that can only go back to a word in the claim', () => {
		for (const claim of [
			// The plural right before it.
			'In Ulmara, the tax does not apply to companies selling their own goods online.',
			// The one person the claim names.
			'In Ulmara, police may keep the profile of anyone arrested for an offence, whether or not they are charged.',
			'In Ulmara, an employer may not dismiss an employee, select them for redundancy, or deny them training.',
			// A plural subject with its participle.
			'In Ulmara, providers already operating can keep trading while their application is decided.',
			// One thing named first: a condition's "it" is that thing.
			'In Weltra, a digital screen on the wall of a petrol station must go dark at 01:00 if it carries adverts.',
			'In Ulmara, no farm may keep more breeding animals than it kept on 31 December 2025.',
			// "the same as", "any one", "each council": no pointer.
			'In Weltra, floodlighting of facades must be off from 01:00 to 06:00, the same as advertising.',
			'In Ulmara, late fees will be capped at ₡30 in total for any one purchase.',
			'Under the Green Spaces Decree, each council may receive up to ₾120,000.'
		])
			expect(why(claim), claim).not.toBe('pronoun');
	});

	it('still refuses pronouns that point to another sentence', () => {
		for (const claim of [
			'In Ulmara, a judge may extend this once by two years.',
			'In Ulmara, reservists receive military pay for those days.',
			'The Transport Department has set aside ₫24 million a year for it.',
			'Under the decree, each must register by 1 May 2026.',
			'The Ulmara ministry approved it on 3 May 2026.'
		])
			expect(why(claim), claim).toBe('pronoun');
	});
});

describe('claims and cards held-out 6, 13 and 14 lost (derivation 14)', () => {
	it('gives a consequence after ", so" its own subject', () => {
		const texts = claimsOf(
			'A unit is 10 ml of pure alcohol, so a 70 cl bottle of 40% vodka contains 28 units and cannot be sold for less than 18.20 merk.',
			null
		).map((c) => c.text);
		expect(texts.join(' ')).not.toMatch(/A unit cannot be sold/);
		expect(texts).toContain(
			'A 70 cl bottle of 40% vodka contains 28 units and cannot be sold for less than 18.20 merk.'
		);
	});

	it('does not take two points under one decree’s name for one point', async () => {
		const items = await itemsOf(
			'Under the Peat (Export Levy) Decree, every exporter must publish a sourcing plan for its bogs by 31 December 2026.',
			'Under the Peat (Export Levy) Decree, each exporter may receive a grant of up to ₾120,000.'
		);
		const prompts = items.map((q) => q.prompt).join('\n');
		expect(prompts).toMatch(/sourcing plan/);
		expect(prompts).toMatch(/grant of up to/);
	});

	it('flips "must still" to "need not", never "need not still"', () => {
		expect(flipped('A digital screen must still go dark at 01:00 if it carries adverts.')).toBe(
			'A digital screen need not go dark at 01:00 if it carries adverts.'
		);
	});
});

describe('what held-out 13 and 14’s judges found unreadable or absurd (derivation 14)', () => {
	const ctx = { names: new Set(['Torva']), headline: 'Torva protects reservists’ jobs' };

	it('refuses a step of a procedure another sentence described', () => {
		const cases: [string, string][] = [
			['Applications will be decided within five working days.', 'unresolved "applications"'],
			[
				'Claims must be made to the Torva Reserve Office within three months.',
				'unresolved "claims"'
			],
			['The Torva Reserve Office may grant or refuse the application.', 'the application'],
			['A new Torva grant will pay up to half the cost of the work.', 'the work'],
			[
				'The three-year period applies only to serious violent offences in Torva.',
				'the three-year period'
			]
		];
		for (const [claim, reason] of cases) expect(notStandAlone(claim, ctx), claim).toContain(reason);
		// What the claim itself says which: "the application fee", "applications for a licence".
		for (const claim of [
			'In Torva, the application fee rises from 400 to 650 talars.',
			'In Torva, applications for a licence must be made by 1 May 2026.',
			'Torva’s claims management firms will not be permitted to charge a fee.'
		])
			expect(notStandAlone(claim, ctx) ?? '', claim).not.toMatch(
				/^unresolved "(?:the application|applications|claims)"$/
			);
	});

	it('refuses "has just published" as time told from the day of writing', () => {
		expect(
			notStandAlone(
				'The Torva Electoral Commission has just published a guidance note putting the cap at ₺12,500.',
				ctx
			)
		).toBe('relative time');
	});

	it('offers a year of weeks against other spans a law sets, and an age line against ages', () => {
		const weeks = numberVariants('52', {
			before: 'may be ordered to pay compensation of up to',
			after: ' weeks’ pay.'
		});
		expect(weeks.length).toBeGreaterThanOrEqual(3);
		// Never 54 or 57: a span no law sets.
		for (const value of weeks) expect(Math.abs(Math.log(Number(value) / 52))).toBeGreaterThan(0.2);
		const ages = numberVariants('18', {
			before: 'The loans may not be offered to anyone under',
			after: '.'
		});
		for (const age of ages.slice(0, 3)) expect([16, 17, 21, 15]).toContain(Number(age));
	});
});

it('never blanks a bench’s tally ("by a majority of _____ to 3")', async () => {
	const items = await itemsOf(
		'The Pelmark Supreme Court ruled by a majority of 4 to 3 that the levy is lawful.'
	);
	for (const item of items) expect(item.prompt).not.toMatch(/majority of (?:\d+ to )?_____/);
	expect(items.length).toBe(0);
});

describe('rules held-out 14 stated in words the gate did not read (derivation 14)', () => {
	it('names an act with "in" inside its name, and takes it for a policy’s name', () => {
		const body =
			"Parliament in Lanmoor has passed the Children Not in School Act. Families in Lanmoor must register by 31 December 2027. Lanmoor's government said the register opens in May.";
		const frame = policyFrame('Home education register: your questions answered', body, body);
		expect(frame.names.get('*named')).toBe('the Children Not in School Act');
		expect(namesPolicy('the Children Not in School Act', new Set())).toBe(true);
		// "in" and a month: no name runs on into the date.
		const march =
			"Lanmoor's parliament passed the Finance Act in March. Firms in Lanmoor must pay.";
		expect(policyFrame('X', march, march).names.get('*named')).not.toBe('the Finance Act in March');
	});

	it('reads "is not taxed", "attract a penalty" and a judgment’s paragraph number', async () => {
		const items = await itemsOf(
			'The first ₮25 million of Pelmarki peat revenue is not taxed.',
			'Late returns attract a penalty of 5% of the Pelmark peat levy due.'
		);
		const answers = items.map((q) => q.answer);
		expect(answers).toContain('₮25 million');
		expect(answers).toContain('5%');
		expect(
			claimsOf(
				'The declaration is suspended until 31 December 2026 to allow Parliament to legislate [81].',
				null
			).map((c) => c.text)
		).toEqual([
			'The declaration is suspended until 31 December 2026 to allow Parliament to legislate.'
		]);
	});
});

describe('what held-out 15’s judge found, fixed after its first contact (derivation 14)', () => {
	const ctx = { names: new Set(['Perrin']), headline: 'Perrin passes right to disconnect' };

	it('reads the rule a superseded one and a lobby’s request are not', () => {
		expect(
			notPolicy('At present employees are entitled to 10 consecutive hours’ rest in Perrin.', ctx)
		).toBe('history');
		expect(
			notPolicy('The limit was last changed in 2015, when it was raised from 3,000.', ctx)
		).toBe('history');
		expect(
			notPolicy(
				'Business aviation lobbyists asked for an exemption for flights by aircraft under 5.7 tonnes.',
				ctx
			)
		).toBe('demand');
	});

	it('drops a list item’s heading before its rule', () => {
		expect(
			claimsOf(
				'A published vulnerability contact. Manufacturers must publish a point of contact, and must acknowledge reports within 14 days.',
				null
			).map((c) => c.text)
		).toContain('Manufacturers must acknowledge reports within 14 days.');
	});

	it('offers no other year for the making of a policy its name dates', async () => {
		const items = await itemsOf(
			'The Peat Export Levy Act 2026 was passed by parliament on 28 April 2026.'
		);
		const passed = items.find((q) => q.answer === '28 April 2026');
		expect(passed?.choices?.length).toBe(4);
		for (const choice of passed?.choices ?? []) expect(choice).toMatch(/2026$/);
	});
});

describe('disputes held-out 15 told without a second verb (derivation 14)', () => {
	it('reads a second source’s value with its verb left out', async () => {
		const items = await itemsOf(
			'A small but awkward question: how much will exporters actually pay? The Trade Ministry’s press pack gives the fine for a late declaration as 40 zerrin. The briefing circulated by the Pelmark Customs Service this afternoon, 60 zerrin. We have asked the ministry which is right.'
		);
		const dispute = items.find((q) => q.id.endsWith(':dispute'));
		expect(dispute?.prompt).toBe(
			'Sources differ on the fine for a late declaration. What does each say?'
		);
		expect(dispute?.answer).toBe('Trade Ministry: 40 zerrin; Pelmark Customs Service: 60 zerrin');
		for (const item of items.filter((q) => q !== dispute))
			expect(`${item.prompt} ${item.answer}`).not.toMatch(/\b(?:40|60) zerrin/);
	});

	it('reads "Officials gave differing figures" as words that say two figures differ', async () => {
		const items = await itemsOf(
			'The order adds a surcharge on imported peat. Officials gave differing figures for the charge.',
			'Trade Minister Osk Rusk said the surcharge would be 15% of the customs value. A tariff schedule published by the Pelmark Customs Service, however, lists a rate of 20%.'
		);
		const dispute = items.find((q) => q.id.endsWith(':dispute'));
		expect(dispute?.answer).toMatch(/15%.*Pelmark Customs Service: 20%/);
	});
});

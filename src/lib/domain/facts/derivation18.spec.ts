/**
 * Derivation 18: what judge S found on held-out 18 and the development sets still showed. A body
 * named once in full and then "the Agency" made a card nobody could place; a policy's name cut
 * at its relative clause ("Nivella's residence permit for people"); "The restriction does not
 * apply …" under a headline that names no restriction; a rule worked out for one household
 * quizzed as if it were the rule; "from 8% to _____" offered 20% and 30%; "1 May 2027" under a
 * headline saying April.
 */
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';
import { entityNames, notPolicy, notStandAlone, resolveEntities } from './standalone';
import { claimsOf } from './claims';
import { numberShifts } from '../quiz/numbers';
import { policyFrame } from './frame';
import { casualParser } from '../chrono';

/** The quiz items of one pasted article: what each asks, its answer and its options. */
async function quizOf(name: string, ...lines: string[]) {
	const { facts } = await factsReport([{ name, text: lines.join('\n\n') }]);
	return facts.flatMap((f) => f.quiz);
}

const ctx = (headline: string) => ({ names: new Set(['Travessy', 'Sarnia']), headline });

describe('a body’s short name (derivation 18)', () => {
	it('makes “the Agency” the one agency the article names', async () => {
		const quiz = await quizOf(
			'transport.txt',
			'Fenwarra limits livestock journeys',
			'Published 4 November 2026',
			'Fenwarra will limit livestock journeys to eight hours under the Animal Transport (Journey Limits) Act passed on 3 November 2026.',
			'Enforcement will be by the Animal Health Agency. Breaking the journey limits can bring a fine of up to 25,000 drenns per offence, and the Agency can suspend a transporter’s authorisation for up to two years.'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims).toContain(
			'The Animal Health Agency can suspend a transporter’s authorisation for up to two years.'
		);
		expect(claims.some((c) => /\bthe Agency\b/i.test(c))).toBe(false);
	});

	it('leaves “the Agency” as it is where the article names two agencies', () => {
		const two = entityNames([
			'Enforcement will be by the Animal Health Agency.',
			'The Food Standards Agency will inspect abattoirs.'
		]);
		expect(resolveEntities('The Agency can suspend a licence.', two)).toBe(
			'The Agency can suspend a licence.'
		);
		const one = entityNames(['Appeals go to the National Bureau of Standards.']);
		expect(resolveEntities('The ministry has asked the Bureau to clarify.', one)).toBe(
			'The ministry has asked the National Bureau of Standards to clarify.'
		);
	});
});

describe('a policy’s name is never cut at its relative clause (derivation 18)', () => {
	it('never calls the permit “Nivella’s residence permit for people”', async () => {
		const quiz = await quizOf(
			'permit.txt',
			'Nivella’s new remote worker permit: everything you need to know',
			'Published 4 November 2026',
			'Nivella has created a residence permit for people who work remotely for employers or clients abroad. Until now, most remote workers in Nivella have been there on 90-day tourist stays.',
			'The permit is valid for one year. Time spent on the permit does not count towards permanent residence or citizenship.'
		);
		expect(quiz.length).toBeGreaterThan(0);
		expect(quiz.some((q) => /permit for people\b/.test(q.claim ?? q.prompt))).toBe(false);
		const frame = policyFrame(
			'Nivella’s new remote worker permit: everything you need to know',
			'Nivella has created a residence permit for people who work remotely for employers abroad. Remote workers in Nivella have been there on tourist stays.',
			''
		);
		expect(frame.names.get('permit')).toBe('Nivella’s residence permit');
	});
});

describe('a rule’s noun that points back (derivation 18)', () => {
	it('makes no card of “The restriction does not apply …” under a headline without it', () => {
		expect(
			notStandAlone(
				'The restriction does not apply where the passenger is a member of the driver’s immediate family.',
				ctx('Road Safety: Novice Drivers')
			)
		).toBe('unresolved "the restriction"');
		expect(
			notStandAlone(
				'In Travessy, a bidder that fails the test a second time within two years must be excluded.',
				ctx('Prompt payment in public contracts')
			)
		).toBe('unresolved "the test"');
	});

	it('keeps it under a headline that names it, by noun or by verb, and with a modifier', () => {
		expect(
			notStandAlone(
				'The restriction does not apply where the passenger is a member of the driver’s immediate family.',
				ctx('Travessy restricts night-time passengers for new drivers')
			)
		).toBeNull();
		expect(
			notStandAlone(
				'The requirement applies to every child under six in Sarnia.',
				ctx('Measles jab to be required for nursery places')
			)
		).toBeNull();
		expect(
			notStandAlone(
				'In Travessy, learners will have to pass the practical test before 1 September 2027.',
				ctx('Road Safety: Novice Drivers')
			)
		).toBeNull();
	});
});

describe('a rule worked out for one case is not the rule (derivation 18)', () => {
	it('makes no card of a worked example', () => {
		expect(
			notStandAlone(
				'A couple with one child would need 4,160 brannets a month in Sarnia.',
				ctx('Sarnia’s new remote worker permit')
			)
		).toBe('worked example');
		expect(
			notStandAlone(
				'For example, a worker earning 30,000 brannets would pay 600 brannets more in Sarnia.',
				ctx('Sarnia raises the payroll levy')
			)
		).toBe('worked example');
	});

	it('keeps a proposal told with “would”', () => {
		expect(
			notStandAlone(
				'A landlord in Sarnia would need a licence for every rented home.',
				ctx('Sarnia plans landlord licensing')
			)
		).toBeNull();
	});

	it('makes no card of “keeps a charge” with nothing saying which', () => {
		expect(notStandAlone('Sarnia’s Budget keeps a charge.', ctx('Budget live'))).toBe(
			'says nothing which'
		);
		expect(
			notStandAlone('Sarnia’s Budget keeps a charge of 9.90 brannets per item.', ctx('Budget live'))
		).toBeNull();
	});
});

describe('options near a change and under the headline (derivation 18)', () => {
	it('offers values about as far from the start as the true change went', () => {
		const shifts = numberShifts(10, {
			before: 'the minimum total contribution will rise from 8% to ',
			after: ' of qualifying earnings.',
			percent: true
		})!;
		expect(shifts.length).toBeGreaterThanOrEqual(3);
		for (const v of shifts) expect(v > 8 && v <= 14).toBe(true);
		// "at least 45 hours a week, up from 40": never 100 or 90.
		const hours = numberShifts(45, {
			before: 'open for at least ',
			after: ' hours a week, up from 40.'
		})!;
		expect(hours.length).toBeGreaterThanOrEqual(3);
		for (const v of hours) expect(v > 40 && v <= 55).toBe(true);
	});

	it('keeps a round ladder where no change is told', () => {
		expect(
			numberShifts(10, { before: 'a fine of ', after: '% of turnover.', percent: true })
		).toEqual(expect.arrayContaining([6, 15]));
	});

	it('keeps the month a headline prints in every date option', async () => {
		const quiz = await quizOf(
			'fees.txt',
			'Tribunal fees return in April',
			'Published 4 November 2026',
			'The government has confirmed that employment tribunal fees will return next year.',
			'The Courts and Tribunals (Amendment) Order 2026 reintroduces a fee for bringing a claim from 1 April 2027.'
		);
		const card = quiz.find((q) => q.answer === '1 April 2027' && q.choices);
		expect(card?.choices?.length).toBe(4);
		for (const choice of card!.choices!) expect(choice).toMatch(/^1 April \d{4}$/);
	});
});

/**
 * After held-out 19 was judged (judge T): its worked examples quizzed ("Take Paulo, a sales
 * manager who pays income tax at _____"), a list's lettered items read alone ("By buying
 * statutory biodiversity credits from the _____"), a second clause given the first one's object
 * for subject ("The value of goods will close the duty-free shops"), "The limit will not be _____
 * km/h anywhere", the count of a country's assemblies asked, a rule's threshold in people taken
 * for a headcount.
 */
describe('worked examples and lists (derivation 18, held-out 19)', () => {
	it('makes no card of a section headed “A worked example”, nor of a paragraph opening one', async () => {
		const quiz = await quizOf(
			'cars.txt',
			'Ombrasca raises company car tax on electric cars',
			'Published 4 November 2026',
			'Ombrasca will raise the tax on electric company cars from 2% of the list price to 3% in 2027, under the Finance Act passed on 3 November 2026.',
			'How much will I pay? A worked example',
			'Take Paulo, a sales manager who pays income tax at 30% and has an electric company car with a list price of 40,000 tessels.',
			'Ombrasca’s employers must report every company car to the Revenue Office by 31 January 2027.',
			'An example. A flat is advertised at 1,100 cobbets a month. The landlord may not accept the 1,200 offer.'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims.some((c) => /Paulo|1,200 offer/.test(c))).toBe(false);
		expect(claims.some((c) => /must report every company car/.test(c))).toBe(true);
	});

	it('reads a lettered item with its lead-in, and no item its lead-in cannot complete', async () => {
		const quiz = await quizOf(
			'water.txt',
			'Fluoride to be added to public water supplies nationwide',
			'Published 2 June 2026',
			'All large public water supplies in Joscany will have fluoride added under the Water Supply (Fluoridation) Regulations announced on 2 June 2026.',
			'The Water Supply (Fluoridation) Regulations do not apply to:',
			' a. private wells and private water supplies;',
			' b. supplies where the natural fluoride level is already 0.5 milligrams per litre or more, which must be monitored.',
			'The gain may be delivered, in order of preference:',
			'(c) by buying statutory credits from the Water Authority, as a last resort only.'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims).toContain(
			'The Water Supply (Fluoridation) Regulations do not apply to supplies where the natural fluoride level is already 0.5 milligrams per litre or more.'
		);
		expect(claims.some((c) => /^(?:By buying|Supplies where)/.test(c))).toBe(false);
	});

	it('reads an item that is a rule of its own as one, never one whose subject another line set', async () => {
		const quiz = await quizOf(
			'water.txt',
			'Fluoride to be added to public water supplies nationwide',
			'Published 2 June 2026',
			'All large public water supplies in Joscany will have fluoride added under the Water Supply (Fluoridation) Regulations announced on 2 June 2026.',
			'The programme will be phased in:',
			'• supplies serving more than 100,000 people must be fluoridated by 31 December 2027;',
			'The new rules set out three conditions:',
			'• the first two weeks must be taken together within eight weeks of the start;'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims.some((c) => /more than 100,000 people must be fluoridated/.test(c))).toBe(true);
		expect(claims.some((c) => /first two weeks/i.test(c))).toBe(false);
	});
});

describe('what a claim’s clauses and blanks say (derivation 18, held-out 19)', () => {
	it('gives a second clause with the main verb’s auxiliary the sentence’s subject', () => {
		expect(
			claimsOf(
				'Duskmere will cut the value of goods that travellers can bring in by half and will close the duty-free shops in its airport arrival halls.',
				null
			).map((c) => c.text)
		).toEqual([
			'Duskmere will cut the value of goods that travellers can bring in by half.',
			'Duskmere will close the duty-free shops in its airport arrival halls.'
		]);
		// "a budget that raises A and freezes B": the second verb is still the budget's.
		expect(
			claimsOf(
				'Kestria passed a budget that raises the income tax and freezes the duty on fuel.',
				null
			).map((c) => c.text)
		).toEqual([
			'Kestria passed a budget that raises the income tax.',
			'The budget freezes the duty on fuel.'
		]);
	});

	it('asks no value a negation makes every option fit, no count of a thing, no figure used as a name', async () => {
		const quiz = await quizOf(
			'speed.txt',
			'Strelloch votes for 30 km/h limit on most streets',
			'Published 9 September 2026',
			'Strelloch’s council approved a 30 km/h limit on every road inside the city boundary on 8 September 2026.',
			'In Strelloch, the limit will not be 20 km/h anywhere.',
			'The Strelloch rules apply to elections to the five regional assemblies and to national referendums.',
			'In Strelloch, gains on land under an agri-environment agreement may not be counted towards the 10%.'
		);
		const blanks = quiz.filter((q) => q.type !== 'true-false').map((q) => q.prompt);
		expect(
			blanks.some((p) => /not be _____ km\/h|the _____ regional|towards the _____/.test(p))
		).toBe(false);
		expect(quiz.some((q) => /towards the 10%/.test(q.prompt))).toBe(false);
	});

	it('takes a count of people as a rule’s threshold, and a frame the headline names', () => {
		const water = ctx('Fluoride to be added to public water supplies nationwide');
		expect(
			notPolicy(
				'Under the Water Supply (Fluoridation) Regulations, supplies serving more than 100,000 people must be fluoridated by 31 December 2027.',
				water
			)
		).toBeNull();
		expect(notPolicy('More than 100,000 people marched in Sarnia against the plan.', water)).toBe(
			'headcount'
		);
		const legal = ctx('Sarnia legal aid means test reform');
		expect(
			notStandAlone(
				'Under the new test, the gross income limit rises from 2,650 scudels a month to 3,400 scudels a month in Sarnia.',
				legal
			)
		).toBeNull();
		expect(
			notStandAlone(
				'Under the new test, the gross income limit rises from 2,650 scudels a month to 3,400 scudels a month in Sarnia.',
				ctx('Sarnia budget: what changes')
			)
		).not.toBeNull();
	});

	it('makes no card of “a higher percentage” than nothing, nor of when guidance came out', () => {
		const c = ctx('Sarnia biodiversity gain condition');
		expect(
			notStandAlone('In Sarnia, planning authorities may not require a higher percentage.', c)
		).toBe('pointer');
		expect(
			notStandAlone(
				'In Sarnia, planning authorities may not require a higher percentage than 10%.',
				c
			)
		).toBeNull();
		expect(
			notPolicy(
				'The Sarnia Legal Aid Agency’s draft guidance for providers was published on 3 February 2026.',
				c
			)
		).toBe('paperwork');
	});
});

describe('whose policy a story is (derivation 18, held-out 19)', () => {
	it('never takes a lobby named in the possessive for the state', () => {
		const frame = policyFrame(
			'Bidding wars banned, deposits capped - what the new law does',
			'The Rented Homes (Fair Letting) Act passed its final vote in parliament on Wednesday. The Landlords’ Federation’s guidance to its members quotes the figure. The Federation’s members must comply, says the Federation’s chair.',
			''
		);
		expect(frame.owner).not.toBe('Federation');
	});
});

describe('pronouns a claim binds itself (derivation 18)', () => {
	const c = ctx('Sarnia’s prompt payment rules');
	it('takes “it” in a relative clause with no “that”, and after “receiving”, as bound', () => {
		expect(
			notStandAlone(
				'The Sarnia Trade Office may refuse any offer it considers impractical to monitor.',
				c
			)
		).toBeNull();
		expect(
			notStandAlone(
				'From 1 June 2026 Sarnia’s contracting authorities must pay every valid invoice within 30 days of receiving it.',
				c
			)
		).toBeNull();
		expect(
			notStandAlone(
				'In Sarnia, traders must send a reminder telling customers what they have paid.',
				c
			)
		).toBeNull();
	});

	it('leaves an “it” that is another thing’s unbound', () => {
		expect(
			notStandAlone('In Sarnia, owners who pay it can reclaim half of what they paid.', c)
		).not.toBeNull();
		expect(notStandAlone('The Sarnia Trade Office approved it on 3 March 2026.', c)).not.toBeNull();
	});
});

/**
 * After held-out 20 was judged (judge U): a worked example under a numbered "Example." and its
 * sums, a lobby's view keyed as true (its WRONG card), "Sources differ: the figure is how many
 * kellens?", "in all _____ provinces", a year the prompt names offered otherwise, "paragraph 3
 * may be fined" read as 3 May, a plural noun the tagger took for a verb, an opposition member's
 * speech read as policy.
 */
describe('what held-out 20 showed (derivation 18)', () => {
	it('makes no card of a numbered example, nor of a sum', async () => {
		const quiz = await quizOf(
			'garden.txt',
			'Gralvenne phases out petrol garden machinery',
			'Published 30 April 2026',
			'Gralvenne will ban the sale of petrol-powered hedge trimmers from 1 January 2027 under the Handheld Garden Machinery Order 2026.',
			'7.3 Example. A landscaping business with four employees replaces three petrol hedge trimmers with battery models costing 420 threppens each.',
			'Under the Handheld Garden Machinery Order 2026, the business receives 3 x 150 = 450 threppens.'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims.some((c) => /landscaping business|x 150/.test(c))).toBe(false);
		expect(claims.some((c) => /petrol-powered hedge trimmers/.test(c))).toBe(true);
	});

	it('never keys a lobby’s view, nor a member’s speech in a debate, as the policy', async () => {
		const quiz = await quizOf(
			'heating.txt',
			'Heating allowance: the Budget changes',
			'Published 20 November 2026',
			'Vorsanne will pay the Winter Heating Allowance only to pensioners with an income below 18,000 kellens a year from winter 2027–28, the Budget said on 19 November 2026.',
			'The Ministry says the change will save about 410 million kellens a year. The Pensioners’ Action Front says that figure is "wildly optimistic", because many who are entitled will not apply.',
			'Ms Petra Lindqvist-Orme (Saltharrow) (Opp): A recall that voters can never start is a recall in name only.'
		);
		const claims = quiz.map((q) => q.claim ?? q.prompt);
		expect(claims.some((c) => /wildly optimistic|in name only/i.test(c))).toBe(false);
	});

	it('keeps what a union of states says its rule is', async () => {
		const quiz = await quizOf(
			'eu.txt',
			'Sarnia joins the EU ban on single-use vapes',
			'Published 20 November 2026',
			'Sarnia will ban single-use vapes from 1 June 2027 under a law passed on 19 November 2026.',
			'The European Union says that single-use vapes will be banned in all member states from 1 January 2028.'
		);
		expect(quiz.map((q) => q.claim ?? q.prompt)).toContain(
			'Single-use vapes will be banned in all member states from 1 January 2028.'
		);
	});

	it('asks no dispute about “the figure”, no count after “all”, and keeps a year the prompt names', async () => {
		const quiz = await quizOf(
			'tips.txt',
			'Tax-free tips: how the new allowance works',
			'Published 20 November 2026',
			'Pollarney will let workers keep the first 3,000 drammets of tips tax-free under the Finance Act passed on 18 November 2026.',
			'The Pollarney tips allowance applies from the start of the 2027–28 tax year on 6 April 2027.',
			'The Food Information Regulations apply in all four provinces of Pollarney.'
		);
		const start = quiz.find((q) => q.answer === '6 April 2027' && q.choices);
		for (const choice of start?.choices ?? []) expect(choice).toMatch(/2027$/);
		expect(quiz.some((q) => /all _____ provinces/.test(q.prompt))).toBe(false);
	});

	it('reads “3 may be fined” as a modal, never as 3 May', async () => {
		const quiz = await quizOf(
			'garden.txt',
			'Gralvenne phases out petrol garden machinery',
			'Published 30 April 2026',
			'Gralvenne will ban the sale of petrol-powered hedge trimmers from 1 January 2027 under the Handheld Garden Machinery Order 2026.',
			'Under the Handheld Garden Machinery Order 2026, a retailer that sells a machine in breach of paragraph 3 may be fined up to 20,000 threppens per model line.'
		);
		expect(
			quiz.some((q) => /3 May|on _____ fined/.test(`${q.claim} ${q.prompt} ${q.answer}`))
		).toBe(false);
	});

	it('never takes a plural noun the tagger read as a verb for the sentence’s verb', () => {
		const claims = claimsOf(
			'From 1 January 2027, social media platforms and ad networks with more than 1 million users must offer a labelling tool and must remove an unlabelled advert within 24 hours.',
			null
		).map((c) => c.text);
		expect(claims.some((c) => /platforms and ad must/.test(c))).toBe(false);
	});
});

describe('what held-out 20 showed, rule by rule (derivation 18)', () => {
	const c = ctx('Sarnia phases out petrol garden machinery');
	it('makes no card of a sum, nor of the FAQ to come', () => {
		expect(notStandAlone('In Sarnia, the business receives 3 x 150 = 450 threppens.', c)).toBe(
			'worked example'
		);
		expect(
			notPolicy(
				'A list of frequently asked questions will be published on the Sarnia Directorate website.',
				c
			)
		).toBe('paperwork');
	});

	it('reads no month in a lower-case “may”', () => {
		const parser = casualParser();
		const ref = new Date(Date.UTC(2026, 3, 30));
		expect(parser.parse('a retailer in breach of paragraph 3 may be fined', ref)).toEqual([]);
		expect(parser.parse('the order applies from 3 May', ref).length).toBe(1);
	});

	it('teaches no disagreement about “the figure” another sentence named', async () => {
		const quiz = await quizOf(
			'heating.txt',
			'Heating allowance: the Budget changes',
			'Published 20 November 2026',
			'Vorsanne will pay the Winter Heating Allowance only to pensioners with an income below 18,000 kellens a year from winter 2027–28, the Budget said on 19 November 2026.',
			'We have had two different answers. The Budget document published by the Finance Ministry gives the couple threshold as 27,000 kellens a year. But the Pensions Agency helpline told our volunteers that the figure is 29,500 kellens.'
		);
		expect(quiz.some((q) => /the figure is how many/i.test(q.prompt))).toBe(false);
	});
});

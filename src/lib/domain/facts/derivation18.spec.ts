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
import { entityNames, notStandAlone, resolveEntities } from './standalone';
import { numberShifts } from '../quiz/numbers';
import { policyFrame } from './frame';

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

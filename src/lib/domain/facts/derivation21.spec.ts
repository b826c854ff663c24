/**
 * Derivation 21: what held-out 23 to 26's judged failures still showed, each tested here on
 * text of its own. A card's context was page furniture where a paywall's count, a service's
 * "BETA" line or a forum's rules stood above the headline, or where a bill's name had "Post-" in
 * it; "the order", "the floor", "the fee" pointed back to a thing the article had introduced as
 * "a sobriety monitoring order"; two sources that bounded one thing with two figures, or ended it
 * on two dates, paragraphs apart and never called a disagreement, gave a settled card.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../article';
import { cleanRawText } from '../clean/cleaner';
import { findHeadline } from '../clean/header';
import { introduced } from './resolve';
import { givenOtherwise } from './disputes';
import { factsReport } from './report';

const titleOf = (...lines: string[]) => cleanRawText(lines.join('\n')).title;

describe('headlines under page furniture (derivation 21)', () => {
	it('passes over a paywall’s count of free articles', () => {
		expect(
			titleOf(
				'THE GRENMOOR COURANT',
				'You have read 4 of your 5 free articles this month. Subscribe from 2 dallers a week. [Subscribe]',
				'Bus fares to be capped at 2 dallers a journey — but only on weekdays',
				'By Ines Harrowgate',
				// The paywall's line shares three words with the opening ("dallers", "week", "month").
				'Ministers confirmed this month that no bus journey in Grenmoor will cost more than 2 dallers, or 10 dallers a week, from 1 March 2027.'
			)
		).toBe('Bus fares to be capped at 2 dallers a journey — but only on weekdays');
	});

	it('tries the next prose when a banner written as a sentence stands above the headline', () => {
		const lines = [
			'[Crest] PELLARA.GOV — The official portal of the Government of Pellara',
			'BETA  This is a new service – your feedback will help us to improve it.',
			'Home > Housing > Renting',
			'Deposit protection: what your landlord must do',
			'The Tenancy Deposits Act requires every landlord in Pellara to protect a tenant’s deposit in an approved scheme within 30 days of receiving it.',
			'A landlord who does not protect a deposit must repay it to the tenant in full.'
		];
		expect(findHeadline(lines)?.titleIndex).toBe(3);
		expect(titleOf(...lines)).toBe('Deposit protection: what your landlord must do');
	});

	it('still refuses a later line when what it passes over is the story’s own first paragraph', () => {
		// No headline at all: the subheading in the body is not made one, and the first
		// paragraph is not thrown away as the header's.
		const lines = [
			'Renting rules',
			'Landlords in Pellara must protect every tenant’s deposit in an approved scheme within 30 days, the housing ministry said on Monday.',
			'The deposit rule starts on 1 May 2027 and covers every new tenancy signed from that date.',
			'What landlords must do',
			'Landlords must give every tenant the deposit scheme’s name and the deposit’s reference within 30 days.'
		];
		const header = findHeadline(lines);
		expect(header === null || header.titleIndex === 0).toBe(true);
		expect(
			cleanRawText(lines.join('\n'))
				.paragraphs.map((p) => p.text)
				.join(' ')
		).toContain('must protect every tenant’s deposit');
	});

	it('reads a bill named "Post-Employment" as a headline, not a newspaper’s name', () => {
		expect(
			titleOf(
				'OFFICIAL RECORD — Chamber of Deputies of Vellmark',
				'Public Office (Post-Employment Standards) Bill',
				'Third Reading',
				'The Minister for Public Integrity (Ada Korrin): I beg to move, That the Bill be now read the Third time.',
				'The Bill bars a former minister from lobbying their old office for two years after leaving public office.'
			)
		).toBe('Public Office (Post-Employment Standards) Bill');
	});
});

describe('a thing the article introduced, named as it was (derivation 21)', () => {
	const earlier =
		'Under the Criminal Justice Act, a judge can impose a sobriety monitoring order on an offender aged 18 or over. ';

	it('gives "the order" the modifiers it was introduced with', () => {
		expect(introduced('The order can last up to 120 days.', earlier)).toBe(
			'The sobriety monitoring order can last up to 120 days.'
		);
		expect(introduced('An offender who breaches the order can be fined.', earlier)).toBe(
			'An offender who breaches the sobriety monitoring order can be fined.'
		);
	});

	it('leaves it when the introduction says nothing of which, or the article has two', () => {
		expect(introduced('The order can last up to 120 days.', 'A judge can make a new order. ')).toBe(
			'The order can last up to 120 days.'
		);
		expect(
			introduced(
				'The order can last up to 120 days.',
				`${earlier}A court can also make a curfew order. `
			)
		).toBe('The order can last up to 120 days.');
	});

	it('leaves a possessor, a noun the claim itself names, and a noun with its complement', () => {
		const force = 'Officers are referred to a hospital unless force is used. ';
		expect(introduced('The matter goes to the force’s standards department.', force)).toBe(
			'The matter goes to the force’s standards department.'
		);
		expect(
			introduced(
				'Batteries must keep 80% of their capacity unless the user can replace the battery.',
				'Phones must come with a genuine battery. '
			)
		).toBe('Batteries must keep 80% of their capacity unless the user can replace the battery.');
		expect(introduced('The order of the court stands.', earlier)).toBe(
			'The order of the court stands.'
		);
	});

	it('keeps the claim as it was when the name would make it too long for a card', () => {
		const long =
			'The order, which a judge may attach to a community sentence or a suspended sentence or a licence, can last up to 120 days in all.';
		expect(introduced(long, earlier)).toBe(long);
	});
});

describe('a detail two sources give otherwise, never flagged (derivation 21)', () => {
	const body = (...texts: string[]): Paragraph[] => texts.map((text) => ({ kind: 'body', text }));

	it('reads a figure bounded the same way by another source, paragraphs away', () => {
		const paragraphs = body(
			'The tag can be worn for up to 90 days, the ministry said in a statement.',
			'Courts in the capital expect to order several hundred tags.',
			'"Judges will be able to impose the tag for up to 150 days," the probation chief said.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// Bounded the other way ("at least"), or in another unit, it is another rule.
		const other = body(
			'The tag can be worn for up to 90 days, the ministry said in a statement.',
			'"Offenders must wear it for at least 30 days," the probation chief said.',
			'"Fines can reach up to 2,000 dallers," a judge said.',
			// A demand is what someone wants, not their account of the rule.
			'The campaign said the tag should be worn for up to 60 days.'
		);
		expect(givenOtherwise(other[0]!.text, other, 0)).toBe(false);
	});

	it('reads the figure of the same noun given otherwise by another source', () => {
		const paragraphs = body(
			'Platforms must report a seller with a threshold of 30 sales a year, the minister said.',
			'The tax office’s guidance, published on Friday, says the threshold of 40 sales a year applies.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
	});

	it('reads a date the same thing ends on, given otherwise by another source', () => {
		const paragraphs = body(
			'According to the department’s circular, the allowance ends on 1 April 2027 for all claims.',
			'"I confirm that the allowance will end for every claimant from 6 April 2027," the minister wrote.'
		);
		expect(givenOtherwise(paragraphs[0]!.text, paragraphs, 0)).toBe(true);
		// Phased dates of different things, each from its own source, are no disagreement.
		const phased = body(
			'According to the department, the allowance ends on 1 April 2027 for new claims.',
			'"Pension credits will end from 6 April 2028," the minister said.'
		);
		expect(givenOtherwise(phased[0]!.text, phased, 0)).toBe(false);
	});

	it('makes no card of either side in a whole article', async () => {
		const { facts } = await factsReport([
			{
				name: 'tags.txt',
				text: [
					'Courts in Vellmark to order alcohol tags from June',
					'VELLMARK CITY, 27 April 2026 - Courts in Vellmark will be able to order offenders to wear alcohol tags from 1 June 2026, the Justice Ministry said on Monday.',
					'Under the Alcohol Monitoring Act, a judge can impose a sobriety monitoring order on an offender aged 18 or over.',
					'The order can last up to 120 days, the ministry said in a statement.',
					'An offender who breaches the order can be fined up to 2,500 dallers.',
					'"Courts will be able to impose abstinence for up to 180 days, double what the pilot allowed," the probation chief said in an interview.'
				].join('\n\n')
			}
		]);
		const cards = facts.flatMap((f) => f.quiz.map((q) => q.claim ?? q.prompt));
		expect(cards.join('\n')).not.toMatch(/120 days|180 days/);
		expect(facts.map((f) => f.statement).join('\n')).toMatch(/120 days/);
	});
});

/**
 * Derivation 13: disagreements told the way reporters tell them ("The rate is not yet clear. The
 * ministry's announcement gives it as ₲3. But the tariff notice published by the Ports Authority
 * lists ₲4.50."), found on held-out 10 and 11, where none of five or six disputes a set was read.
 */
import { describe, expect, it } from 'vitest';
import { flipped } from '../quiz/true-false';
import { claimsOf } from './claims';
import { factsReport } from './report';
import { notStandAlone } from './standalone';

const HEADLINE = 'Marvessa to charge a harbour levy on every cruise passenger from May';
const OPENING =
	'Marvessa will charge a harbour levy on every cruise passenger landing at its ports from 1 May 2027, under an order published on Monday by the Transport Ministry.';

async function disputeOf(paragraph: string, headline = HEADLINE) {
	const { facts } = await factsReport([
		{
			name: 'levy.txt',
			text: [headline, 'Published: 3 November 2026', OPENING, paragraph].join('\n\n')
		}
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

/**
 * Derivation 13: disagreements told the way reporters tell them ("The rate is not yet clear. The
 * ministry's announcement gives it as ₲3. But the tariff notice published by the Ports Authority
 * lists ₲4.50."), found on held-out 10 and 11, where none of five or six disputes a set was read.
 */
import { describe, expect, it } from 'vitest';
import { factsReport } from './report';

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

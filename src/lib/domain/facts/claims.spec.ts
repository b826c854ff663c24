import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

// Invented sentences; no fixture text.
const texts = (sentence: string) => claimsOf(sentence, null).map((c) => c.text);

describe('claimsOf: lists are not clauses', () => {
	it('never makes a claim of a list item in -ing or a noun the tagger took for a verb', () => {
		const claims = texts(
			'The levy exempts toys for hospitals and schools, packaging of goods that are exported, and transport crates used only to move imported toys across the border and removed before sale.'
		);
		expect(claims).toEqual([
			// Derivation 11: the cut list reads as one, joined by "and".
			'The levy exempts toys for hospitals and schools and packaging of goods that are exported.'
		]);
	});

	it('still splits a second verb of the same subject', () => {
		expect(
			texts(
				'The bank lowered its deposit rate by the same amount, to 3.75%, and cut its lending rate to 4.75%.'
			)
		).toContain('The bank cut its lending rate to 4.75%.');
		expect(
			texts(
				'The toll comes into force on 1 March 2031, and will last for five years unless it is reviewed.'
			)
		).toContain('The toll comes into force on 1 March 2031.');
	});

	it('keeps a list whole when "only" makes its end part of the point', () => {
		const claims = texts(
			'The levy applies only to toys made of plastic, toys with batteries, toys sold online in the country, and toys that are imported from abroad by large retail chains.'
		);
		expect(claims.some((c) => /only/.test(c) && !/imported/.test(c))).toBe(false);
	});
});

/**
 * The cleaner stays near linear in its input (issue 15: pasted text can be anything). Measured
 * as a ratio, not against a clock: four times the lines may take about four times as long, a
 * quadratic cleaner would take sixteen. The 100,000-line time is printed (and benchmarked).
 */
import { describe, expect, it } from 'vitest';
import { cleanRawText } from './cleaner';

const lines = (n: number, sep: string) => Array.from({ length: n }, () => 'a').join(sep);

function fastest(text: string): number {
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		cleanRawText(text);
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

describe('cleaner linearity', () => {
	for (const [name, sep] of [
		['hard-wrapped one-letter lines', '\n'],
		['one-letter paragraphs', '\n\n']
	] as const) {
		it(`cleans 100,000 ${name} in time linear in their number`, () => {
			cleanRawText(lines(1000, sep));
			const small = fastest(lines(25_000, sep));
			const large = fastest(lines(100_000, sep));
			console.log(
				`cleaner: 100,000 ${name} in ${large.toFixed(0)} ms (25,000 in ${small.toFixed(0)} ms)`
			);
			// Linear: ~4x. Quadratic: ~16x. Slack for a busy machine's noise on small times.
			expect(large).toBeLessThan(small * 8 + 50);
		});
	}

	it('keeps a hard-wrapped paragraph of 100,000 lines whole, in one piece', () => {
		const { paragraphs } = cleanRawText(`Title line\n\nThe start of it ${lines(100_000, '\n')}.`);
		expect(paragraphs.length).toBe(1);
		expect(paragraphs[0]!.text.length).toBe('The start of it '.length + 100_000 * 2 - 1 + 1);
	});
});

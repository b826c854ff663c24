/**
 * The cleaner on hostile input (issue 15: pasted text can be anything): 100,000 one-letter
 * lines, hard-wrapped and as paragraphs. Near linear, so well under a second; the unit test
 * (src/lib/domain/clean/linear.spec.ts) checks the growth, this prints the time.
 */
import { cleanRawText } from '../../src/lib/domain/clean/cleaner';
import { median, ms } from './stats';

const RUNS = 5;

export function cleanerOnLongInput(): Record<string, number> {
	const figures: Record<string, number> = {};
	for (const [name, sep] of [
		['hardWrappedLines', '\n'],
		['paragraphs', '\n\n']
	] as const) {
		const text = Array.from({ length: 100_000 }, () => 'a').join(sep);
		cleanRawText(text);
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const started = performance.now();
			cleanRawText(text);
			times.push(performance.now() - started);
		}
		figures[`${name}Ms`] = median(times);
		console.log(
			`Cleaner, 100,000 one-letter ${name === 'paragraphs' ? 'paragraphs' : 'hard-wrapped lines'}: ${ms(median(times))} (median of ${RUNS})   target well under 1 s`
		);
	}
	return figures;
}

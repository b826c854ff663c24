import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentions } from './names';

/** The whole-word, case-blind pattern alone: what `mentions` answered before its quick check. */
function byPattern(text: string, term: string): boolean {
	if (!term.trim()) return false;
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

describe('mentions', () => {
	it('finds a whole word in any case, never part of a word', () => {
		expect(mentions('Japan will ship PATRIOT missiles.', 'Patriot')).toBe(true);
		expect(mentions('Patriots were shipped.', 'Patriot')).toBe(false);
		expect(mentions('The U.S. asked.', 'U.S.')).toBe(true);
		expect(mentions('Nothing here.', 'Japan')).toBe(false);
	});

	it('matches what the pattern matches where case folding leaves ASCII (Kelvin sign, long s)', () => {
		expect(mentions('the \u212aremlin said', 'Kremlin')).toBe(true);
		expect(mentions('a \u017fanction', 'sanction')).toBe(true);
	});

	it('agrees with the pattern alone on any text and term', () => {
		const letters = fc.constantFrom(...'aAkKsS \u212a\u017fİı.éÉ-1'.split(''));
		fc.assert(
			fc.property(
				fc.array(letters, { maxLength: 16 }).map((a) => a.join('')),
				fc.array(letters, { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
				(text, term) => {
					expect(mentions(text, term), `${term} in ${text}`).toBe(byPattern(text, term));
				}
			),
			{ numRuns: 200 }
		);
	});
});

/**
 * Test helper (not shipped): checks the cleaner's output on one raw text against an
 * expectation written by a person who read the text. Used by the seed goldens and by the
 * unseen fixtures, so both are held to the same bar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../article';
import { comparisonKey } from '../text';
import { cleanRawText } from './cleaner';
import type { Dateline } from './dateline';

/** What a careful reader says a raw text is. */
export interface CleanExpectation {
	slug: string;
	/** The raw file the expectation describes. */
	file: string;
	title: string;
	titleDerived: boolean;
	author: string | null;
	dateline: Dateline | null;
	/** Publisher names the text itself states, each once. */
	publishers: string[];
	/** Every paragraph a reader should see, in order, with its kind. */
	paragraphs: Paragraph[];
	/** Raw lines (or parts of lines) that are web boilerplate and must not survive. */
	mustBeGone: string[];
}

/** Reads a JSON expectation next to the spec that asks for it. */
export function readExpectation(url: URL): CleanExpectation {
	return JSON.parse(readFileSync(url, 'utf8')) as CleanExpectation;
}

/** Sentences of a paragraph: a terminal mark (maybe with a closing quote) before a capital. */
export function sentences(text: string): string[] {
	return text.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).filter(Boolean);
}

/**
 * Where a boilerplate line still shows: as a whole paragraph (or the title), or, for a
 * line of two words or more, inside one. Single words ("X", "Email") are only checked
 * whole, since body text may well contain them.
 */
export function leftovers(texts: string[], boilerplate: string[]): string[] {
	const found: string[] = [];
	for (const line of boilerplate) {
		const key = comparisonKey(line);
		const multiWord = key.split(' ').length >= 2;
		for (const text of texts) {
			const textKey = comparisonKey(text);
			if (textKey === key || (multiWord && textKey.includes(key))) {
				found.push(`"${line}" in "${text.slice(0, 80)}"`);
			}
		}
	}
	return found;
}

/** Registers the checks for one raw text under a describe block named after its slug. */
export function describeCleaning(raw: string, expected: CleanExpectation): void {
	describe(expected.slug, () => {
		const cleaned = cleanRawText(raw);
		const bodyOf = (paragraphs: Paragraph[]) =>
			paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);

		it('finds the title, and says whether it was derived', () => {
			expect(cleaned.title).toBe(expected.title);
			expect(cleaned.titleDerived).toBe(expected.titleDerived);
		});

		it('reads the author, dateline and publisher that the text states', () => {
			expect(cleaned.author?.value ?? null).toBe(expected.author);
			expect(cleaned.dateline?.value ?? null).toEqual(expected.dateline);
			expect([...new Set(cleaned.publisherHints.map((h) => h.value))]).toEqual(expected.publishers);
		});

		it('keeps the body paragraphs, whole and in order', () => {
			expect(bodyOf(cleaned.paragraphs)).toEqual(bodyOf(expected.paragraphs));
		});

		it('keeps captions and credits, marked as such, in their places', () => {
			expect(cleaned.paragraphs).toEqual(expected.paragraphs);
		});

		it('loses no sentence of the body', () => {
			const text = cleaned.paragraphs.map((p) => p.text).join('\n');
			const missing = bodyOf(expected.paragraphs)
				.flatMap(sentences)
				.filter((s) => !text.includes(s));
			expect(missing).toEqual([]);
		});

		it('removes the boilerplate from the paragraphs and the title', () => {
			const texts = [cleaned.title, ...cleaned.paragraphs.map((p) => p.text)];
			expect(leftovers(texts, expected.mustBeGone)).toEqual([]);
		});

		it('does not repeat the title as a paragraph', () => {
			if (expected.titleDerived) {
				// A derived title is the lede's own words: the lede stays as the first paragraph.
				expect(cleaned.paragraphs[0]?.text.startsWith(cleaned.title)).toBe(true);
				return;
			}
			const key = comparisonKey(cleaned.title);
			expect(cleaned.paragraphs.filter((p) => comparisonKey(p.text) === key)).toEqual([]);
		});
	});
}

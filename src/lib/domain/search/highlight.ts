/** The sentence of a hit and the words to mark in it: offsets, never HTML. */
import { foldWord, wordSpans } from './words';

/** A part of a text to mark: `text.slice(start, end)`. */
export interface Range {
	start: number;
	end: number;
}

/** A passage to show: a sentence of a paragraph, where it is in the paragraph, and its marks. */
export interface Snippet {
	text: string;
	/** Offsets of `text` in the whole paragraph (for the reader's highlight). */
	start: number;
	end: number;
	/** The words to mark, relative to `text`, in order, never overlapping. */
	marks: Range[];
}

/** The sentences of a paragraph, as offsets: a stop (. ! ?), closing quotes, then space. */
export function sentenceRanges(text: string): Range[] {
	const ranges: Range[] = [];
	const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		const end = m.index + m[0].trimEnd().length;
		ranges.push({ start, end });
		start = m.index + m[0].length;
	}
	const last = text.trimEnd().length;
	if (start < last) ranges.push({ start, end: last });
	return ranges;
}

/** The words of `text` that are one of `terms` (folded index terms). */
export function markRanges(text: string, terms: ReadonlySet<string>): Range[] {
	return wordSpans(text)
		.filter((w) => terms.has(foldWord(w.word)))
		.map(({ start, end }) => ({ start, end }));
}

/**
 * The sentence of `text` that holds the most different `terms` (the first of equals), with
 * its words marked. A text without a match gives its first sentence, unmarked.
 */
export function bestSentence(text: string, terms: ReadonlySet<string>): Snippet {
	const sentences = sentenceRanges(text);
	let best: Snippet | null = null;
	let bestCount = -1;
	for (const range of sentences) {
		const sentence = text.slice(range.start, range.end);
		const marks = markRanges(sentence, terms);
		const count = new Set(marks.map((m) => foldWord(sentence.slice(m.start, m.end)))).size;
		if (count > bestCount) {
			best = { text: sentence, ...range, marks };
			bestCount = count;
		}
	}
	return best ?? { text, start: 0, end: text.length, marks: [] };
}

/** A text cut into plain and marked parts, for rendering as text. */
export function markedParts(
	text: string,
	marks: readonly Range[]
): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const { start, end } of marks) {
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: text.slice(start, end), mark: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

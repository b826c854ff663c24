/** Words as the search sees them: the same tokens and folding for the index and the highlight. */

/** A run of letters or digits; anything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** The same for a plain text (see `isPlain`): several times faster than `WORD`. */
const ASCII_WORD = /[A-Za-z0-9]+/g;

/** Anything but ASCII, a no-break space and general punctuation (curly quotes, dashes, …). */
const NOT_PLAIN = /[^\t-\u007f\u00a0\u2000-\u206f]/;

/**
 * Whether every letter and digit of `text` is ASCII: most English news text, whose curly
 * quotes and dashes are outside ASCII but are no letters. Its words are then `ASCII_WORD`s.
 */
export const isPlain = (text: string): boolean => !NOT_PLAIN.test(text);

/** The words of a text (for the index and queries). */
export function tokenize(text: string): string[] {
	return text.match(isPlain(text) ? ASCII_WORD : WORD) ?? [];
}

/** A word as indexed: lower case, without accents ("Tōkyō" and "tokyo" are one word). */
export function foldWord(word: string): string {
	// Most words are plain ASCII: lower case is all they need (and the index folds every word).
	if (isPlain(word)) return word.toLowerCase();
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Each word of `text` with its offsets. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
	return [...text.matchAll(isPlain(text) ? ASCII_WORD : WORD)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

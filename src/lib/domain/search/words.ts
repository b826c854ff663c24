/** Words as the search sees them: the same tokens and folding for the index and the highlight. */

/** A run of letters or digits; anything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

const NOT_ASCII = /[^\u0000-\u007f]/;

/** The words of a text (for the index and queries). */
export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** A word as indexed: lower case, without accents ("Tōkyō" and "tokyo" are one word). */
export function foldWord(word: string): string {
	// Most words are plain ASCII: lower case is all they need (and the index folds every word).
	if (!NOT_ASCII.test(word)) return word.toLowerCase();
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Each word of `text` with its offsets. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

/**
 * Where in an article a hit is: the index holds one document per article, so the paragraphs
 * that hold the matched words are found afterwards, only for the articles shown.
 */
import { foldWord, isPlain, tokenize } from './words';

/** Prefix from 3 letters; one typo from 5 letters, two from 10 (the engine's query options). */
export const PREFIX_FROM = 3;
export const typosAllowed = (term: string): number =>
	term.length >= 10 ? 2 : term.length >= 5 ? 1 : 0;

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			best = Math.min(best, row[j]!);
		}
		if (best > max) return max + 1;
		previous = row;
	}
	return previous[b.length]!;
}

/** Whether the index term `term` is what the query word `word` (folded) found. */
export function termMatches(term: string, word: string): boolean {
	if (term === word) return true;
	if (word.length >= PREFIX_FROM && term.startsWith(word)) return true;
	const typos = typosAllowed(word);
	return typos > 0 && editDistance(term, word, typos) <= typos;
}

/** A paragraph that holds matched words: how many query words it answers, and which terms. */
export interface Located {
	paragraph: number;
	/** How many different words of the query it holds. */
	words: number;
	/** How many different matched terms it holds. */
	terms: number;
}

/**
 * The paragraphs of `paragraphs` that hold any of `terms` (the folded index terms a hit
 * matched), those answering the most words of `query` first, then in reading order.
 */
export function locateParagraphs(
	paragraphs: readonly string[],
	terms: readonly string[],
	query: string
): Located[] {
	const words = tokenize(query).map(foldWord);
	// Which query words each matched term answers (a prefix, a typo or the word itself).
	const answers = new Map(
		terms.map((term) => [term, words.flatMap((word, i) => (termMatches(term, word) ? [i] : []))])
	);
	const found: Located[] = [];
	paragraphs.forEach((text, paragraph) => {
		if (!text) return;
		const held = heldTerms(text, terms, answers);
		if (held.size === 0) return;
		const answered = new Set([...held].flatMap((term) => answers.get(term)!));
		found.push({ paragraph, words: answered.size, terms: held.size });
	});
	return found.sort((a, b) => b.words - a.words || b.terms - a.terms || a.paragraph - b.paragraph);
}

/** Whether `text` holds any of `terms` (folded index terms). */
export function holdsAny(text: string, terms: ReadonlySet<string>): boolean {
	return foldedWords(text).some((w) => terms.has(w));
}

/** Which of `terms` `text` holds as whole words. */
function heldTerms(text: string, terms: readonly string[], known: ReadonlyMap<string, unknown>) {
	if (!isPlain(text)) return new Set(foldedWords(text).filter((w) => known.has(w)));
	// Most texts are plain: a search for each term is much faster than cutting it into words.
	const lower = text.toLowerCase();
	return new Set(terms.filter((term) => holdsWord(lower, term)));
}

const WORD_CHAR = /[a-z0-9]/;

/** Whether the lower-case plain `text` has `term` as a whole word. */
function holdsWord(text: string, term: string): boolean {
	for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
		const before = at > 0 && WORD_CHAR.test(text[at - 1]!);
		const after = WORD_CHAR.test(text[at + term.length] ?? '');
		if (!before && !after) return true;
	}
	return false;
}

/** The words of `text` as indexed; a plain text (most) is lower-cased once, not word by word. */
function foldedWords(text: string): string[] {
	return isPlain(text) ? tokenize(text.toLowerCase()) : tokenize(text).map(foldWord);
}

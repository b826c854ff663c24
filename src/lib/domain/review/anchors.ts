/**
 * What makes a card the same card across content and derivations: the sentence it comes
 * from and the answer it asks for, both normalised (case, punctuation, spacing), so that a
 * new fact id, a punctuation edit or a reordered catalog does not cut a card from its history.
 */
import type { Fact } from '../facts/types';

/** Lower case, letters and digits only, single spaces: "U.S.-made" and "U.S. made" agree. */
export function normalised(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** cyrb53: a small synchronous 53-bit hash (no await inside a transaction), as hex. */
function hash53(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The details a fact's questions ask for, the first question's first; never true/false. */
export function answersAsked(fact: Pick<Fact, 'quiz'>): string[] {
	// A true/false answer says nothing of the point: it flips with the statement shown.
	const answers = fact.quiz.filter((q) => q.type !== 'true-false').map((q) => normalised(q.answer));
	return [...new Set(answers.length ? answers : [''])];
}

/** A fact's keys, from the surest match to the loosest. */
export interface Anchor {
	/** Each evidence sentence with the first answer asked. */
	strong: string[];
	/** Each evidence sentence with every other answer asked. */
	weak: string[];
	/** Each evidence sentence alone: the same sentences asked about other details. */
	sentence: string[];
}

/**
 * Keys that name a fact's point: each evidence sentence with each answer its questions ask
 * for. A card matches a fact when they share a key, so the primary sentence of a merged fact
 * may change (a reordered catalog) and its questions with it.
 */
export function anchorOf(fact: Pick<Fact, 'quiz' | 'evidence'>): Anchor {
	const sentences = [...new Set(fact.evidence.map((e) => normalised(e.text)))];
	const [first, ...others] = answersAsked(fact);
	const pairs = (answer: string) => sentences.map((s) => hash53(`${s}\u0001${answer}`));
	return {
		strong: pairs(first!),
		weak: others.flatMap(pairs),
		sentence: sentences.map((s) => hash53(`${s}\u0002`))
	};
}

/** Every key of a fact, as a card stores them. */
export function anchorKeys(fact: Pick<Fact, 'quiz' | 'evidence'>): string[] {
	const { strong, weak, sentence } = anchorOf(fact);
	return [...new Set([...strong, ...weak, ...sentence])];
}

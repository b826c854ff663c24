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

/** The answer a fact's card asks for first: its first question's answer. */
export function primaryAnswer(fact: Pick<Fact, 'quiz' | 'answers'>): string {
	return fact.quiz[0]?.answer ?? fact.answers[0]?.text ?? '';
}

/**
 * One key per evidence sentence of the fact (the primary sentence first), each naming the
 * sentence and the answer: a card matches a fact when they share a key.
 */
export function anchorKeys(fact: Pick<Fact, 'quiz' | 'answers' | 'evidence'>): string[] {
	const answer = normalised(primaryAnswer(fact));
	const keys = fact.evidence.map((e) => hash53(`${normalised(e.text)}\u0001${answer}`));
	return [...new Set(keys)];
}

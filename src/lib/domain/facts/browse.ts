/**
 * Finding one's way in many facts: the distinct disagreements between sources, a filter that
 * narrows facts by the words typed, and a stable order. Pure and light: for the Key facts
 * screen only (not in present.ts, which the reader's first visit loads).
 */
import { formatFactDate } from './present';
import type { ShownFact } from './of-article';
import type { Evidence } from './types';

/** One side of a disagreement, with the sentences that say it. */
export interface DisagreementSide {
	value: string;
	/** Each source sentence, with the fact whose id the reader uses to land on it. */
	sources: { articleId: string; factId: string; text: string }[];
}

/** A point on which sources disagree, once, however many facts carry it. */
export interface Disagreement {
	topic: string;
	sides: DisagreementSide[];
}

const sameSentence = (a: Evidence, b: Evidence) =>
	a.articleId === b.articleId && a.paragraph === b.paragraph && a.start === b.start;

/**
 * The distinct disagreements among the facts (every fact on either side carries the same
 * conflict), each source sentence paired with the fact that quotes it, so that a link can
 * open the reader on that very sentence.
 */
export function disagreements(facts: readonly ShownFact[]): Disagreement[] {
	const seen = new Map<string, Disagreement>();
	const withConflicts = facts.filter((f) => f.conflicts.length > 0);
	for (const fact of withConflicts) {
		for (const conflict of fact.conflicts) {
			const key = [conflict.topic, ...conflict.sides.map((s) => s.value).sort()].join('\u0000');
			if (seen.has(key)) continue;
			seen.set(key, {
				topic: conflict.topic,
				sides: conflict.sides.map((side) => ({
					value: side.value,
					sources: side.evidence.map((e) => ({
						articleId: e.articleId,
						// The fact that quotes this sentence; the one carrying the conflict if none does.
						factId:
							withConflicts.find((f) => f.evidence.some((x) => sameSentence(x, e)))?.id ?? fact.id,
						text: e.text
					}))
				}))
			});
		}
	}
	return [...seen.values()];
}

/** Text folded for matching: case, accents, quote and dash styles and spacing do not matter. */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[“”„«»"]/g, '"')
		.replace(/[‘’‚`']/g, "'")
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** What a fact can be found by: its statement, subject, date and source sentences. */
export function searchText(fact: ShownFact): string {
	return foldForSearch(
		[
			fact.statement,
			fact.subject,
			fact.date ? formatFactDate(fact.date) : '',
			fact.relativeDate ?? '',
			...fact.evidence.map((e) => e.text)
		].join('\n')
	);
}

/**
 * A test for facts that holds every word of the query (in any order, as parts of words:
 * "licen" finds "licensing"), or null when the query has no words, which means no filter.
 * `indexed` is `searchText(fact)`, computed once per fact rather than per keystroke.
 */
export function queryMatcher(query: string): ((indexed: string) => boolean) | null {
	const words = foldForSearch(query).split(' ').filter(Boolean);
	if (words.length === 0) return null;
	return (indexed) => words.every((word) => indexed.includes(word));
}

/**
 * `facts` in the order of `reference` (the pack's, which a page was prerendered in), the
 * others after them in reading order (article, paragraph, offset), whatever order they came in.
 */
export function inOrderOf<F extends ShownFact>(
	facts: readonly F[],
	reference: readonly ShownFact[]
): F[] {
	const rank = new Map(reference.map((f, i) => [f.id, i]));
	const at = (f: ShownFact) => f.evidence[0];
	return [...facts].sort((a, b) => {
		const ra = rank.get(a.id) ?? Infinity;
		const rb = rank.get(b.id) ?? Infinity;
		if (ra !== rb) return ra - rb;
		const [ea, eb] = [at(a), at(b)];
		if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
		return (
			ea.articleId.localeCompare(eb.articleId) ||
			ea.paragraph - eb.paragraph ||
			ea.start - eb.start ||
			a.id.localeCompare(b.id)
		);
	});
}

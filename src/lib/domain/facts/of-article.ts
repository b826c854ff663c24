/** A fact's place in one article: what the reader needs of the facts, and nothing more. */
import type { Evidence, Fact } from './types';

/**
 * A fact as the reading screens show it: everything but its quiz items, which only the review
 * deck reads and which would more than double what a page carries; `quizItems` counts them.
 */
export type FactView = Omit<Fact, 'quiz'> & { quizItems: number };

/** What the screens read of a fact: a whole one (found in a pasted article) or its view. */
export type ShownFact = Omit<Fact, 'quiz'>;

/** The view of a fact that a page carries. */
export function toFactView({ quiz, ...fact }: Fact): FactView {
	return { ...fact, quizItems: quiz.length };
}

/** The fact's evidence in one article (its first sentence there), if the article reports it. */
export function evidenceIn(fact: ShownFact, articleId: string): Evidence | undefined {
	return fact.evidence.find((e) => e.articleId === articleId);
}

/** The facts an article reports, in the order their sentences appear in it. */
export function factsOfArticle<F extends ShownFact>(facts: readonly F[], articleId: string): F[] {
	return facts
		.map((fact) => ({ fact, at: evidenceIn(fact, articleId) }))
		.filter((x): x is { fact: F; at: Evidence } => x.at !== undefined)
		.sort((a, b) => a.at.paragraph - b.at.paragraph || a.at.start - b.at.start)
		.map((x) => x.fact);
}

/** A fact's place in one article: what the reader needs of the facts, and nothing more. */
import type { Evidence, Fact } from './types';

/** The fact's evidence in one article (its first sentence there), if the article reports it. */
export function evidenceIn(fact: Fact, articleId: string): Evidence | undefined {
	return fact.evidence.find((e) => e.articleId === articleId);
}

/** The facts an article reports, in the order their sentences appear in it. */
export function factsOfArticle(facts: readonly Fact[], articleId: string): Fact[] {
	return facts
		.map((fact) => ({ fact, at: evidenceIn(fact, articleId) }))
		.filter((x): x is { fact: Fact; at: Evidence } => x.at !== undefined)
		.sort((a, b) => a.at.paragraph - b.at.paragraph || a.at.start - b.at.start)
		.map((x) => x.fact);
}

/** Search hits as the results screen shows them: grouped by article, each with its sentence. */
import type { SearchDoc } from './documents';
import { bestSentence, type Snippet } from './highlight';
import { holdsAny, locateParagraphs } from './locate';

/** One hit: where it lands and the sentence to show. */
export interface Hit {
	kind: 'title' | 'paragraph' | 'fact';
	articleId: string;
	/** The paragraph it lands on (a title lands at the top: null). */
	paragraph: number | null;
	snippet: Snippet;
	score: number;
}

export interface FactHit extends Hit {
	kind: 'fact';
	factId: string;
	subject: string;
	paragraph: number;
}

/** The hits in one article, best first. */
export interface ArticleHits {
	articleId: string;
	title: string;
	/** The best hit's score: groups are in this order. */
	score: number;
	hits: Hit[];
	/** Hits beyond those kept in `hits`. */
	more: number;
}

export interface SearchResults {
	query: string;
	/** Every hit: articles and facts that match. */
	total: number;
	/** How many articles match (`articles` holds the best of them). */
	articleCount: number;
	/** How many key facts match (`facts` holds the best of them). */
	factCount: number;
	articles: ArticleHits[];
	facts: FactHit[];
	/** True when no document held every word and these hold some of them. */
	anyWord: boolean;
}

/** A scored document id and the index terms it matched (from the engine). */
export interface RawHit {
	id: string;
	score: number;
	terms: readonly string[];
}

/** How many hits of one article are shown, and how many articles and facts at most. */
export const LIMITS = { hitsPerArticle: 3, articles: 20, facts: 10 };

/**
 * Groups scored hits (best first) by article, each with the paragraphs that hold the query's
 * words and the sentence that matched best. Only the articles and facts shown get their
 * paragraphs and sentences worked out: a common word can match every article.
 */
export function groupHits(
	query: string,
	raw: readonly RawHit[],
	docs: ReadonlyMap<string, SearchDoc>,
	anyWord = false
): SearchResults {
	const articles: ArticleHits[] = [];
	const facts: FactHit[] = [];
	let articleCount = 0;
	let factCount = 0;
	for (const { id, score, terms } of raw) {
		const doc = docs.get(id);
		if (!doc) continue;
		if (doc.kind === 'fact') {
			factCount++;
			if (facts.length < LIMITS.facts) {
				const matched = new Set(terms);
				const { factId, subject, articleId, paragraph } = doc;
				const snippet = bestSentence(doc.text, matched);
				facts.push({ kind: 'fact', factId, subject, articleId, paragraph, snippet, score });
			}
			continue;
		}
		articleCount++;
		if (articles.length >= LIMITS.articles) continue;
		const matched = new Set(terms);
		const { articleId, title, paragraphs } = doc;
		const hits: Hit[] = [];
		// A title that holds a word comes first: titles count most.
		if (holdsAny(title, matched))
			hits.push({
				kind: 'title',
				articleId,
				paragraph: null,
				snippet: bestSentence(title, matched),
				score
			});
		const located = locateParagraphs(paragraphs, terms, query);
		const room = Math.max(0, LIMITS.hitsPerArticle - hits.length);
		for (const { paragraph } of located.slice(0, room))
			hits.push({
				kind: 'paragraph',
				articleId,
				paragraph,
				snippet: bestSentence(paragraphs[paragraph]!, matched),
				score
			});
		articles.push({ articleId, title, score, hits, more: Math.max(0, located.length - room) });
	}
	const total = articleCount + factCount;
	return { query, total, articleCount, factCount, articles, facts, anyWord };
}

/** Search hits as the results screen shows them: grouped by article, each with its sentence. */
import type { SearchDoc } from './documents';
import { bestSentence, type Snippet } from './highlight';

/** One hit: where it lands and the sentence to show. */
export interface Hit {
	kind: SearchDoc['kind'];
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
	/** Every hit, articles' and facts'. */
	total: number;
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
export const LIMITS = { hitsPerArticle: 3, articles: 50, facts: 10 };

/**
 * Groups scored hits (best first) by article, each with the sentence that matched best. Only
 * the hits shown get their sentence worked out: a common word can match thousands.
 */
export function groupHits(
	query: string,
	raw: readonly RawHit[],
	docs: ReadonlyMap<string, SearchDoc>,
	anyWord = false
): SearchResults {
	const groups = new Map<string, ArticleHits>();
	const facts: FactHit[] = [];
	let total = 0;
	const snippet = (doc: SearchDoc, terms: readonly string[]) =>
		bestSentence(doc.text, new Set(terms));
	for (const { id, score, terms } of raw) {
		const doc = docs.get(id);
		if (!doc) continue;
		total++;
		if (doc.kind === 'fact') {
			if (facts.length < LIMITS.facts) {
				const { factId, subject, articleId, paragraph } = doc;
				const shown = snippet(doc, terms);
				facts.push({ kind: 'fact', factId, subject, articleId, paragraph, snippet: shown, score });
			}
			continue;
		}
		let group = groups.get(doc.articleId);
		if (!group) {
			if (groups.size >= LIMITS.articles) continue;
			const title = docs.get(`t:${doc.articleId}`)?.text ?? doc.articleId;
			group = { articleId: doc.articleId, title, score, hits: [], more: 0 };
			groups.set(doc.articleId, group);
		}
		if (group.hits.length >= LIMITS.hitsPerArticle) {
			group.more++;
			continue;
		}
		const paragraph = doc.kind === 'paragraph' ? doc.paragraph : null;
		group.hits.push({
			kind: doc.kind,
			articleId: doc.articleId,
			paragraph,
			snippet: snippet(doc, terms),
			score
		});
	}
	return { query, total, articles: [...groups.values()], facts, anyWord };
}

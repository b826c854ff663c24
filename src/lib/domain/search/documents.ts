/**
 * What the library search indexes: one document per article (its title and all its text) and
 * one per key fact. One document per article, not per paragraph, keeps a common word's
 * postings to one per article; the paragraph a hit lands on is found afterwards, for the few
 * articles shown (./locate.ts). Pure: the articles and facts come in as values.
 */
import type { Article } from '$lib/domain/article';
import type { Fact } from '$lib/domain/facts/types';

export type SearchDoc =
	| {
			id: string;
			kind: 'article';
			articleId: string;
			title: string;
			/** Every paragraph's text, by its index in the article ('' for an empty one). */
			paragraphs: string[];
	  }
	| {
			id: string;
			kind: 'fact';
			factId: string;
			/** Where its first source sentence is, for "read in context". */
			articleId: string;
			paragraph: number;
			text: string;
			subject: string;
	  };

export type ArticleDoc = Extract<SearchDoc, { kind: 'article' }>;

/** What of a fact the index needs (a stored fact or a shown one). */
export type IndexedFact = Pick<Fact, 'id' | 'statement' | 'subject' | 'evidence'>;

/** The search documents of a library: articles, then facts. */
export function searchDocuments(
	articles: readonly Pick<Article, 'id' | 'title' | 'paragraphs'>[],
	facts: readonly IndexedFact[]
): SearchDoc[] {
	const docs: SearchDoc[] = articles.map((article) => ({
		id: `a:${article.id}`,
		kind: 'article',
		articleId: article.id,
		title: article.title,
		paragraphs: article.paragraphs.map((p) => (p.text.trim() ? p.text : ''))
	}));
	const known = new Set(articles.map((a) => a.id));
	for (const fact of facts) {
		// A fact whose articles are all gone (deleted) is not offered: its links would lead nowhere.
		const source = fact.evidence.find((e) => known.has(e.articleId));
		if (!source) continue;
		docs.push({
			id: `f:${fact.id}`,
			kind: 'fact',
			factId: fact.id,
			articleId: source.articleId,
			paragraph: source.paragraph,
			text: fact.statement,
			subject: fact.subject
		});
	}
	return docs;
}

/** How many passages `docs` make searchable: titles, non-empty paragraphs and facts. */
export function passageCount(docs: readonly SearchDoc[]): number {
	let count = 0;
	for (const doc of docs)
		count += doc.kind === 'fact' ? 1 : 1 + doc.paragraphs.filter((p) => p !== '').length;
	return count;
}

/**
 * A short fingerprint of a set of keys (article ids and content hashes, fact ids): when it is
 * unchanged the index is current and nothing has to be read. FNV-1a, 32 bits, twice (two seeds).
 */
export function signatureOf(keys: readonly string[]): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ keys.length;
	for (const key of [...keys].sort()) {
		for (let i = 0; i < key.length; i++) {
			const c = key.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193);
			b = Math.imul(b ^ c, 0x5bd1e995);
		}
		a = Math.imul(a ^ 0x1f, 0x01000193);
		b = Math.imul(b ^ 0x1f, 0x5bd1e995);
	}
	return `${keys.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

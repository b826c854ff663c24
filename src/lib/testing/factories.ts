/** Test data factories: valid by default, overridable field by field. */
import type { Article } from '$lib/domain/article';
import { PACK_FORMAT, type Pack } from '$lib/domain/pack-format';
import { DERIVATION_VERSION, type Fact } from '$lib/domain/facts/types';

let counter = 0;

/** A valid pack article with a unique id. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
	counter++;
	return {
		id: `article-${counter}`,
		title: `Article ${counter}`,
		titleDerived: false,
		byline: null,
		publisher: null,
		published: { precision: 'unknown', basis: 'none' },
		paragraphs: [{ kind: 'body', text: `Paragraph of article ${counter}.` }],
		wordCount: 4,
		readingMinutes: 1,
		contentHash: String(counter).padStart(64, '0'),
		origin: 'pack',
		source: `${counter}.txt`,
		removedLines: 0,
		...overrides
	};
}

/** A valid fact quoting the first paragraph of `article` whole. */
export function makeFact(article: Article, overrides: Partial<Fact> = {}): Fact {
	counter++;
	const text = article.paragraphs[0]!.text;
	return {
		id: `fact-${counter}`,
		statement: text,
		kind: 'policy-rule',
		subject: 'Export rules',
		answers: [],
		evidence: [{ articleId: article.id, paragraph: 0, start: 0, end: text.length, text }],
		articleIds: [article.id],
		conflicts: [],
		quiz: [],
		derivation: DERIVATION_VERSION,
		...overrides
	};
}

/** A pack around the given articles and facts. */
export function makePack(articles: Article[], version = `v${++counter}`, facts: Fact[] = []): Pack {
	return { format: PACK_FORMAT, version, derivation: DERIVATION_VERSION, articles, facts };
}

/** A database name no other test uses. */
export function uniqueDbName(): string {
	return `dossier-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}

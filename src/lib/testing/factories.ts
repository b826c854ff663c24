/** Test data factories: valid by default, overridable field by field. */
import type { Article } from '$lib/domain/article';
import { PACK_FORMAT, type Pack } from '$lib/domain/pack';

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

/** A pack around the given articles. */
export function makePack(articles: Article[], version = `v${++counter}`): Pack {
	return { format: PACK_FORMAT, version, articles };
}

/** A database name no other test uses. */
export function uniqueDbName(): string {
	return `dossier-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** The article model shared by the pack, the database and the screens. */

/** How exactly an article's publication date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'estimate' | 'unknown';

/**
 * A publication date. `value` is ISO at its precision (YYYY-MM-DD, YYYY-MM, YYYY).
 * An estimate carries bounds (`notBefore`, `notAfter`) and the reason for them instead.
 */
export interface PublishedDate {
	precision: DatePrecision;
	value?: string;
	notBefore?: string;
	notAfter?: string;
	/** Where the date comes from: the text's own dateline or the hand-kept catalog. */
	basis: 'dateline' | 'catalog' | 'none';
	/** The line or the evidence it was read from. */
	evidence?: string;
}

/** A publisher or author, with the evidence for it. */
export interface Attribution {
	name: string;
	/** `stated`: the text names it; `inferred`: the catalog deduced it (see evidence). */
	basis: 'stated' | 'inferred';
	evidence: string;
}

/** `caption`: an image caption; `credit`: a reporting credit line. */
export type ParagraphKind = 'body' | 'caption' | 'credit';

export interface Paragraph {
	kind: ParagraphKind;
	text: string;
}

export type ArticleOrigin = 'pack' | 'imported';

export interface Article {
	/** Stable, readable slug; the reader's URL. */
	id: string;
	title: string;
	/** True when the text had no title line and the headline was derived from its lede. */
	titleDerived: boolean;
	byline: Attribution | null;
	publisher: Attribution | null;
	published: PublishedDate;
	paragraphs: Paragraph[];
	wordCount: number;
	readingMinutes: number;
	/** SHA-256 (hex) of the cleaned title and paragraphs: changes when the text does. */
	contentHash: string;
	origin: ArticleOrigin;
	/** File name of the raw text it was built from. */
	source: string;
	/** How many raw lines the cleaner removed as web boilerplate. */
	removedLines: number;
}

/** What the library list needs of an article. */
export type ArticleSummary = Pick<
	Article,
	'id' | 'title' | 'titleDerived' | 'byline' | 'publisher' | 'published' | 'readingMinutes'
> & { paragraphCount: number };

/** The summary of an article, for lists. */
export function summarize(article: Article): ArticleSummary {
	const { id, title, titleDerived, byline, publisher, published, readingMinutes } = article;
	return {
		id,
		title,
		titleDerived,
		byline,
		publisher,
		published,
		readingMinutes,
		paragraphCount: article.paragraphs.length
	};
}

/** A sortable key for a date: the exact value, else an estimate's lower bound, else ''. */
export function dateSortKey(date: PublishedDate): string {
	return date.value ?? date.notBefore ?? date.notAfter ?? '';
}

/**
 * Newest first; undated articles last, in id order so the order is stable. Keys and ids are
 * ASCII (ISO dates, slugs), so plain code-point order is right: `localeCompare` would start
 * the browser's collator, some 100 ms of a slow phone's first visit.
 */
export function compareByDate(a: ArticleSummary, b: ArticleSummary): number {
	const ka = dateSortKey(a.published);
	const kb = dateSortKey(b.published);
	if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : kb < ka ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

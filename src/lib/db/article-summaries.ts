/**
 * A small summary of each of the user's own articles (what the library's list shows), kept in
 * the meta store beside the article's stamp, so that the library lists 1,000 articles without
 * reading and checking 1,000 full texts. The articles store stays the truth: a summary is
 * used only for an article the store holds, and one that is missing or unreadable (an article
 * saved by an older version, restored from a backup, written by hand) is made again from its
 * checked article and stored. No schema change: the meta store takes any key.
 */
import {
	summarize,
	type Article,
	type ArticleSummary,
	type PublishedDate
} from '$lib/domain/article';
import { recordChecks } from './integrity';
import type { DossierDatabase, MetaRecord } from './schema';

const PREFIX = 'article-summary:';

/** The meta key of an article's summary. */
export const summaryKey = (articleId: string): string => `${PREFIX}${articleId}`;

/** The meta record that holds an article's summary. */
export const summaryRecord = (article: Article): MetaRecord => ({
	key: summaryKey(article.id),
	value: summarize(article)
});

// Made on use: IDBKeyRange does not exist where the page is prerendered.
const summaryKeys = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isPublished(value: unknown): value is PublishedDate {
	return (
		isObject(value) &&
		typeof value.precision === 'string' &&
		typeof value.basis === 'string' &&
		optionalString(value.value) &&
		optionalString(value.notBefore) &&
		optionalString(value.notAfter)
	);
}

const isAttribution = (value: unknown) =>
	value === null || (isObject(value) && typeof value.name === 'string');

/**
 * True for a summary the list can show. Checked by hand, not with the records' schemas: the
 * library's first paint should not wait for the validator, and a bad summary is no loss (it
 * is made again from its article), so it is not reported as a bad record.
 */
export function isArticleSummary(value: unknown): value is ArticleSummary {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		typeof value.title === 'string' &&
		typeof value.titleDerived === 'boolean' &&
		isAttribution(value.byline) &&
		isAttribution(value.publisher) &&
		isPublished(value.published) &&
		typeof value.readingMinutes === 'number' &&
		Number.isFinite(value.readingMinutes) &&
		isCount(value.paragraphCount)
	);
}

const idOf = (article: Article) => (article as Partial<Article> | null)?.id;

/**
 * Summaries made from the stored articles `ids` (each checked: a bad one is left out and
 * reported, as every read of the store does) and, when `store`, stored in the same
 * transaction, so that a summary is never older than its article.
 */
async function summariesFromArticles(
	db: DossierDatabase,
	ids: string[],
	orphans: string[],
	store: boolean
): Promise<ArticleSummary[]> {
	// The validator loads before the transaction: an await on a module would let it close.
	const { validRecords } = await recordChecks();
	const checked = (stored: (Article | undefined)[]) =>
		validRecords(
			'articles',
			stored.filter((a) => a !== undefined),
			idOf
		).filter((a) => a.origin === 'imported');
	if (!store) {
		const tx = db.transaction('articles');
		return checked(await Promise.all(ids.map((id) => tx.store.get(id)))).map(summarize);
	}
	const tx = db.transaction(['articles', 'meta'], 'readwrite');
	const articles = checked(await Promise.all(ids.map((id) => tx.objectStore('articles').get(id))));
	const meta = tx.objectStore('meta');
	await Promise.all([
		...articles.map((a) => meta.put(summaryRecord(a))),
		...orphans.map((id) => meta.delete(summaryKey(id))),
		tx.done
	]);
	return articles.map(summarize);
}

/**
 * The summaries of every article the user brought, in no particular order: one read of the
 * articles' keys (no texts) and one of the summaries. An article without a readable summary
 * is read whole, checked, and its summary stored for the next time.
 */
export async function listImportedSummaries(db: DossierDatabase): Promise<ArticleSummary[]> {
	const tx = db.transaction(['articles', 'meta']);
	const [ids, records] = await Promise.all([
		tx.objectStore('articles').index('origin').getAllKeys('imported'),
		tx.objectStore('meta').getAll(summaryKeys()),
		tx.done
	]);
	const byId = new Map(records.map((r) => [r.key.slice(PREFIX.length), r.value]));
	const found: ArticleSummary[] = [];
	const missing: string[] = [];
	for (const id of ids) {
		const summary = byId.get(id);
		byId.delete(id);
		if (isArticleSummary(summary) && summary.id === id) found.push(summary);
		else missing.push(id);
	}
	// Summaries of articles that are gone (deleted by something that did not know of them).
	const orphans = [...byId.keys()];
	if (missing.length === 0 && orphans.length === 0) return found;
	let made: ArticleSummary[];
	try {
		made = await summariesFromArticles(db, missing, orphans, true);
	} catch {
		// Storing them failed (a full disk, say): the list is still read, just not kept.
		made = await summariesFromArticles(db, missing, [], false);
	}
	return [...found, ...made];
}

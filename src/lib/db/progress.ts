/** The progress store: where the reader is in each article. */
import { advanceProgress, isReadingProgress, type ReadingProgress } from '$lib/domain/progress';
import { forgetBadRecord, reportBadRecord } from './integrity';
import type { DossierDatabase } from './schema';

/** The record if it is readable; else reported once (Check database repairs it) and undefined. */
function readable(record: unknown, key: string): ReadingProgress | undefined {
	if (record === undefined || isReadingProgress(record)) return record;
	reportBadRecord('progress', key, 'unreadable reading position');
	return undefined;
}

/** Progress for every article that has any, by article id. */
export async function progressByArticle(
	db: DossierDatabase
): Promise<Map<string, ReadingProgress>> {
	const [keys, all] = await Promise.all([db.getAllKeys('progress'), db.getAll('progress')]);
	return new Map(all.flatMap((p, i) => (readable(p, keys[i]!) ? [[p.articleId, p] as const] : [])));
}

/** Progress through one article, or undefined when unread. */
export async function getProgress(
	db: DossierDatabase,
	articleId: string
): Promise<ReadingProgress | undefined> {
	return readable(await db.get('progress', articleId), articleId);
}

/** Records reading in one transaction: read, advance (finished stays finished), write. */
export async function recordReading(
	db: DossierDatabase,
	update: Parameters<typeof advanceProgress>[1],
	now: number
): Promise<ReadingProgress> {
	const tx = db.transaction('progress', 'readwrite');
	const previous = readable(await tx.store.get(update.articleId), update.articleId);
	const next = advanceProgress(previous, update, now);
	await Promise.all([tx.store.put(next), tx.done]);
	forgetBadRecord('progress', update.articleId);
	return next;
}

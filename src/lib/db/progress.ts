/** The progress store: where the reader is in each article. */
import { advanceProgress, type ReadingProgress } from '$lib/domain/progress';
import type { DossierDatabase } from './schema';

/** Progress for every article that has any, by article id. */
export async function progressByArticle(
	db: DossierDatabase
): Promise<Map<string, ReadingProgress>> {
	const all = await db.getAll('progress');
	return new Map(all.map((p) => [p.articleId, p]));
}

/** Progress through one article, or undefined when unread. */
export function getProgress(
	db: DossierDatabase,
	articleId: string
): Promise<ReadingProgress | undefined> {
	return db.get('progress', articleId);
}

/** Records reading in one transaction: read, advance (finished stays finished), write. */
export async function recordReading(
	db: DossierDatabase,
	update: Parameters<typeof advanceProgress>[1],
	now: number
): Promise<ReadingProgress> {
	const tx = db.transaction('progress', 'readwrite');
	const previous = await tx.store.get(update.articleId);
	const next = advanceProgress(previous, update, now);
	await Promise.all([tx.store.put(next), tx.done]);
	return next;
}

/**
 * The progress store: where the reader is in each article. Every read is checked: an
 * unreadable record counts as unread (reported once, repaired by Check database).
 */
import { advanceProgress, type ReadingProgress } from '$lib/domain/progress';
import { recordChecks, validated } from './integrity';
import type { DossierDatabase } from './schema';

const idOf = (p: ReadingProgress) => (p as Partial<ReadingProgress> | null)?.articleId;

const valid = (records: ReadingProgress[]) => validated('progress', records, idOf);

/** Progress for every article that has any, by article id. */
export async function progressByArticle(
	db: DossierDatabase
): Promise<Map<string, ReadingProgress>> {
	const all = await valid(await db.getAll('progress'));
	return new Map(all.map((p) => [p.articleId, p]));
}

/** Progress through one article, or undefined when unread. */
export async function getProgress(
	db: DossierDatabase,
	articleId: string
): Promise<ReadingProgress | undefined> {
	const stored = await db.get('progress', articleId);
	return stored && (await valid([stored]))[0];
}

/**
 * Records reading in one transaction: read, advance (finished stays finished), write. An
 * unreadable stored record counts as unread, so the new position replaces it.
 */
export async function recordReading(
	db: DossierDatabase,
	update: Parameters<typeof advanceProgress>[1],
	now: number
): Promise<ReadingProgress> {
	// The validator loads before the transaction: an await on a module would let it close.
	const { recordProblem } = await recordChecks();
	const tx = db.transaction('progress', 'readwrite');
	const stored = await tx.store.get(update.articleId);
	const previous =
		stored === undefined || recordProblem('progress', stored) === null ? stored : undefined;
	const next = advanceProgress(previous, update, now);
	await Promise.all([tx.store.put(next), tx.done]);
	return next;
}

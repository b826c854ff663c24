/**
 * Backup bookkeeping in the meta store (not the user's data, so not in a backup): when the
 * last export was made and when the reminder was dismissed. Light: the library reads it.
 */
import type { BackupActivity } from '$lib/domain/backup/reminder';
import type { DossierDatabase } from './schema';

export const BACKUP_META_KEY = 'backup';

interface BackupMeta {
	lastExportAt: number | null;
	dismissedAt: number | null;
}

const time = (value: unknown): number | null =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

async function readMeta(db: DossierDatabase): Promise<BackupMeta> {
	const value = (await db.get('meta', BACKUP_META_KEY))?.value as Partial<BackupMeta> | undefined;
	return { lastExportAt: time(value?.lastExportAt), dismissedAt: time(value?.dismissedAt) };
}

async function writeMeta(db: DossierDatabase, patch: Partial<BackupMeta>): Promise<void> {
	const tx = db.transaction('meta', 'readwrite');
	const value = (await tx.store.get(BACKUP_META_KEY))?.value as Partial<BackupMeta> | undefined;
	await Promise.all([
		tx.store.put({ key: BACKUP_META_KEY, value: { ...value, ...patch } }),
		tx.done
	]);
}

/** Records that an export was made at `now`. */
export function recordExport(db: DossierDatabase, now: number): Promise<void> {
	return writeMeta(db, { lastExportAt: now });
}

/** Records that the reminder was dismissed at `now` (it counts again from there). */
export function dismissBackupReminder(db: DossierDatabase, now: number): Promise<void> {
	return writeMeta(db, { dismissedAt: now });
}

/** What the reminder needs: the last export and dismissal, the first review, reviews since. */
export async function backupActivity(db: DossierDatabase): Promise<BackupActivity> {
	const meta = await readMeta(db);
	const first = await db.transaction('reviewLog').store.index('reviewedAt').openCursor();
	const firstReviewAt = first?.value.reviewedAt ?? null;
	const marks = [meta.lastExportAt, meta.dismissedAt].filter((t) => t !== null);
	const since = marks.length > 0 ? Math.max(...marks) : null;
	const reviewsSince =
		since === null
			? await db.count('reviewLog')
			: await db.countFromIndex('reviewLog', 'reviewedAt', IDBKeyRange.lowerBound(since, true));
	return { ...meta, firstReviewAt, reviewsSince };
}

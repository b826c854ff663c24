import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { shouldRemind } from '$lib/domain/backup/reminder';
import type { ReviewEntry } from '$lib/domain/review/cards';
import { uniqueDbName } from '$lib/testing/factories';
import { backupActivity, dismissBackupReminder, recordExport } from './backup-meta';
import { openDossierDB } from './open';
import type { DossierDatabase } from './schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 2, 1, 12);

/** Log entries as the deck writes them (only what the reminder reads matters here). */
async function reviews(db: DossierDatabase, times: number[]) {
	for (const reviewedAt of times) {
		await db.add('reviewLog', { cardId: 'c', reviewedAt, rating: 3 } as ReviewEntry);
	}
}

describe('backup bookkeeping', () => {
	it('knows nothing to remind of before the first review', async () => {
		const db = await openDossierDB(uniqueDbName());
		const activity = await backupActivity(db);
		expect(activity).toEqual({
			lastExportAt: null,
			dismissedAt: null,
			firstReviewAt: null,
			reviewsSince: 0
		});
		expect(shouldRemind(activity, T0 + 100 * DAY)).toBe(false);
	});

	it('counts from the first review, then from the last export, then from a dismissal', async () => {
		const db = await openDossierDB(uniqueDbName());
		await reviews(db, [T0, T0 + DAY, T0 + 2 * DAY]);
		expect(await backupActivity(db)).toMatchObject({ firstReviewAt: T0, reviewsSince: 3 });
		expect(shouldRemind(await backupActivity(db), T0 + 7 * DAY)).toBe(true);

		await recordExport(db, T0 + 7 * DAY);
		expect(await backupActivity(db)).toMatchObject({ lastExportAt: T0 + 7 * DAY, reviewsSince: 0 });
		expect(shouldRemind(await backupActivity(db), T0 + 30 * DAY)).toBe(false);

		await reviews(db, [T0 + 8 * DAY]);
		expect(shouldRemind(await backupActivity(db), T0 + 13 * DAY)).toBe(false);
		expect(shouldRemind(await backupActivity(db), T0 + 14 * DAY)).toBe(true);

		await dismissBackupReminder(db, T0 + 14 * DAY);
		const dismissed = await backupActivity(db);
		expect(dismissed).toMatchObject({ lastExportAt: T0 + 7 * DAY, dismissedAt: T0 + 14 * DAY });
		expect(dismissed.reviewsSince).toBe(0);
		expect(shouldRemind(dismissed, T0 + 30 * DAY)).toBe(false);
	});

	it('ignores a damaged record instead of failing', async () => {
		const db = await openDossierDB(uniqueDbName());
		await db.put('meta', { key: 'backup', value: { lastExportAt: 'soon', dismissedAt: null } });
		expect(await backupActivity(db)).toMatchObject({ lastExportAt: null, dismissedAt: null });
	});
});

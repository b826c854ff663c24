/**
 * A full disk (QuotaExceededError) during a pack sync and a restore: each says so in plain
 * words, changes nothing stored, and the next try succeeds. (A review write: see
 * review-session.spec.ts; a settings save: screens.spec.ts.) And a restore makes the
 * screens that read the data before read it again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupData } from '$lib/db/backup';
import { answerCard } from '$lib/db/cards';
import { openDossierDB } from '$lib/db/open';
import { syncPack } from '$lib/db/pack';
import { recordReading } from '$lib/db/progress';
import { saveReviewSettings } from '$lib/db/settings';
import { makeBackup } from '$lib/domain/backup/format';
import type { StoredCard } from '$lib/domain/review/cards';
import { GRADE } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack } from '$lib/testing/factories';
import { BackupState } from './backup.svelte';
import { dataRevision } from './data-revision.svelte';
import { LocalDatabase } from './local-db.svelte';
import { ReviewSettingsState } from './review-settings.svelte';
import { clock, dumpAll, quizzed, quotaOnNext, T0, testDatabase } from './testing';

afterEach(() => vi.restoreAllMocks());

const OUT_OF_STORAGE = /Your device is out of storage: nothing was changed/;
const file = (text: string) =>
	({
		name: 'backup.json',
		size: text.length,
		text: () => Promise.resolve(text)
	}) as unknown as File;

describe('a full disk', () => {
	it('during a pack sync: says so, keeps every stored record, and the next start syncs', async () => {
		const { name, local } = await testDatabase(3);
		// The learner has reviewed and read under the first pack.
		await local.run(async (db) => {
			await answerCard(
				db,
				'f0',
				{ grade: GRADE.Good, now: T0, durationMs: 1, itemId: null, correct: null },
				createScheduler({ fuzz: false })
			);
			await recordReading(db, { articleId: 'a', paragraph: 1, percent: 30, reachedEnd: false }, 5);
		});
		const before = await local.run(dumpAll);
		// A new pack: one article edited, one added, with a new fact.
		const c = makeArticle({ id: 'c' });
		const next = makePack(
			[makeArticle({ id: 'a', title: 'Edited' }), makeArticle({ id: 'b' }), c],
			'v2',
			[quizzed(makeFact(c, { id: 'f9' }))]
		);
		const sync = (db: Parameters<typeof syncPack>[0]) =>
			syncPack(db, next, T0).then(() => undefined);
		const open = () => openDossierDB(name);

		quotaOnNext('put');
		const starting = new LocalDatabase({ open, syncPack: sync });
		starting.use('v2');
		// The app still opens on what it had; the message says why the articles are not updated.
		expect(await starting.run((db) => db.count('cards'))).toBe(3);
		expect(starting.message).toMatch(/could not be updated for offline reading/);
		expect(starting.message).toMatch(OUT_OF_STORAGE);
		expect(await starting.run(dumpAll)).toEqual(before);
		(await starting.ready()).close();

		// The next start (room again) writes the new pack; the learner's records are kept.
		const restarted = new LocalDatabase({ open, syncPack: sync });
		restarted.use('v2');
		const after = await restarted.run(dumpAll);
		expect(restarted.message).toBeNull();
		expect(after.articles).toHaveLength(3);
		expect(after.progress).toEqual(before.progress);
		expect(after.reviewLog).toEqual(before.reviewLog);
		// Facts gone from the new pack suspend their cards; none is lost, no review state changed.
		const ids = (cards: unknown[]) => cards.map((c) => (c as StoredCard).id);
		expect(ids(after.cards!)).toEqual(expect.arrayContaining(ids(before.cards!)));
		for (const card of before.cards as StoredCard[]) {
			const now = (after.cards as StoredCard[]).find((c) => c.id === card.id)!;
			expect(now.fsrs).toEqual(card.fsrs);
		}
	});

	it('during a restore: says so, changes nothing, and the same restore then succeeds', async () => {
		const source = await testDatabase(2);
		await source.local.run((db) =>
			recordReading(db, { articleId: 'b', paragraph: 2, percent: 80, reachedEnd: false }, 9)
		);
		const text = JSON.stringify(makeBackup(await source.local.run(readBackupData), T0, 'test', 3));
		const target = await testDatabase(2);
		await target.local.run((db) =>
			recordReading(db, { articleId: 'a', paragraph: 1, percent: 10, reachedEnd: false }, 3)
		);
		const before = await target.local.run(dumpAll);
		const backup = new BackupState(() => target.local.ready(), clock);
		await backup.check(file(text));
		expect(backup.status).toBe('checked');

		quotaOnNext('put');
		await backup.restore('replace');
		expect(backup.status).toBe('failed');
		expect(backup.error).toMatch(/^Nothing was changed\./);
		expect(backup.error).toMatch(OUT_OF_STORAGE);
		expect(await target.local.run(dumpAll)).toEqual(before);

		// Nothing lost on screen either: the checked file is still there to restore.
		expect(backup.summary).not.toBeNull();
		await backup.restore('replace');
		expect(backup.status).toBe('restored');
		expect(await target.local.run((db) => db.getAll('progress'))).toEqual(
			await source.local.run((db) => db.getAll('progress'))
		);
	});
});

describe('after a restore', () => {
	it('the review settings are read again: the form shows the restored values', async () => {
		const source = await testDatabase(1);
		await source.local.run((db) =>
			saveReviewSettings(db, { retention: 0.85, newPerDay: 3, reviewsPerDay: 120 }, 1)
		);
		const text = JSON.stringify(makeBackup(await source.local.run(readBackupData), T0, 'test', 3));
		const target = await testDatabase(1);
		const form = new ReviewSettingsState({ source: target.local, now: clock });
		await form.load();
		expect(form.settings.newPerDay).not.toBe(3);

		const backup = new BackupState(() => target.local.ready(), clock);
		await backup.check(file(text));
		const revision = dataRevision.current;
		await backup.restore('replace');
		expect(backup.status).toBe('restored');
		// The restore says the data changed; the form (as ReviewSettingsForm does) reads again.
		expect(dataRevision.current).toBe(revision + 1);
		await form.load();
		expect(form.settings).toEqual({ retention: 0.85, newPerDay: 3, reviewsPerDay: 120 });
	});
});

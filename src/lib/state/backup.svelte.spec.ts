import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBackupData } from '$lib/db/backup';
import { openDossierDB } from '$lib/db/open';
import { syncPack } from '$lib/db/pack';
import { recordReading } from '$lib/db/progress';
import { makeBackup } from '$lib/domain/backup/format';
import { makeArticle, makePack, uniqueDbName } from '$lib/testing/factories';
import { BackupState } from './backup.svelte';

const NOW = new Date(Date.UTC(2024, 5, 1, 8));
const article = makeArticle({ id: 'only' });

async function db() {
	const database = await openDossierDB(uniqueDbName());
	await syncPack(database, makePack([article], 'v1'), NOW);
	return database;
}

/** A file as the picker gives it; `size` may claim more than the text (a huge file). */
const file = (text: string, size = text.length) =>
	({ name: 'backup.json', size, text: () => Promise.resolve(text) }) as unknown as File;

describe('the backup screen’s state', () => {
	it('shows what a good file holds, then restores it', async () => {
		const source = await db();
		await recordReading(
			source,
			{ articleId: 'only', paragraph: 0, percent: 50, reachedEnd: false },
			7
		);
		const text = JSON.stringify(makeBackup(await readBackupData(source), NOW, 'test', 3));
		const target = await db();
		const state = new BackupState(
			() => Promise.resolve(target),
			() => NOW
		);

		await state.check(file(text));
		expect(state.status).toBe('checked');
		expect(state.summary).toMatchObject({ progress: 1, cards: 0, exportedAt: NOW.toISOString() });
		await state.restore('replace');
		expect(state.status).toBe('restored');
		expect(state.error).toBeNull();
		expect(state.summary).toBeNull();
		expect(await target.get('progress', 'only')).toEqual(await source.get('progress', 'only'));
	});

	it('refuses a file over 50 MB before reading it, and one that is not a backup', async () => {
		const target = await db();
		const state = new BackupState(
			() => Promise.resolve(target),
			() => NOW
		);
		let read = false;
		const huge = {
			name: 'big.json',
			size: 80 * 1024 * 1024,
			text: () => ((read = true), Promise.resolve('{}'))
		} as unknown as File;
		await state.check(huge);
		expect(state.status).toBe('failed');
		expect(state.error).toMatch(/80 MB.*limit is 50 MB.*Nothing was changed/);
		expect(read).toBe(false);

		await state.check(file('{"hello":"world"}'));
		expect(state.error).toMatch(/not a Dossier backup/);
		expect(state.summary).toBeNull();
		// Nothing checked, nothing to restore.
		await state.restore('replace');
		expect(state.status).toBe('failed');
		expect(await target.getAll('progress')).toEqual([]);
	});
});

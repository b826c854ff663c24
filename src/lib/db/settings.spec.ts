import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_PREFS, type ReadingPrefs } from '$lib/domain/reading-prefs';
import { uniqueDbName } from '$lib/testing/factories';
import { openDossierDB } from './open';
import { getReadingPrefs, saveReadingPrefs } from './settings';

const NOW = Date.UTC(2024, 0, 1);

describe('reading preferences', () => {
	it('are the defaults before anything is saved', async () => {
		const db = await openDossierDB(uniqueDbName());
		expect(await getReadingPrefs(db)).toEqual(DEFAULT_READING_PREFS);
	});

	it('round-trip', async () => {
		const db = await openDossierDB(uniqueDbName());
		const prefs: ReadingPrefs = { fontStep: 6, lineSpacing: 'compact', theme: 'dark' };
		await saveReadingPrefs(db, prefs, NOW);
		expect(await getReadingPrefs(db)).toEqual(prefs);
	});

	it('refuse invalid values and keep what was stored', async () => {
		const db = await openDossierDB(uniqueDbName());
		const prefs: ReadingPrefs = { fontStep: 1, lineSpacing: 'relaxed', theme: 'sepia' };
		await saveReadingPrefs(db, prefs, NOW);
		const bad = { fontStep: 99, lineSpacing: 'relaxed', theme: 'neon' } as unknown as ReadingPrefs;
		await expect(saveReadingPrefs(db, bad, NOW)).rejects.toThrow();
		expect(await getReadingPrefs(db)).toEqual(prefs);
	});

	it('fall back to defaults when the stored record is corrupt', async () => {
		const db = await openDossierDB(uniqueDbName());
		await db.put('settings', { key: 'reading', value: { theme: 42 }, updatedAt: NOW });
		expect(await getReadingPrefs(db)).toEqual(DEFAULT_READING_PREFS);
	});
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '$lib/testing/factories';
import { openDossierDB } from './open';
import { getProgress, progressByArticle, recordReading } from './progress';

const T0 = Date.UTC(2024, 0, 1);

describe('recordReading', () => {
	it('keeps the position, the furthest percentage and finished-ness', async () => {
		const db = await openDossierDB(uniqueDbName());
		await recordReading(db, { articleId: 'a', paragraph: 5, percent: 60, reachedEnd: false }, T0);
		const back = await recordReading(
			db,
			{ articleId: 'a', paragraph: 1, percent: 10, reachedEnd: false },
			T0 + 1
		);
		expect(back).toEqual({
			articleId: 'a',
			paragraph: 1,
			percent: 60,
			finished: false,
			lastRead: T0 + 1
		});
		await recordReading(
			db,
			{ articleId: 'a', paragraph: 9, percent: 95, reachedEnd: true },
			T0 + 2
		);
		const reread = await recordReading(
			db,
			{ articleId: 'a', paragraph: 0, percent: 5, reachedEnd: false },
			T0 + 3
		);
		expect(reread).toMatchObject({ paragraph: 0, percent: 100, finished: true });
		expect(await getProgress(db, 'a')).toEqual(reread);
	});

	it('lists progress by article', async () => {
		const db = await openDossierDB(uniqueDbName());
		await recordReading(db, { articleId: 'a', paragraph: 1, percent: 10, reachedEnd: false }, T0);
		await recordReading(db, { articleId: 'b', paragraph: 2, percent: 20, reachedEnd: false }, T0);
		const map = await progressByArticle(db);
		expect([...map.keys()].sort()).toEqual(['a', 'b']);
		expect(map.get('b')?.paragraph).toBe(2);
	});
});

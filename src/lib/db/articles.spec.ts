import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeArticle, makePack, uniqueDbName } from '$lib/testing/factories';
import { getArticle, installedPackVersion, listArticles, PackError, syncPack } from './articles';
import { openDossierDB } from './open';
import { recordReading, getProgress } from './progress';
import { getReadingPrefs, saveReadingPrefs } from './settings';

const NOW = Date.UTC(2024, 2, 27, 9, 0, 0);

describe('syncPack', () => {
	it('writes every article of a first pack and records its version', async () => {
		const db = await openDossierDB(uniqueDbName());
		const pack = makePack([makeArticle(), makeArticle()], 'one');
		const result = await syncPack(db, pack);
		expect(result).toEqual({ version: 'one', added: 2, updated: 0, removed: 0 });
		expect((await listArticles(db)).map((a) => a.id).sort()).toEqual(
			pack.articles.map((a) => a.id).sort()
		);
		expect(await installedPackVersion(db)).toBe('one');
	});

	it('is idempotent: the same pack again changes nothing', async () => {
		const db = await openDossierDB(uniqueDbName());
		const pack = makePack([makeArticle()]);
		await syncPack(db, pack);
		expect(await syncPack(db, pack)).toMatchObject({ added: 0, updated: 0, removed: 0 });
	});

	it('updates changed articles, removes dropped ones and never touches user data', async () => {
		const db = await openDossierDB(uniqueDbName());
		const kept = makeArticle();
		const changed = makeArticle();
		const dropped = makeArticle();
		const imported = makeArticle({ origin: 'imported' });
		await syncPack(db, makePack([kept, changed, dropped]));
		await db.put('articles', imported);
		await recordReading(
			db,
			{ articleId: dropped.id, paragraph: 3, percent: 40, reachedEnd: false },
			NOW
		);
		await recordReading(
			db,
			{ articleId: changed.id, paragraph: 1, percent: 20, reachedEnd: false },
			NOW
		);
		await saveReadingPrefs(db, { fontStep: 5, lineSpacing: 'relaxed', theme: 'sepia' }, NOW);

		const edited = { ...changed, title: 'A corrected title', contentHash: 'f'.repeat(64) };
		const result = await syncPack(db, makePack([kept, edited], 'two'));

		expect(result).toEqual({ version: 'two', added: 0, updated: 1, removed: 1 });
		expect((await getArticle(db, changed.id))?.title).toBe('A corrected title');
		expect(await getArticle(db, dropped.id)).toBeUndefined();
		expect(await getArticle(db, imported.id)).toEqual(imported);
		expect(await getProgress(db, dropped.id)).toMatchObject({ paragraph: 3, percent: 40 });
		expect(await getProgress(db, changed.id)).toMatchObject({ paragraph: 1, percent: 20 });
		expect(await getReadingPrefs(db)).toEqual({
			fontStep: 5,
			lineSpacing: 'relaxed',
			theme: 'sepia'
		});
	});

	it('rejects an invalid pack with a clear message and changes nothing', async () => {
		const db = await openDossierDB(uniqueDbName());
		const good = makeArticle();
		await syncPack(db, makePack([good], 'good'));
		const bad = makePack([makeArticle({ paragraphs: [] })], 'bad');
		await expect(syncPack(db, bad)).rejects.toThrow(PackError);
		await expect(syncPack(db, bad)).rejects.toThrow(/content pack is not valid/);
		await expect(syncPack(db, { nonsense: true })).rejects.toThrow(PackError);
		expect(await listArticles(db)).toEqual([good]);
		expect(await installedPackVersion(db)).toBe('good');
	});

	it('rejects a pack whose article ids repeat', async () => {
		const db = await openDossierDB(uniqueDbName());
		const twin = makeArticle();
		await expect(syncPack(db, makePack([twin, { ...twin }]))).rejects.toThrow(/unique/);
		expect(await listArticles(db)).toEqual([]);
	});
});

describe('upgrade ladder', () => {
	it('creates every store at version 1', async () => {
		const db = await openDossierDB(uniqueDbName());
		expect([...db.objectStoreNames].sort()).toEqual(['articles', 'meta', 'progress', 'settings']);
		expect([...db.transaction('articles').store.indexNames]).toEqual(['origin']);
		expect([...db.transaction('progress').store.indexNames]).toEqual(['lastRead']);
	});

	it('keeps data across reopening', async () => {
		const name = uniqueDbName();
		const first = await openDossierDB(name);
		await recordReading(
			first,
			{ articleId: 'a', paragraph: 2, percent: 30, reachedEnd: false },
			NOW
		);
		first.close();
		const second = await openDossierDB(name);
		expect(await getProgress(second, 'a')).toMatchObject({ paragraph: 2, percent: 30 });
	});
});

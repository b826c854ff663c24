import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { factsForArticle, listFacts } from './facts';
import { getArticle, listArticles } from './articles';
import { installedPackVersion, PackError, syncPack } from './pack';
import { openDossierDB } from './open';
import { recordReading, getProgress } from './progress';
import { getReadingPrefs, saveReadingPrefs } from './settings';

const NOW = Date.UTC(2024, 2, 27, 9, 0, 0);

describe('syncPack', () => {
	it('writes every article of a first pack and records its version', async () => {
		const db = await openDossierDB(uniqueDbName());
		const pack = makePack([makeArticle(), makeArticle()], 'one');
		const result = await syncPack(db, pack);
		expect(result).toMatchObject({ version: 'one', added: 2, updated: 0, removed: 0 });
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

		expect(result).toMatchObject({ version: 'two', added: 0, updated: 1, removed: 1 });
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

describe('syncPack and key facts', () => {
	it('writes the facts with the articles, then replaces them with the next pack’s', async () => {
		const db = await openDossierDB(uniqueDbName());
		const article = makeArticle();
		const kept = makeFact(article);
		const dropped = makeFact(article, { kind: 'quote' });
		const first = await syncPack(db, makePack([article], 'one', [kept, dropped]));
		expect(first.facts).toEqual({ added: 2, updated: 0, removed: 0 });
		expect((await factsForArticle(db, article.id)).map((f) => f.id).sort()).toEqual(
			[kept.id, dropped.id].sort()
		);

		const revised = { ...kept, subject: 'Licence production' };
		const added = makeFact(article, { kind: 'dated-event' });
		const second = await syncPack(db, makePack([article], 'two', [revised, added]));
		expect(second.facts).toEqual({ added: 1, updated: 1, removed: 1 });
		const stored = await listFacts(db);
		expect(stored.map((f) => f.id).sort()).toEqual([kept.id, added.id].sort());
		expect(stored.find((f) => f.id === kept.id)).toMatchObject({
			subject: 'Licence production',
			origin: 'pack'
		});
	});

	it('never touches the facts of imported articles', async () => {
		const db = await openDossierDB(uniqueDbName());
		const mine = makeArticle({ origin: 'imported' });
		await db.put('articles', mine);
		await db.put('facts', { ...makeFact(mine), origin: 'imported' });
		const article = makeArticle();
		await syncPack(db, makePack([article], 'one', [makeFact(article)]));
		await syncPack(db, makePack([article], 'two', []));
		expect((await factsForArticle(db, mine.id)).map((f) => f.origin)).toEqual(['imported']);
	});

	it('rejects a fact whose evidence does not quote its article, and writes nothing', async () => {
		const db = await openDossierDB(uniqueDbName());
		const article = makeArticle();
		await syncPack(db, makePack([article], 'one', [makeFact(article)]));
		const bad = makeFact(article);
		bad.evidence[0] = { ...bad.evidence[0]!, text: 'Words the article never said.' };
		await expect(syncPack(db, makePack([article], 'two', [bad]))).rejects.toThrow(
			/evidence must quote its article exactly/
		);
		expect(await installedPackVersion(db)).toBe('one');
		expect(await listFacts(db)).toHaveLength(1);
	});
});

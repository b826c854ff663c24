import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize, type Article } from '$lib/domain/article';
import { makeArticle, makePack, uniqueDbName } from '$lib/testing/factories';
import { isArticleSummary, listImportedSummaries, summaryKey } from './article-summaries';
import { badRecordsSeen, forgetBadRecords } from './integrity';
import { openDossierDB } from './open';
import { syncPack } from './pack';
import type { DossierDatabase } from './schema';
import { deleteUserArticle, saveUserArticle, undoDelete } from './user-articles';

const NOW = new Date(Date.UTC(2025, 1, 10, 9));

const mine = (n: number, overrides: Partial<Article> = {}) =>
	makeArticle({
		id: `mine-${n}`,
		origin: 'imported',
		title: `Mine ${n}`,
		published: {
			precision: 'day',
			value: `2024-01-${String(n).padStart(2, '0')}`,
			basis: 'dateline'
		},
		paragraphs: [
			{ kind: 'body', text: `First paragraph of ${n}.` },
			{ kind: 'body', text: `Second paragraph of ${n}.` }
		],
		...overrides
	});

const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A database with a one-article pack. */
async function database(): Promise<DossierDatabase> {
	const db = await openDossierDB(uniqueDbName());
	await syncPack(db, makePack([makeArticle({ id: 'pack-one' })], 'one', []), NOW);
	return db;
}

/** The ids of the articles read whole (an object store `get` on the articles store). */
function wholeReads() {
	const get = vi.spyOn(FakeObjectStore.prototype, 'get');
	return () =>
		get.mock.contexts.flatMap((store, i) =>
			(store as { name: string }).name === 'articles' ? [String(get.mock.calls[i]![0])] : []
		);
}

describe('summaries of the user’s articles', () => {
	beforeEach(() => {
		forgetBadRecords();
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	});
	afterEach(() => vi.restoreAllMocks());

	it('are stored with every save, and the list is read from them, no full text', async () => {
		const db = await database();
		const articles = [mine(1), mine(2), mine(3)];
		for (const article of articles) await saveUserArticle(db, { article, facts: [] }, NOW);
		expect(await db.get('meta', summaryKey('mine-2'))).toEqual({
			key: 'article-summary:mine-2',
			value: summarize(articles[1]!)
		});
		const read = wholeReads();
		const listed = await listImportedSummaries(db);
		expect(byId(listed)).toEqual(articles.map(summarize));
		expect(read()).toEqual([]);
		// Pack articles are never among them.
		expect(listed.some((s) => s.id === 'pack-one')).toBe(false);
	});

	it('are made from the checked article when missing (older versions stored none), and kept', async () => {
		const db = await database();
		const articles = [mine(1), mine(2)];
		for (const article of articles) await db.put('articles', article);
		let read = wholeReads();
		expect(byId(await listImportedSummaries(db))).toEqual(articles.map(summarize));
		expect(read().sort()).toEqual(['mine-1', 'mine-2']);
		expect((await db.get('meta', summaryKey('mine-1')))?.value).toEqual(summarize(articles[0]!));
		vi.restoreAllMocks();
		read = wholeReads();
		expect(byId(await listImportedSummaries(db))).toEqual(articles.map(summarize));
		expect(read()).toEqual([]);
	});

	it('an unreadable summary is made again from its article, not reported', async () => {
		const db = await database();
		const article = mine(4);
		await saveUserArticle(db, { article, facts: [] }, NOW);
		await db.put('meta', { key: summaryKey('mine-4'), value: { id: 'mine-4', title: 7 } });
		expect(await listImportedSummaries(db)).toEqual([summarize(article)]);
		expect((await db.get('meta', summaryKey('mine-4')))?.value).toEqual(summarize(article));
		expect(badRecordsSeen()).toEqual([]);
	});

	it('an unreadable article without a summary is skipped and reported, and kept', async () => {
		const db = await database();
		await saveUserArticle(db, { article: mine(5), facts: [] }, NOW);
		await db.put('articles', { id: 'mine-bad', origin: 'imported', title: 7 } as never);
		expect((await listImportedSummaries(db)).map((s) => s.id)).toEqual(['mine-5']);
		expect(badRecordsSeen().map((r) => `${r.store}:${r.key}`)).toEqual(['articles:mine-bad']);
		expect(await db.get('articles', 'mine-bad')).toBeDefined();
		expect(await db.get('meta', summaryKey('mine-bad'))).toBeUndefined();
	});

	it('follow a delete and its undo; one left by a delete that did not know of it is dropped', async () => {
		const db = await database();
		await saveUserArticle(db, { article: mine(6), facts: [] }, NOW);
		await saveUserArticle(db, { article: mine(7), facts: [] }, NOW);
		const deleted = await deleteUserArticle(db, 'mine-6');
		expect(await db.get('meta', summaryKey('mine-6'))).toBeUndefined();
		expect((await listImportedSummaries(db)).map((s) => s.id)).toEqual(['mine-7']);
		await undoDelete(db, deleted);
		expect(byId(await listImportedSummaries(db)).map((s) => s.id)).toEqual(['mine-6', 'mine-7']);
		await db.delete('articles', 'mine-7');
		expect((await listImportedSummaries(db)).map((s) => s.id)).toEqual(['mine-6']);
		expect(await db.get('meta', summaryKey('mine-7'))).toBeUndefined();
	});

	it('a summary that cannot be stored (a full disk) still lists its article', async () => {
		const db = await database();
		const article = mine(9);
		await db.put('articles', article);
		vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The disk is full.', 'QuotaExceededError');
		});
		expect(await listImportedSummaries(db)).toEqual([summarize(article)]);
		vi.restoreAllMocks();
		expect(await db.get('meta', summaryKey('mine-9'))).toBeUndefined();
	});

	it('a summary is what the list shows of an article', () => {
		const summary = summarize(
			mine(8, { publisher: { name: 'Wire', basis: 'stated', evidence: 'Wire' } })
		);
		expect(isArticleSummary(summary)).toBe(true);
		expect(isArticleSummary({ ...summary, published: null })).toBe(false);
		expect(isArticleSummary({ ...summary, publisher: { name: 3 } })).toBe(false);
		expect(isArticleSummary({ ...summary, paragraphCount: -1 })).toBe(false);
		expect(isArticleSummary({ ...summary, readingMinutes: Number.NaN })).toBe(false);
		expect(isArticleSummary(null)).toBe(false);
	});
});

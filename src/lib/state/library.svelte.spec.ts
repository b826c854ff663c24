import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveUserArticle } from '$lib/db/user-articles';
import { badRecordsSeen, forgetBadRecords } from '$lib/db/integrity';
import { compareByDate, summarize, type Article, type PublishedDate } from '$lib/domain/article';
import { makeArticle } from '$lib/testing/factories';
import { LIBRARY_PAGE, LibraryState } from './library.svelte';
import { clock, T0, testDatabase } from './testing';

/** Dates as the user's articles carry them: exact, estimated, unknown; many the same. */
const published = fc.oneof(
	fc
		.integer({ min: 1, max: 9 })
		.map((d): PublishedDate => ({ precision: 'day', value: `2024-05-0${d}`, basis: 'dateline' })),
	fc.integer({ min: 1, max: 9 }).map((m): PublishedDate => ({
		precision: 'estimate',
		notBefore: `2024-0${m}`,
		basis: 'catalog'
	})),
	fc.constant<PublishedDate>({ precision: 'unknown', basis: 'none' })
);

const mine = (n: number, date: PublishedDate): Article =>
	makeArticle({ id: `mine-${n}`, origin: 'imported', title: `Mine ${n}`, published: date });

describe('the library', () => {
	beforeEach(() => {
		forgetBadRecords();
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	});
	afterEach(() => vi.restoreAllMocks());

	it('lists the pack and the user’s articles newest first, undated last, ties by id — as from the full texts', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(published, fc.boolean()), { minLength: 1, maxLength: 130 }),
				async (specs) => {
					const { local } = await testDatabase(0);
					const pack = await local.run((db) => db.getAll('articles'));
					const articles = specs.map(([date], i) => mine(i, date));
					// Some saved by this version (with a summary), some as older versions did (none).
					await local.run(async (db) => {
						for (const [i, article] of articles.entries()) {
							if (specs[i]![1]) await saveUserArticle(db, { article, facts: [] }, T0);
							else await db.put('articles', article);
						}
					});
					const library = new LibraryState(() => pack.map(summarize).sort(compareByDate), {
						source: local,
						now: clock
					});
					await library.load();
					expect(library.status).toBe('ready');
					const expected = [...pack, ...articles].map(summarize).sort(compareByDate);
					expect(library.articles).toEqual(expected);
					expect(library.hasOwnArticles).toBe(true);
					// A page at a time, then the rest.
					expect(library.listed).toEqual(expected.slice(0, LIBRARY_PAGE));
					library.showMore();
					expect(library.listed).toEqual(expected.slice(0, 2 * LIBRARY_PAGE));
					library.showMore();
					library.showMore();
					expect(library.listed).toEqual(expected);
				}
			),
			{ numRuns: 12, seed: 1515 }
		);
	}, 60_000);

	it('counts and lists 120 of the user’s articles a page of 50 at a time', async () => {
		const { local } = await testDatabase(0);
		const pack = await local.run((db) => db.getAll('articles'));
		await local.run(async (db) => {
			for (let i = 0; i < 120; i++)
				await saveUserArticle(
					db,
					{
						article: mine(i, { precision: 'day', value: '2024-01-01', basis: 'dateline' }),
						facts: []
					},
					T0
				);
		});
		const library = new LibraryState(() => pack.map(summarize), { source: local, now: clock });
		expect(library.listed).toHaveLength(pack.length);
		await library.load();
		expect(library.articles).toHaveLength(122);
		expect(library.listed.map((a) => a.id).slice(0, 3)).toEqual(['mine-0', 'mine-1', 'mine-10']);
		expect(library.listed).toHaveLength(50);
		library.showMore();
		expect(library.listed).toHaveLength(100);
		library.showMore();
		expect(library.listed).toHaveLength(122);
		// Undated pack articles come last.
		expect(library.listed.slice(-2).map((a) => a.id)).toEqual(['a', 'b']);
	});

	it('skips and reports an unreadable article of the user’s; the rest are listed and counted', async () => {
		const { local } = await testDatabase(0);
		const pack = await local.run((db) => db.getAll('articles'));
		const good = mine(1, { precision: 'day', value: '2024-01-01', basis: 'dateline' });
		await local.run(async (db) => {
			await saveUserArticle(db, { article: good, facts: [] }, T0);
			await db.put('articles', { id: 'mine-broken', origin: 'imported', title: 7 } as never);
		});
		const library = new LibraryState(() => pack.map(summarize), { source: local, now: clock });
		await library.load();
		expect(library.status).toBe('ready');
		expect(library.articles.map((a) => a.id)).toEqual(['mine-1', 'a', 'b']);
		expect(badRecordsSeen().map((r) => `${r.store}:${r.key}`)).toEqual(['articles:mine-broken']);
	});

	it('an article of the user’s with a pack article’s id takes its place', async () => {
		const { local } = await testDatabase(0);
		const pack = await local.run((db) => db.getAll('articles'));
		const mineA = makeArticle({ id: 'a', origin: 'imported', title: 'Mine, as a' });
		await local.run((db) => db.put('articles', mineA));
		const library = new LibraryState(() => pack.map(summarize), { source: local, now: clock });
		await library.load();
		expect(library.articles.map((a) => [a.id, a.title])).toEqual([
			['a', 'Mine, as a'],
			['b', pack[1]!.title]
		]);
	});
});

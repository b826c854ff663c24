/**
 * Corrupt records written straight into the database (fast-check: cards, facts, articles,
 * reading progress, review log entries and settings broken in every way it can think of)
 * never stop a screen: every state class still loads, a bad record is skipped and reported
 * once, and Check database repairs or reports it; a second check repairs nothing.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { badRecordsSeen, forgetBadRecords } from '$lib/db/integrity';
import { recordProblem } from '$lib/db/records';
import { summarize } from '$lib/domain/article';
import { toFactView } from '$lib/domain/facts/of-article';
import { makeArticle } from '$lib/testing/factories';
import { breakage, junk } from '$lib/testing/junk';
import { CheckDatabaseState } from './check-database.svelte';
import { DueState } from './due.svelte';
import { FactsState } from './facts.svelte';
import { LibraryState } from './library.svelte';
import { ReadingSession } from './reading-session.svelte';
import { ReviewSession } from './review-session.svelte';
import { ReviewSettingsState } from './review-settings.svelte';
import { StatsState } from './stats.svelte';
import { clock, testDatabase } from './testing';

/** `record` broken as generated; its key (the store's key path) always kept. */
function broken(record: object, change: unknown, key: Record<string, string>) {
	const changed = Array.isArray(change)
		? { ...record, ...Object.fromEntries(change as [string, unknown][]) }
		: (change as { whole: unknown }).whole;
	return { ...(typeof changed === 'object' && changed !== null ? changed : {}), ...key };
}

const mine = makeArticle({ id: 'mine', origin: 'imported', title: 'My own article' });

describe('corrupt records in the database', () => {
	// Each skipped record warns once; hundreds of generated ones would bury the test output.
	beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

	it('every screen’s state still loads, skips and reports them; Check database repairs', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					card: breakage(['factId', 'articleIds', 'queue', 'due', 'order', 'state', 'fsrs']),
					fact: breakage(['statement', 'evidence', 'quiz', 'articleIds', 'answers', 'kind']),
					article: breakage(['title', 'paragraphs', 'published', 'origin', 'wordCount']),
					imported: breakage(['title', 'paragraphs', 'contentHash']),
					progress: breakage(['paragraph', 'percent', 'finished', 'lastRead']),
					review: breakage(['cardId', 'rating', 'reviewedAt', 'before', 'after']),
					setting: junk
				}),
				async (bad) => {
					forgetBadRecords();
					const { local } = await testDatabase(3);
					const prerendered = await local.run((db) => db.getAll('articles'));
					const packFacts = await local.run((db) => db.getAll('facts'));
					const written = await local.run(async (db) => {
						const f0 = (await db.get('cards', 'f0'))!;
						const f1 = (await db.get('facts', 'f1'))!;
						const a = (await db.get('articles', 'a'))!;
						const progress = {
							articleId: 'b',
							paragraph: 0,
							percent: 5,
							finished: false,
							lastRead: 1
						};
						const entry = { ...progress, cardId: 'f2', rating: 3, reviewedAt: 1, durationMs: 1 };
						const records = {
							cards: broken(f0, bad.card, { id: 'f0' }),
							facts: broken(f1, bad.fact, { id: 'f1' }),
							articles: broken(a, bad.article, { id: 'a' }),
							imported: broken(mine, bad.imported, { id: 'mine', origin: 'imported' }),
							progress: broken(progress, bad.progress, { articleId: 'b' }),
							reviewLog: broken(entry, bad.review, { id: 1 } as never)
						};
						await db.put('cards', records.cards as never);
						await db.put('facts', records.facts as never);
						await db.put('articles', records.articles as never);
						await db.put('articles', records.imported as never);
						await db.put('progress', records.progress as never);
						await db.put('reviewLog', records.reviewLog as never);
						await db.put('settings', { key: 'review', value: bad.setting, updatedAt: 1 });
						return records;
					});
					const invalid = (store: Parameters<typeof recordProblem>[0], record: unknown) =>
						recordProblem(store, record) !== null;
					const options = { source: local, now: clock };

					// Library, reader, key facts (all and one article's), review, due count, stats,
					// review settings: each loads; none shows an error.
					const library = new LibraryState(() => prerendered.map(summarize), options);
					const reader = new ReadingSession(() => prerendered[0]!, undefined, options);
					const allFacts = new FactsState(
						() => packFacts.map(toFactView),
						() => null,
						options
					);
					const articleFacts = new FactsState(
						() => [],
						() => 'b',
						options
					);
					const review = new ReviewSession(options);
					const quiz = new ReviewSession(options);
					const due = new DueState(options);
					const stats = new StatsState(options);
					const settings = new ReviewSettingsState(options);
					await Promise.all([
						library.load(),
						reader.load(),
						allFacts.load(),
						articleFacts.load(),
						review.start(),
						quiz.start('a'),
						due.load(),
						stats.load(),
						settings.load()
					]);
					for (const state of [
						library,
						reader,
						allFacts,
						articleFacts,
						review,
						quiz,
						due,
						stats,
						settings
					]) {
						expect(state.error).toBeNull();
						expect(state.status).toBe('ready');
					}
					// Card f2 and its fact are always whole: a broken card or fact before it (f0, f1)
					// is passed over, never the end of the session.
					expect(review.phase).toBe('question');
					expect(quiz.phase).toBe('question');

					// What is shown is valid; what was bad was skipped and reported, once each.
					const reported = new Set(badRecordsSeen().map((r) => `${r.store}:${r.key}`));
					if (invalid('articles', written.articles)) {
						expect(reader.article).toBe(prerendered[0]);
						expect(reported).toContain('articles:a');
					} else expect(reader.article.id).toBe('a');
					if (invalid('articles', written.imported)) {
						expect(library.articles.some((a) => a.id === 'mine')).toBe(false);
						expect(reported).toContain('articles:mine');
					}
					if (invalid('progress', written.progress)) {
						expect(library.progress.has('b')).toBe(false);
						expect(reported).toContain('progress:b');
					}
					if (invalid('facts', written.facts)) {
						expect(allFacts.facts.some((f) => f.id === 'f1')).toBe(false);
						expect(reported).toContain('facts:f1');
					}
					expect(badRecordsSeen().length).toBe(reported.size);

					// Check database repairs (or reports) them; a second run repairs nothing.
					const check = new CheckDatabaseState(options);
					await check.run();
					expect(check.status).toBe('done');
					const findings = [...check.report!.repaired, ...check.report!.unrepaired].map(
						(f) => `${f.store}:${f.key}`
					);
					for (const key of reported) expect(findings).toContain(key);
					// Only the user's own article is never dropped: it is reported, kept as it is.
					if (invalid('articles', written.imported)) {
						expect(check.report!.unrepaired.map((f) => f.key)).toContain('mine');
						expect(await local.run((db) => db.get('articles', 'mine'))).toBeDefined();
					}
					await check.run();
					expect(check.report!.repaired).toEqual([]);
					expect(await local.run((db) => db.count('cards'))).toBe(3);

					// After the check every screen loads again, and nothing more is skipped.
					forgetBadRecords();
					for (const state of [library, reader, allFacts, due, stats]) await state.retry();
					await review.start();
					for (const state of [library, reader, allFacts, due, stats, review]) {
						expect(state.status).toBe('ready');
					}
					const stillBad = badRecordsSeen().filter((r) => r.key !== 'mine');
					expect(stillBad.filter((r) => r.store !== 'reviewLog')).toEqual([]);
				}
			),
			{ numRuns: 25, seed: 1212 }
		);
	}, 120_000);
});

/**
 * Corrupt records never crash the deck, and Check database repairs or reports them, once:
 * fast-check breaks cards, facts and progress in every way it can think of.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Fact } from '$lib/domain/facts/types';
import { emptyCard } from '$lib/domain/review/cards';
import { GRADE } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { breakage, junk } from '$lib/testing/junk';
import {
	answerCard,
	cardWithFact,
	dueSummary,
	nextCard,
	nextCardOfArticle,
	reviewsSince
} from './cards';
import { checkDatabase } from './check-database';
import { badRecordsSeen, forgetBadRecords } from './integrity';
import { openDossierDB } from './open';
import { syncPack } from './pack';
import { getProgress } from './progress';
import { isStoredCard, recordProblem } from './records';

const T0 = new Date(2024, 2, 27, 9, 0);
const LIMITS = { newPerDay: 50, reviewsPerDay: 200 };
const scheduler = createScheduler({ fuzz: false });
const quizzed = (fact: Fact): Fact => ({
	...fact,
	quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt: '_____ said so.', answer: fact.id }]
});

async function deck() {
	const articles = Array.from({ length: 4 }, (_, i) =>
		makeArticle({ id: `a${i}`, paragraphs: [{ kind: 'body', text: `Sentence ${i} here.` }] })
	);
	const facts = articles.map((a, i) => quizzed(makeFact(a, { id: `f${i}` })));
	const db = await openDossierDB(uniqueDbName());
	await syncPack(db, makePack(articles, 'v1', facts), T0);
	return db;
}

const CARD_FIELDS = ['factId', 'keys', 'articleIds', 'queue', 'due', 'order', 'state', 'fsrs'];
const FSRS_FIELDS = ['due', 'stability', 'difficulty', 'reps', 'state', 'last_review'];

const apply = (record: Record<string, unknown>, change: unknown) =>
	Array.isArray(change)
		? { ...record, ...Object.fromEntries(change as [string, unknown][]) }
		: (change as { whole: unknown }).whole;

describe('corrupt records', () => {
	// Each skipped record warns once; hundreds of generated ones would bury the test output.
	beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

	it('never crash the deck; Check database repairs them, and finds nothing the second time', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					card: breakage(CARD_FIELDS),
					fsrs: fc.array(fc.tuple(fc.constantFrom(...FSRS_FIELDS), junk), { maxLength: 2 }),
					overdue: fc.boolean(),
					fact: breakage(['statement', 'evidence', 'quiz', 'articleIds', 'answers']),
					progress: breakage(['paragraph', 'percent', 'finished', 'lastRead'])
				}),
				async ({ card, fsrs, overdue, fact, progress }) => {
					forgetBadRecords();
					const db = await deck();
					// Card f0: broken as generated (overdue: the card, always served first).
					const f0 = (await db.get('cards', 'f0'))!;
					const base = overdue ? { ...f0, queue: 1, due: 0, state: 2 } : f0;
					const brokenFsrs = { ...f0.fsrs, ...Object.fromEntries(fsrs) };
					// A stored record always holds its key (the store's key path): the rest may be anything.
					const changed = apply({ ...base, fsrs: brokenFsrs }, card);
					const broken = { ...(typeof changed === 'object' ? changed : {}), id: 'f0' };
					await db.put('cards', broken as never);
					// Fact f1 broken; progress of a0 broken.
					const f1 = (await db.get('facts', 'f1'))!;
					await db.put('facts', { ...(apply({ ...f1 }, fact) as object), id: 'f1' } as never);
					const p = { articleId: 'a0', paragraph: 1, percent: 10, finished: false, lastRead: 1 };
					await db.put('progress', { ...(apply(p, progress) as object), articleId: 'a0' } as never);
					const cardCount = await db.count('cards');

					// The deck keeps working: a bad card is never served, grading never throws.
					await dueSummary(db, T0, LIMITS);
					for (let i = 0; i < 6; i++) {
						const next = await nextCard(db, T0, LIMITS);
						if (!next) break;
						expect(isStoredCard(next)).toBe(true);
						const found = await cardWithFact(db, next.id);
						if (found) expect(recordProblem('facts', found.fact)).toBeNull();
						await answerCard(
							db,
							next.id,
							{ grade: GRADE.Easy, now: T0, durationMs: 1, itemId: null, correct: null },
							scheduler
						);
					}
					await nextCardOfArticle(db, 'a0', T0);
					await getProgress(db, 'a0');
					await reviewsSince(db, 0);

					const first = await checkDatabase(db, T0);
					const second = await checkDatabase(db, T0);
					expect(second.repaired).toEqual([]);
					// Nothing deleted; every card readable now; what was bad was reported.
					expect(await db.count('cards')).toBe(cardCount);
					for (const c of await db.getAll('cards')) expect(recordProblem('cards', c)).toBeNull();
					for (const p of await db.getAll('progress'))
						expect(recordProblem('progress', p)).toBeNull();
					if (recordProblem('cards', broken) !== null) {
						expect(first.repaired.some((f) => f.store === 'cards' && f.key === 'f0')).toBe(true);
					}
					expect(badRecordsSeen().filter((r) => r.store === 'cards')).toEqual([]);
					db.close();
				}
			),
			{ numRuns: 40, seed: 12 }
		);
	}, 120_000);

	it('repairs each kind the issue names, and says what it did', async () => {
		const db = await deck();
		const f0 = (await db.get('cards', 'f0'))!;
		// The card: overdue, without its scheduling state.
		await db.put('cards', { ...f0, queue: 1, due: 0, state: 2, fsrs: undefined } as never);
		// An orphan: its fact is nowhere.
		await db.put('cards', { ...f0, id: 'lost', factId: 'nowhere', order: 9, due: 9 });
		// A bad due date on a reviewed card.
		const reviewed = { ...emptyCard(T0), state: 2 as const, stability: 4, difficulty: 5, reps: 2 };
		const f1 = (await db.get('cards', 'f1'))!;
		await db.put('cards', {
			...f1,
			queue: 1,
			state: 2,
			due: Number.NaN,
			fsrs: { ...reviewed, due: new Date(Number.NaN) }
		});
		// A review logged twice.
		const entry = {
			cardId: 'f2',
			rating: GRADE.Good,
			reviewedAt: T0.getTime(),
			durationMs: 5,
			itemId: null,
			correct: null,
			before: emptyCard(T0),
			after: emptyCard(T0),
			log: { rating: 3 } as never
		};
		await db.add('reviewLog', { ...entry });
		await db.add('reviewLog', { ...entry });

		// The deck serves a good card and grading works before any repair.
		const next = await nextCard(db, T0, LIMITS);
		expect(next?.id).not.toBe('f0');
		expect(badRecordsSeen().map((r) => r.key)).toContain('f0');

		const report = await checkDatabase(db, T0);
		const said = Object.fromEntries(report.repaired.map((f) => [f.key, f.what]));
		expect(said.f0).toMatch(/no scheduling state: new again/);
		expect(said.lost).toMatch(/no fact: suspended/);
		expect(said.f1).toMatch(/bad due date: due now/);
		expect(report.repaired.filter((f) => f.store === 'reviewLog')).toHaveLength(1);
		expect(await db.get('cards', 'f0')).toMatchObject({ queue: 0, state: 0 });
		expect(await db.get('cards', 'lost')).toMatchObject({ queue: -1, suspended: 'orphan' });
		expect(await db.get('cards', 'f1')).toMatchObject({ queue: 1, due: T0.getTime(), state: 2 });
		expect(await db.count('reviewLog')).toBe(1);
		expect((await checkDatabase(db, T0)).repaired).toEqual([]);
	});
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/domain/facts/types';
import { CardState as State } from '$lib/domain/review/model';
import { createScheduler, Rating } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import {
	answerCard,
	cardsByState,
	dueSummary,
	nextCard,
	nextCardOfArticle,
	reviewsSince,
	undoLastReview
} from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';

const T0 = new Date(2024, 2, 27, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const LIMITS = { newPerDay: 10, reviewsPerDay: 100 };
const scheduler = createScheduler({ fuzz: false });
const at = (ms: number) => new Date(T0.getTime() + ms);

function quizzed(fact: Fact): Fact {
	return {
		...fact,
		quiz: [
			{
				id: `${fact.id}:cloze`,
				type: 'cloze',
				prompt: '_____ said so.',
				answer: 'Japan',
				claim: 'Japan said so.'
			}
		]
	};
}

async function deck(factCount = 3) {
	const a = makeArticle({ id: 'a' });
	const b = makeArticle({ id: 'b' });
	const facts = Array.from({ length: factCount }, (_, i) =>
		quizzed(makeFact(i % 2 ? b : a, { id: `f${i}` }))
	);
	const db = await openDossierDB(uniqueDbName());
	await syncPack(db, makePack([a, b], 'v1', facts), T0);
	return { db, facts, a, b };
}

describe('the review deck', () => {
	it('gets a new card for every fact with quiz items, in pack order', async () => {
		const { db } = await deck(3);
		expect(await dueSummary(db, T0, LIMITS)).toEqual({ due: 0, fresh: 3, total: 3 });
		expect((await nextCard(db, T0, LIMITS))?.id).toBe('f0');
		expect(await cardsByState(db)).toMatchObject({ [State.New]: 3, [State.Review]: 0 });
	});

	it('writes the card and its log entry together, and the card leaves the new queue', async () => {
		const { db } = await deck(2);
		const { card, entry } = await answerCard(
			db,
			'f0',
			{ grade: Rating.Good, now: T0, durationMs: 4200, itemId: 'f0:cloze', correct: null },
			scheduler
		);
		expect(card.state).toBe(State.Learning);
		expect(card.due).toBe(T0.getTime() + 10 * MINUTE);
		expect(entry).toMatchObject({ cardId: 'f0', rating: Rating.Good, durationMs: 4200 });
		expect(await reviewsSince(db, 0)).toHaveLength(1);
		expect((await nextCard(db, T0, LIMITS))?.id).toBe('f1');
		// Ten minutes later the learning card is due and comes before any new card.
		expect((await nextCard(db, at(11 * MINUTE), LIMITS))?.id).toBe('f0');
	});

	it('keeps to the daily new-card limit, and a new day (4 am) brings new cards again', async () => {
		const { db } = await deck(3);
		const limits = { newPerDay: 1, reviewsPerDay: 100 };
		await answerCard(
			db,
			'f0',
			{ grade: Rating.Easy, now: T0, durationMs: 1, itemId: null, correct: null },
			scheduler
		);
		expect(await nextCard(db, at(MINUTE), limits)).toBeNull();
		expect(await dueSummary(db, at(MINUTE), limits)).toMatchObject({ fresh: 0 });
		const tomorrow = new Date(2024, 2, 28, 5, 0);
		expect((await nextCard(db, tomorrow, limits))?.id).toBe('f1');
	});

	it('undo restores the exact previous state of the card and removes the log entry', async () => {
		const { db } = await deck(1);
		const first = await answerCard(
			db,
			'f0',
			{ grade: Rating.Good, now: T0, durationMs: 1, itemId: null, correct: null },
			scheduler
		);
		await answerCard(
			db,
			'f0',
			{ grade: Rating.Again, now: at(11 * MINUTE), durationMs: 1, itemId: null, correct: false },
			scheduler
		);
		const undone = await undoLastReview(db);
		expect(undone).toEqual(first.card);
		expect(await db.get('cards', 'f0')).toEqual(first.card);
		expect(await reviewsSince(db, 0)).toHaveLength(1);
		// Back to a new card after undoing the first review too.
		const fresh = await undoLastReview(db);
		expect(fresh).toMatchObject({ queue: 0, state: State.New, due: 0 });
		expect(await undoLastReview(db)).toBeNull();
	});

	it('does not fail when the clock goes back before the last review', async () => {
		const { db } = await deck(1);
		await answerCard(
			db,
			'f0',
			{ grade: Rating.Easy, now: T0, durationMs: 1, itemId: null, correct: null },
			scheduler
		);
		const earlier = at(-2 * DAY);
		await expect(
			answerCard(
				db,
				'f0',
				{ grade: Rating.Good, now: earlier, durationMs: 1, itemId: null, correct: null },
				scheduler
			)
		).resolves.toBeDefined();
	});

	it('starts an article session with that article’s cards only', async () => {
		const { db } = await deck(4);
		expect((await nextCardOfArticle(db, 'b', T0))?.id).toBe('f1');
		expect((await nextCardOfArticle(db, 'a', T0))?.id).toBe('f0');
		expect(await nextCardOfArticle(db, 'nope', T0)).toBeNull();
	});

	it('keeps a card’s history through a new pack where its fact still exists, and suspends gone facts’ cards', async () => {
		const { db, facts, a, b } = await deck(3);
		await answerCard(
			db,
			'f1',
			{ grade: Rating.Good, now: T0, durationMs: 1, itemId: null, correct: null },
			scheduler
		);
		const before = await db.get('cards', 'f1');
		await syncPack(db, makePack([a, b], 'v2', [facts[1]!, facts[2]!]), at(DAY));
		const after = await db.get('cards', 'f1');
		expect(after?.fsrs).toEqual(before?.fsrs);
		expect(after?.due).toBe(before?.due);
		expect(after?.order).toBe(0);
		expect(await db.get('cards', 'f0')).toMatchObject({ queue: -1, suspended: 'fact-gone' });
		expect((await db.get('cards', 'f2'))?.order).toBe(1);
		expect(await reviewsSince(db, 0)).toHaveLength(1);
	});
});

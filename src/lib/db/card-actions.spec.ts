import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/domain/facts/types';
import {
	buried,
	deleted,
	edited,
	flagged,
	reset,
	sourceChanged,
	suspendedByUser,
	unsuspendedByUser
} from '$lib/domain/review/card-actions';
import { itemFor } from '$lib/domain/review/cards';
import { CardState, GRADE } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { cardCounts, cardsWithFacts, changeCards, historyOf, restoreCards } from './card-actions';
import {
	answerCard,
	cardWithFact,
	dueSummary,
	nextCard,
	undoLastReview,
	type Answer
} from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';

const T0 = new Date(2024, 2, 27, 9, 0);
const LIMITS = { newPerDay: 10, reviewsPerDay: 100 };
const scheduler = createScheduler({ fuzz: false });

const quizzed = (fact: Fact, prompt = '_____ said so.', answer = 'Japan'): Fact => ({
	...fact,
	quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt, answer }]
});

async function deck() {
	const a = makeArticle({ id: 'a' });
	const facts = [0, 1, 2].map((i) => quizzed(makeFact(a, { id: `f${i}` })));
	const db = await openDossierDB(uniqueDbName());
	await syncPack(db, makePack([a], 'v1', facts), T0);
	const card = async (id: string) => (await db.get('cards', id))!;
	return { db, a, facts, card };
}

const answer = (
	grade: (typeof GRADE)[keyof typeof GRADE],
	now: Date,
	threshold?: number
): Answer => ({
	grade,
	now,
	durationMs: 1000,
	itemId: null,
	correct: null,
	...(threshold ? { leechThreshold: threshold } : {})
});

/** Reviews a card into the Review state, then lapses it `lapses` times. */
async function lapse(
	db: Awaited<ReturnType<typeof openDossierDB>>,
	id: string,
	lapses: number,
	threshold?: number
) {
	let now = T0;
	let card = (await db.get('cards', id))!;
	const step = async (grade: (typeof GRADE)[keyof typeof GRADE]) => {
		const result = await answerCard(db, id, answer(grade, now, threshold), scheduler);
		card = result.card;
		now = new Date(Math.max(card.fsrs.due.getTime(), now.getTime()) + 60_000);
		return result;
	};
	const leeches: boolean[] = [];
	while (card.state !== CardState.Review) await step(GRADE.Good);
	for (let i = 0; i < lapses; i++) {
		leeches.push((await step(GRADE.Again)).leech);
		if (card.suspended) break;
		while (card.state !== CardState.Review) await step(GRADE.Good);
	}
	return { card, leeches, now };
}

describe('the learner’s acts on a card', () => {
	it('edit: the review asks the learner’s text, scheduling and log untouched; undo restores', async () => {
		const { db, facts, card } = await deck();
		await answerCard(db, 'f0', answer(GRADE.Good, T0), scheduler);
		const before = await card('f0');
		const log = await historyOf(db, 'f0');
		const change = await changeCards(db, ['f0'], (c) =>
			edited(c, { prompt: 'Who said so? _____', answer: 'Tokyo' }, facts[0]!.quiz[0]!, T0)
		);
		const after = await card('f0');
		expect(after.fsrs).toEqual(before.fsrs);
		expect([after.queue, after.due]).toEqual([before.queue, before.due]);
		expect(itemFor(after, facts[0]!)).toMatchObject({
			prompt: 'Who said so? _____',
			answer: 'Tokyo'
		});
		expect(await historyOf(db, 'f0')).toEqual(log);
		await restoreCards(db, change.before);
		expect(await card('f0')).toEqual(before);
	});

	it('bury: out of today’s reviews, back at the next 4 am and not before; undo restores', async () => {
		const { db, card } = await deck();
		const before = await card('f0');
		const change = await changeCards(db, ['f0'], (c) => buried(c, T0));
		expect((await nextCard(db, T0, LIMITS))?.id).toBe('f1');
		expect((await dueSummary(db, T0, LIMITS)).fresh).toBe(2);
		const beforeFour = new Date(2024, 2, 28, 3, 59);
		expect((await nextCard(db, beforeFour, LIMITS))?.id).toBe('f1');
		const atFour = new Date(2024, 2, 28, 4, 0);
		expect((await nextCard(db, atFour, LIMITS))?.id).toBe('f0');
		expect(await card('f0')).toEqual(before);
		// Undo the same day puts it back at once.
		const again = await changeCards(db, ['f0'], (c) => buried(c, T0));
		await restoreCards(db, again.before);
		expect((await nextCard(db, T0, LIMITS))?.id).toBe('f0');
		expect(change.before[0]).toEqual(before);
	});

	it('bury keeps a reviewed card’s due time and state when it comes back', async () => {
		const { db, card } = await deck();
		await answerCard(db, 'f0', answer(GRADE.Again, T0), scheduler);
		const before = await card('f0');
		await changeCards(db, ['f0'], (c) => buried(c, T0));
		await dueSummary(db, new Date(2024, 2, 28, 5, 0), LIMITS);
		expect(await card('f0')).toEqual(before);
	});

	it('suspend: skipped until unsuspended, state and log kept; undo restores', async () => {
		const { db, card } = await deck();
		await answerCard(db, 'f0', answer(GRADE.Again, T0), scheduler);
		const before = await card('f0');
		const later = new Date(T0.getTime() + 3_600_000);
		expect((await nextCard(db, later, LIMITS))?.id).toBe('f0');
		const change = await changeCards(db, ['f0'], suspendedByUser);
		expect((await card('f0')).suspended).toBe('user');
		expect((await nextCard(db, later, LIMITS))?.id).toBe('f1');
		await expect(answerCard(db, 'f0', answer(GRADE.Good, later), scheduler)).rejects.toThrow(
			/suspended/
		);
		await changeCards(db, ['f0'], unsuspendedByUser);
		expect(await card('f0')).toEqual(before);
		await changeCards(db, ['f0'], suspendedByUser);
		await restoreCards(db, change.before);
		expect(await card('f0')).toEqual(before);
		expect(await historyOf(db, 'f0')).toHaveLength(1);
	});

	it('flag: a note on the card, scheduling untouched; undo takes it off', async () => {
		const { db, card } = await deck();
		const before = await card('f0');
		const change = await changeCards(db, ['f0'], (c) => flagged(c, '  The year is wrong ', T0));
		expect((await card('f0')).flag).toEqual({ note: 'The year is wrong', flaggedAt: T0.getTime() });
		expect((await nextCard(db, T0, LIMITS))?.id).toBe('f0');
		expect((await cardCounts(db)).flagged).toBe(1);
		await restoreCards(db, change.before);
		expect(await card('f0')).toEqual(before);
	});

	it('delete: gone from reviews and the list, log kept, not made again by a pack; undo brings it back', async () => {
		const { db, a, facts, card } = await deck();
		await answerCard(db, 'f0', answer(GRADE.Good, T0), scheduler);
		const before = await card('f0');
		const change = await changeCards(db, ['f0'], deleted);
		expect((await cardsWithFacts(db)).cards.map((c) => c.id)).toEqual(['f1', 'f2']);
		expect(await historyOf(db, 'f0')).toHaveLength(1);
		await syncPack(db, makePack([a], 'v2', facts), T0);
		expect((await db.getAll('cards')).map((c) => c.id)).toEqual(['f0', 'f1', 'f2']);
		expect((await cardsWithFacts(db)).cards).toHaveLength(2);
		expect((await nextCard(db, new Date(2025, 0, 1), LIMITS))?.id).not.toBe('f0');
		await restoreCards(db, change.before);
		expect(await card('f0')).toEqual(before);
	});

	it('reset: new again at its place, its log kept; undo restores', async () => {
		const { db, card } = await deck();
		await answerCard(db, 'f1', answer(GRADE.Good, T0), scheduler);
		const before = await card('f1');
		const change = await changeCards(db, ['f1'], (c) => reset(c, T0));
		const after = await card('f1');
		expect([after.queue, after.due, after.state, after.fsrs.reps]).toEqual([
			0,
			1,
			CardState.New,
			0
		]);
		expect(await historyOf(db, 'f1')).toHaveLength(1);
		await restoreCards(db, change.before);
		expect(await card('f1')).toEqual(before);
	});

	it('acts on several cards in one transaction; a missing card changes none', async () => {
		const { db, card } = await deck();
		await expect(changeCards(db, ['f0', 'nope'], suspendedByUser)).rejects.toThrow(/no longer/);
		expect((await card('f0')).queue).toBe(0);
		const change = await changeCards(db, ['f0', 'f1', 'f2'], suspendedByUser);
		expect(change.after.every((c) => c.suspended === 'user')).toBe(true);
		expect(await nextCard(db, T0, LIMITS)).toBeNull();
		expect((await cardCounts(db)).suspended).toBe(3);
	});
});

describe('leeches', () => {
	it('a card that lapses 8 times is tagged a leech and suspended, the learner told once', async () => {
		const { db } = await deck();
		const { card, leeches } = await lapse(db, 'f0', 8);
		expect(card.fsrs.lapses).toBe(8);
		expect(leeches).toEqual([false, false, false, false, false, false, false, true]);
		expect(card).toMatchObject({ leech: true, queue: -1, suspended: 'leech' });
		expect((await cardCounts(db)).leeches).toBe(1);
		// Brought back by the learner, it stays tagged and is not suspended again.
		await changeCards(db, ['f0'], unsuspendedByUser);
		const again = await lapse(db, 'f0', 1);
		expect(again.card).toMatchObject({ leech: true, queue: 1 });
		expect(again.leeches).toEqual([false]);
	});

	it('the threshold is a setting; undoing the lapse that made the leech untags it', async () => {
		const { db } = await deck();
		const { card } = await lapse(db, 'f0', 3, 3);
		expect(card).toMatchObject({ leech: true, suspended: 'leech' });
		const back = await undoLastReview(db);
		expect(back?.leech).toBeUndefined();
		expect(back?.suspended).toBeUndefined();
		expect(back?.queue).toBe(1);
		expect(back?.fsrs.lapses).toBe(2);
	});
});

describe('cards and new content', () => {
	it('an edit survives a pack that changes its fact; the source change shows both', async () => {
		const { db, a, facts } = await deck();
		await changeCards(db, ['f0'], (c) =>
			edited(c, { prompt: 'My _____', answer: 'words' }, facts[0]!.quiz[0]!, T0)
		);
		const changed = facts.map((f, i) =>
			i === 0 ? quizzed(f, '_____ said it first.', 'Japan') : f
		);
		await syncPack(db, makePack([a], 'v2', changed), T0);
		const found = await cardWithFact(db, 'f0');
		expect(found!.card.edit).toMatchObject({ prompt: 'My _____', answer: 'words' });
		expect(itemFor(found!.card, found!.fact)?.prompt).toBe('My _____');
		expect(sourceChanged(found!.card, found!.fact)?.prompt).toBe('_____ said it first.');
		expect(found!.card.edit?.base?.prompt).toBe('_____ said so.');
	});

	it('a removed fact leaves its card suspended with its history; the learner’s suspension outlasts the fact’s return', async () => {
		const { db, a, facts, card } = await deck();
		await answerCard(db, 'f0', answer(GRADE.Good, T0), scheduler);
		await changeCards(db, ['f1'], suspendedByUser);
		await syncPack(db, makePack([a], 'v2', [facts[2]!]), T0);
		expect(await card('f0')).toMatchObject({ queue: -1, suspended: 'fact-gone' });
		expect(await historyOf(db, 'f0')).toHaveLength(1);
		expect((await cardCounts(db)).factGone).toBe(1);
		await syncPack(db, makePack([a], 'v3', facts), T0);
		expect((await card('f0')).queue).toBe(1);
		expect(await card('f1')).toMatchObject({ queue: -1, suspended: 'user' });
	});
});

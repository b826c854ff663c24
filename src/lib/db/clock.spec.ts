/**
 * A device clock that jumps forward and back leaves the deck working: the scenario
 * (ten new cards answered with the clock at 2030, then the clock set back to now).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Fact } from '$lib/domain/facts/types';
import { GRADE } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { answerCard, dayCounts, dueSummary, nextCard, reviewsSince, settleClock } from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';

const NOW = new Date(2026, 11, 1, 10, 0);
const FUTURE = new Date(2030, 5, 1, 10, 0);
const DAY = 86_400_000;
const LIMITS = { newPerDay: 10, reviewsPerDay: 200 };
const scheduler = createScheduler({ fuzz: false });
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

function quizzed(fact: Fact): Fact {
	return {
		...fact,
		quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt: '_____ said so.', answer: fact.id }]
	};
}

async function deckOf(count: number) {
	const articles = Array.from({ length: count }, (_, i) =>
		makeArticle({ paragraphs: [{ kind: 'body', text: `Sentence number ${i} of the deck.` }] })
	);
	const db = await openDossierDB(uniqueDbName());
	await syncPack(
		db,
		makePack(
			articles,
			'v1',
			articles.map((a) => quizzed(makeFact(a)))
		),
		NOW
	);
	return db;
}

const good = (now: Date) => ({
	grade: GRADE.Good,
	now,
	durationMs: 1,
	itemId: null,
	correct: null
});

describe('a clock that goes forward, then back', () => {
	it('answers at 2030 never freeze the deck once the clock is back', async () => {
		const db = await deckOf(30);
		for (let i = 0; i < 10; i++) {
			const card = await nextCard(db, FUTURE, LIMITS);
			await answerCard(db, card!.id, good(FUTURE), scheduler);
		}
		expect(await dayCounts(db, FUTURE)).toEqual({ newDone: 10, reviewsDone: 0 });
		// Back to now: the 2030 reviews are not today's, so new cards are offered at once.
		expect(await dayCounts(db, NOW)).toEqual({ newDone: 0, reviewsDone: 0 });

		for (const days of [1, 30, 365]) {
			const at = later(days);
			const summary = await dueSummary(db, at, LIMITS);
			expect(summary.due, `due ${days} days later`).toBe(10);
			expect(summary.fresh, `new cards ${days} days later`).toBe(10);
			expect(summary.due).toBeGreaterThanOrEqual(0);
		}
		// A card reviewed now is scheduled from now, not from 2030.
		const card = await nextCard(db, later(1), LIMITS);
		expect(card?.queue).toBe(1);
		const { card: after, entry } = await answerCard(db, card!.id, good(later(1)), scheduler);
		expect(after.due).toBeLessThan(later(30).getTime());
		expect(entry.usedAt).toBe(later(1).getTime());
		expect(entry.reviewedAt).toBe(later(1).getTime());
		// The log keeps every review, 2030 ones included: nothing is rewritten.
		expect(await reviewsSince(db, 0)).toHaveLength(11);
		// Settled once: nothing moves again.
		expect(await settleClock(db, later(2))).toBe(0);
	});

	it('logs the device time and the later time the scheduler used', async () => {
		const db = await deckOf(2);
		const card = await nextCard(db, NOW, LIMITS);
		await answerCard(db, card!.id, good(NOW), scheduler);
		// A clock a minute behind the last review (no settling in between): time used is the last review.
		const behind = new Date(NOW.getTime() - 60_000);
		const { entry } = await answerCard(db, card!.id, good(behind), scheduler);
		expect(entry.reviewedAt).toBe(behind.getTime());
		expect(entry.usedAt).toBe(NOW.getTime());
	});

	it('daily counts never go negative, whatever the clock does', async () => {
		const db = await deckOf(5);
		for (const at of [FUTURE, NOW, new Date(2001, 0, 1), later(3), FUTURE]) {
			const card = await nextCard(db, at, LIMITS);
			if (card) await answerCard(db, card.id, good(at), scheduler);
			const summary = await dueSummary(db, at, LIMITS);
			expect(summary.due).toBeGreaterThanOrEqual(0);
			expect(summary.fresh).toBeGreaterThanOrEqual(0);
		}
	});
});

/**
 * The review deck in IndexedDB: the next card is one index lookup (never the whole deck),
 * and a review writes the card and its log entry in one transaction.
 */
import type { Fact } from '$lib/domain/facts/types';
import {
	NEW_QUEUE,
	SCHEDULED_QUEUE,
	restored,
	scheduled,
	type ReviewEntry,
	type StoredCard
} from '$lib/domain/review/cards';
import { CardState, reviewDayStart, type CardStateValue } from '$lib/domain/review/model';
import type { Grade } from '$lib/domain/review/model';
import type { Scheduler } from '$lib/domain/review/scheduler';
import type { DossierDatabase } from './schema';

/** Scheduled cards due at `now` or before, in due order. */
const dueRange = (now: number) =>
	IDBKeyRange.bound([SCHEDULED_QUEUE, -Infinity], [SCHEDULED_QUEUE, now]);
const newRange = () => IDBKeyRange.bound([NEW_QUEUE, -Infinity], [NEW_QUEUE, Infinity]);

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export interface DayCounts {
	/** New cards introduced and reviews done since the review day began (4 am). */
	newDone: number;
	reviewsDone: number;
}

/** What today's reviews have used of the daily limits. */
export async function dayCounts(db: DossierDatabase, now: Date): Promise<DayCounts> {
	const since = reviewDayStart(now).getTime();
	const today = await db.getAllFromIndex('reviewLog', 'reviewedAt', IDBKeyRange.lowerBound(since));
	const newDone = today.filter((e) => e.before.state === CardState.New).length;
	return { newDone, reviewsDone: today.length - newDone };
}

export interface DueSummary {
	/** Scheduled cards due now (within the daily review limit). */
	due: number;
	/** New cards that may still be introduced today. */
	fresh: number;
	total: number;
}

/** How many cards are due now, counted by the index. */
export async function dueSummary(
	db: DossierDatabase,
	now: Date,
	limits: DailyLimits
): Promise<DueSummary> {
	const [scheduledDue, newCount, counts] = await Promise.all([
		db.countFromIndex('cards', 'queue', dueRange(now.getTime())),
		db.countFromIndex('cards', 'queue', newRange()),
		dayCounts(db, now)
	]);
	const due = Math.min(scheduledDue, Math.max(0, limits.reviewsPerDay - counts.reviewsDone));
	const fresh = Math.min(newCount, Math.max(0, limits.newPerDay - counts.newDone));
	return { due, fresh, total: due + fresh };
}

/** The next card to review: the most overdue scheduled card, else the next new one. */
export async function nextCard(
	db: DossierDatabase,
	now: Date,
	limits: DailyLimits,
	counts?: DayCounts
): Promise<StoredCard | null> {
	const used = counts ?? (await dayCounts(db, now));
	const index = db.transaction('cards').store.index('queue');
	if (used.reviewsDone < limits.reviewsPerDay) {
		const due = await index.openCursor(dueRange(now.getTime()));
		if (due) return due.value;
	}
	if (used.newDone < limits.newPerDay) {
		const fresh = await index.openCursor(newRange());
		if (fresh) return fresh.value;
	}
	return null;
}

/** The next card of one article: its due cards first, then its new ones (no daily limit). */
export async function nextCardOfArticle(
	db: DossierDatabase,
	articleId: string,
	now: Date
): Promise<StoredCard | null> {
	const cards = await db.getAllFromIndex('cards', 'articleIds', articleId);
	const due = cards
		.filter((c) => c.queue === SCHEDULED_QUEUE && c.due <= now.getTime())
		.sort((a, b) => a.due - b.due);
	const fresh = cards.filter((c) => c.queue === NEW_QUEUE).sort((a, b) => a.order - b.order);
	return due[0] ?? fresh[0] ?? null;
}

/** The card of a fact, and the fact. */
export async function cardWithFact(
	db: DossierDatabase,
	cardId: string
): Promise<{ card: StoredCard; fact: Fact } | null> {
	const tx = db.transaction(['cards', 'facts']);
	const [card, fact] = await Promise.all([
		tx.objectStore('cards').get(cardId),
		tx.objectStore('facts').get(cardId)
	]);
	return card && fact ? { card, fact } : null;
}

export interface Answer {
	grade: Grade;
	now: Date;
	durationMs: number;
	itemId: string | null;
	correct: boolean | null;
}

/** Records a review: the card's new state and its log entry, together or not at all. */
export async function answerCard(
	db: DossierDatabase,
	cardId: string,
	answer: Answer,
	scheduler: Scheduler
): Promise<{ card: StoredCard; entry: ReviewEntry }> {
	const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
	const card = await tx.objectStore('cards').get(cardId);
	if (!card) {
		tx.abort();
		throw new Error(`No card ${cardId}: it may have been removed by a content update.`);
	}
	const outcome = scheduler.review(card.fsrs, answer.now, answer.grade);
	const next = scheduled(card, outcome.card);
	const entry: ReviewEntry = {
		cardId,
		rating: answer.grade,
		reviewedAt: answer.now.getTime(),
		durationMs: Math.max(0, Math.round(answer.durationMs)),
		itemId: answer.itemId,
		correct: answer.correct,
		before: card.fsrs,
		after: outcome.card,
		log: outcome.log
	};
	const [, id] = await Promise.all([
		tx.objectStore('cards').put(next),
		tx.objectStore('reviewLog').add(entry),
		tx.done
	]);
	return { card: next, entry: { ...entry, id } };
}

/**
 * Takes back the last review: the card returns exactly to its state before it and the log
 * entry goes, in one transaction. Returns the card, or null with nothing to undo.
 * (The state comes from the log entry, not from ts-fsrs `rollback`, which does not give
 * back a learning card's due time: a property test found it.)
 */
export async function undoLastReview(db: DossierDatabase): Promise<StoredCard | null> {
	const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
	const last = await tx.objectStore('reviewLog').openCursor(null, 'prev');
	if (!last) {
		await tx.done;
		return null;
	}
	const entry = last.value;
	const card = await tx.objectStore('cards').get(entry.cardId);
	if (!card) {
		await tx.done;
		return null;
	}
	const previous = restored(card, entry.before);
	await Promise.all([tx.objectStore('cards').put(previous), last.delete(), tx.done]);
	return previous;
}

/** Reviews from `since` (ms) on, oldest first. */
export function reviewsSince(db: DossierDatabase, since: number): Promise<ReviewEntry[]> {
	return db.getAllFromIndex('reviewLog', 'reviewedAt', IDBKeyRange.lowerBound(since));
}

/** How many cards are in each state. */
export async function cardsByState(db: DossierDatabase): Promise<Record<CardStateValue, number>> {
	const states = Object.values(CardState);
	const counts = await Promise.all(states.map((s) => db.countFromIndex('cards', 'state', s)));
	return Object.fromEntries(states.map((s, i) => [s, counts[i]!])) as Record<
		CardStateValue,
		number
	>;
}

/** Scheduled cards due in [from, to) (ms): for the forecast, one count per day. */
export function countDueBetween(db: DossierDatabase, from: number, to: number): Promise<number> {
	return db.countFromIndex(
		'cards',
		'queue',
		IDBKeyRange.bound([SCHEDULED_QUEUE, from], [SCHEDULED_QUEUE, to], false, true)
	);
}

/** When the first scheduled card after `now` is due (ms), or null when none is scheduled. */
export async function nextDueAfter(db: DossierDatabase, now: Date): Promise<number | null> {
	const cursor = await db
		.transaction('cards')
		.store.index('queue')
		.openCursor(IDBKeyRange.bound([SCHEDULED_QUEUE, now.getTime()], [SCHEDULED_QUEUE, Infinity]));
	return cursor?.value.due ?? null;
}

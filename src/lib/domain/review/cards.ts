/** The review deck: one card per key fact, with its FSRS state, and the log of reviews. */
import type { Fact, QuizItem } from '../facts/types';
import type { Card as FsrsCard, Grade, ReviewLog as FsrsLog } from 'ts-fsrs';
import { CardState, type CardStateValue } from './model';

/** New cards wait in queue 0 in pack order; every reviewed card is in queue 1 by due time. */
export const NEW_QUEUE = 0;
export const SCHEDULED_QUEUE = 1;

export interface StoredCard {
	/** The fact's id: a card follows its fact through new content and derivations. */
	id: string;
	articleIds: string[];
	queue: typeof NEW_QUEUE | typeof SCHEDULED_QUEUE;
	/** New cards: their place in the deck (= order); scheduled cards: when they are due (ms). */
	due: number;
	/** The card's place among new cards (its fact's place in the pack). */
	order: number;
	state: CardStateValue;
	fsrs: FsrsCard;
}

export interface ReviewEntry {
	id?: number;
	cardId: string;
	rating: Grade;
	/** When the review happened (ms, the device clock). */
	reviewedAt: number;
	/** How long the learner took to answer (ms). */
	durationMs: number;
	/** The quiz item asked, and whether a multiple-choice or true/false answer was right. */
	itemId: string | null;
	correct: boolean | null;
	before: FsrsCard;
	after: FsrsCard;
	log: FsrsLog;
}

/**
 * A new card's FSRS state, as ts-fsrs `createEmptyCard` makes it (a test keeps them equal),
 * built here so that writing the deck does not load the scheduler.
 */
export function emptyCard(now: Date): FsrsCard {
	return {
		due: new Date(now),
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: CardState.New,
		last_review: undefined
	};
}

/** A new card for a fact, placed `order` in the deck. */
export function cardForFact(
	fact: Pick<Fact, 'id' | 'articleIds'>,
	order: number,
	now: Date
): StoredCard {
	return {
		id: fact.id,
		articleIds: [...fact.articleIds],
		queue: NEW_QUEUE,
		due: order,
		order,
		state: CardState.New,
		fsrs: emptyCard(now)
	};
}

/** The card after a review: scheduled by its new due time. */
export function scheduled(card: StoredCard, fsrs: FsrsCard): StoredCard {
	return {
		...card,
		queue: SCHEDULED_QUEUE,
		due: new Date(fsrs.due).getTime(),
		state: fsrs.state as CardStateValue,
		fsrs
	};
}

/** The card restored to a state before a review (an undo): new again if it was new. */
export function restored(card: StoredCard, fsrs: FsrsCard): StoredCard {
	return fsrs.state === CardState.New
		? { ...card, queue: NEW_QUEUE, due: card.order, state: CardState.New, fsrs }
		: scheduled(card, fsrs);
}

/** Which of a fact's quiz items a review asks: they take turns, so each review varies. */
export function itemFor(card: StoredCard, fact: Pick<Fact, 'quiz'>): QuizItem | null {
	if (fact.quiz.length === 0) return null;
	return fact.quiz[card.fsrs.reps % fact.quiz.length] ?? null;
}

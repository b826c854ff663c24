/** The review deck: one card per key fact, with its FSRS state, and the log of reviews. */
import type { Fact, QuizItem } from '../facts/types';
import type { Card as FsrsCard, Grade, ReviewLog as FsrsLog } from 'ts-fsrs';
import { CardState, type CardStateValue } from './model';

/**
 * New cards wait in queue 0 in pack order; every reviewed card is in queue 1 by due time;
 * a suspended card (its fact changed or left the content) waits in queue -1, out of every
 * review, with its state and log kept (Anki numbers its suspended queue -1 too).
 */
export const NEW_QUEUE = 0;
export const SCHEDULED_QUEUE = 1;
export const SUSPENDED_QUEUE = -1;
/** A buried card waits in queue -2 until `due` (the next 4 am), as Anki's buried queue. */
export const BURIED_QUEUE = -2;

/**
 * Why a card is suspended: its fact changed or left the content, or it had no fact at all
 * (the content's doing, undone by the next pack that has the point again); the learner
 * suspended it, it became a leech, or the learner deleted it (theirs: content never undoes).
 */
export type SuspendReason = 'fact-gone' | 'orphan' | 'user' | 'leech' | 'deleted';

/** The reasons only the content gives, and a new pack may take back. */
export const CONTENT_REASONS: readonly SuspendReason[] = ['fact-gone', 'orphan'];

/** The learner's own text for a card's question (issue 14): kept across new content. */
export interface CardEdit {
	prompt: string;
	answer: string;
	/** The options of a multiple-choice or true/false question. */
	options?: string[];
	editedAt: number;
	/** The item the edit was made from, as it read then: to tell when the source changed. */
	itemId?: string;
	type?: QuizItem['type'];
	base?: { prompt: string; answer: string };
}

/** "This card is wrong", with the learner's optional note. */
export interface CardFlag {
	note: string;
	flaggedAt: number;
}

export interface StoredCard {
	/**
	 * Never changes, so the review log (keyed by card id) follows the card wherever it goes.
	 * The id of the fact the card was made for (cards before v4 of the app: always its fact).
	 */
	id: string;
	/** The fact the card quizzes now; absent on cards stored before re-linking existed (= id). */
	factId?: string;
	/**
	 * What identifies the card's point across derivations: one key per evidence sentence,
	 * each the normalised sentence with the normalised answer (see ./anchors.ts).
	 */
	keys?: string[];
	/** Set while the card is suspended (queue -1). */
	suspended?: SuspendReason;
	/** The learner's text for the question, when they edited it. */
	edit?: CardEdit;
	flag?: CardFlag;
	/** Lapsed too often (the leech threshold): tagged, and suspended when it happened. */
	leech?: boolean;
	/** When the review that made it a leech happened (ms): undoing that review undoes it. */
	leechAt?: number;
	articleIds: string[];
	queue: typeof NEW_QUEUE | typeof SCHEDULED_QUEUE | typeof SUSPENDED_QUEUE | typeof BURIED_QUEUE;
	/**
	 * New cards: their place in the deck (= order); scheduled cards: when they are due (ms);
	 * buried cards: when they come back (ms).
	 */
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
	/**
	 * The time the scheduler used (ms): the later of the device clock and the card's last
	 * review. Absent on entries written before it was logged (then equal to reviewedAt).
	 */
	usedAt?: number;
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

/** The fact a card quizzes. */
export const factIdOf = (card: Pick<StoredCard, 'id' | 'factId'>): string => card.factId ?? card.id;

/** A new card for a fact, placed `order` in the deck; `id` when the fact's id is taken. */
export function cardForFact(
	fact: Pick<Fact, 'id' | 'articleIds'>,
	order: number,
	now: Date,
	keys: string[] = [],
	id: string = fact.id
): StoredCard {
	return {
		id,
		factId: fact.id,
		keys,
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
	if (card.queue === SUSPENDED_QUEUE || card.queue === BURIED_QUEUE)
		return { ...card, state: fsrs.state as CardStateValue, fsrs };
	return fsrs.state === CardState.New
		? { ...card, queue: NEW_QUEUE, due: card.order, state: CardState.New, fsrs }
		: scheduled(card, fsrs);
}

/** The card out of every review, its state and history kept. */
export function suspendedCard(card: StoredCard, reason: SuspendReason): StoredCard {
	return { ...card, queue: SUSPENDED_QUEUE, suspended: reason };
}

/** A suspended card back in the deck where its state puts it (new cards by their order). */
export function unsuspended(card: StoredCard): StoredCard {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
	const { suspended, ...rest } = card;
	const back = { ...rest, queue: NEW_QUEUE } as StoredCard;
	return restored(back, card.fsrs);
}

/**
 * Which of a fact's quiz items a review asks: they take turns, so each review varies; a card
 * the learner edited always asks their text.
 */
export function itemFor(card: StoredCard, fact: Pick<Fact, 'quiz'>): QuizItem | null {
	if (card.edit) return editedItem(card.edit, fact);
	if (fact.quiz.length === 0) return null;
	return fact.quiz[card.fsrs.reps % fact.quiz.length] ?? null;
}

/**
 * How far a card's last review may lie ahead of the device clock before the clock is taken
 * to have been wrong: less (a clock corrected by seconds) only delays the card that much.
 */
export const CLOCK_SLACK_MS = 3_600_000;

/**
 * A card whose last review lies more than CLOCK_SLACK_MS after `now` (the device clock was
 * ahead then, or has gone back since): when it was really reviewed cannot be known, so it
 * counts as reviewed now and is due now. Otherwise it would wait for the wrong clock's date
 * (2030) before coming back.
 */
export function rebased(card: StoredCard, now: Date): StoredCard {
	const last = card.fsrs.last_review ? new Date(card.fsrs.last_review).getTime() : NaN;
	if (!(last > now.getTime() + CLOCK_SLACK_MS)) return card;
	const fsrs: FsrsCard = { ...card.fsrs, due: new Date(now), last_review: new Date(now) };
	return card.queue === SCHEDULED_QUEUE ? { ...card, due: now.getTime(), fsrs } : { ...card, fsrs };
}

/** The question a learner's edit asks, of the type it was made from. */
export function editedItem(edit: CardEdit, fact: Pick<Fact, 'quiz'>): QuizItem {
	const type = edit.type ?? (edit.options?.length ? 'multiple-choice' : 'cloze');
	return {
		id: edit.itemId ?? fact.quiz[0]?.id ?? 'edit',
		type,
		prompt: edit.prompt,
		answer: edit.answer,
		...(edit.options?.length ? { choices: [...edit.options] } : {})
	};
}

/** True for a suspension the next pack may take back (the content's, not the learner's). */
export const isContentSuspension = (card: StoredCard): boolean =>
	card.queue === SUSPENDED_QUEUE &&
	(card.suspended === undefined || CONTENT_REASONS.includes(card.suspended));

/**
 * The learner's say over a card (issue 14): edit, bury, suspend, flag, delete, reset, and
 * leeches. Pure: each takes a card (and `now`) and gives the card after; none touches the
 * card's review history, and only reset touches its scheduling.
 */
import type { Fact, QuizItem } from '../facts/types';
import {
	BURIED_QUEUE,
	emptyCard,
	NEW_QUEUE,
	restored,
	SUSPENDED_QUEUE,
	type CardEdit,
	type StoredCard
} from './cards';
import { CardState, nextReviewDay } from './model';

/** Lapses that make a card a leech, as Anki's default. */
export const DEFAULT_LEECH_THRESHOLD = 8;
export const MIN_LEECH_THRESHOLD = 2;
export const MAX_LEECH_THRESHOLD = 99;

export type CardActionKind =
	'edit' | 'bury' | 'unbury' | 'suspend' | 'unsuspend' | 'flag' | 'unflag' | 'delete' | 'reset';

/** The card back where its scheduling puts it: new by its order, else by its due time. */
function backInDeck(card: StoredCard): StoredCard {
	const { suspended: _s, ...rest } = card;
	void _s;
	return restored({ ...rest, queue: NEW_QUEUE } as StoredCard, card.fsrs);
}

/** True while the card is out of reviews by the learner's act or as a leech. */
export const isDeleted = (card: StoredCard): boolean => card.suspended === 'deleted';

/** Buried until the next review day starts (4 am): out of today's reviews only. */
export function buried(card: StoredCard, now: Date): StoredCard {
	if (card.queue === SUSPENDED_QUEUE) return card;
	return { ...card, queue: BURIED_QUEUE, due: nextReviewDay(now).getTime() };
}

/** A buried card back in the deck (a no-op on any other card). */
export function unburied(card: StoredCard): StoredCard {
	return card.queue === BURIED_QUEUE ? backInDeck(card) : card;
}

/** Out of every review until unsuspended, its state and history kept. */
export function suspendedByUser(card: StoredCard): StoredCard {
	if (card.queue === SUSPENDED_QUEUE) return card;
	return { ...card, queue: SUSPENDED_QUEUE, suspended: 'user' };
}

/**
 * Back in the deck: a card the learner suspended, or a leech (still tagged). A card the
 * content suspended (its fact is gone) or a deleted one stays where it is.
 */
export function unsuspendedByUser(card: StoredCard): StoredCard {
	if (card.queue !== SUSPENDED_QUEUE) return card;
	if (card.suspended !== 'user' && card.suspended !== 'leech') return card;
	return backInDeck(card);
}

/** Flags the card as wrong, with an optional note (trimmed, at most 500 characters). */
export function flagged(card: StoredCard, note: string, now: Date): StoredCard {
	return { ...card, flag: { note: note.trim().slice(0, 500), flaggedAt: now.getTime() } };
}

/** The flag taken off. */
export function unflagged(card: StoredCard): StoredCard {
	const { flag: _f, ...rest } = card;
	void _f;
	return rest;
}

/**
 * Deleted by the learner: kept as a hidden record (queue -1, "deleted") with its history, so
 * that the next pack does not make the same card again, and so that Undo can bring it back.
 */
export function deleted(card: StoredCard): StoredCard {
	return { ...card, queue: SUSPENDED_QUEUE, suspended: 'deleted' };
}

/** A deleted card back (as it was before, when the caller has it; else back in the deck). */
export function undeleted(card: StoredCard): StoredCard {
	return isDeleted(card) ? backInDeck(card) : card;
}

/** Forgotten: new again at its place in the deck; its history and its edit stay. */
export function reset(card: StoredCard, now: Date): StoredCard {
	const { leech: _l, leechAt: _a, ...rest } = card;
	void _l;
	void _a;
	const fresh = { ...rest, state: CardState.New, fsrs: emptyCard(now) } as StoredCard;
	// A card out by the content's doing or deleted stays out; the learner's suspension ends.
	const out = card.queue === SUSPENDED_QUEUE && !['user', 'leech'].includes(card.suspended ?? '');
	return out ? fresh : backInDeck({ ...fresh, queue: NEW_QUEUE });
}

/** The learner's text saved on the card; its scheduling untouched. */
export function edited(
	card: StoredCard,
	text: Pick<CardEdit, 'prompt' | 'answer' | 'options'>,
	from: QuizItem | null,
	now: Date
): StoredCard {
	const edit: CardEdit = {
		prompt: text.prompt.trim(),
		answer: text.answer.trim(),
		...(text.options?.length ? { options: text.options.map((o) => o.trim()) } : {}),
		editedAt: now.getTime(),
		...(card.edit?.itemId || from ? { itemId: card.edit?.itemId ?? from!.id } : {}),
		...(card.edit?.type || from ? { type: card.edit?.type ?? from!.type } : {}),
		...(card.edit?.base || from
			? { base: card.edit?.base ?? { prompt: from!.prompt, answer: from!.answer } }
			: {})
	};
	return { ...card, edit };
}

/** The learner's edit dropped: the generated question again. */
export function uneditedCard(card: StoredCard): StoredCard {
	const { edit: _e, ...rest } = card;
	void _e;
	return rest;
}

/** What is wrong with an edit, in words, or null when it can be saved. */
export function editProblem(
	text: Pick<CardEdit, 'prompt' | 'answer' | 'options'>,
	type: QuizItem['type']
): string | null {
	if (!text.prompt.trim()) return 'The question cannot be empty.';
	if (!text.answer.trim()) return 'The answer cannot be empty.';
	if (text.prompt.length > 1000 || text.answer.length > 300) return 'That is too long for a card.';
	if ((type === 'cloze' || type === 'multiple-choice') && !text.prompt.includes('_____'))
		return 'Mark the missing words in the question with _____ (five underscores).';
	const options = (text.options ?? []).map((o) => o.trim()).filter(Boolean);
	if (type === 'multiple-choice' || type === 'true-false') {
		if (options.length < 2) return 'Give at least two options.';
		if (new Set(options).size !== options.length) return 'Two options are the same.';
		if (!options.includes(text.answer.trim())) return 'The answer must be one of the options.';
	}
	return null;
}

/**
 * Whether the source changed under a learner's edit: the item it was made from reads
 * otherwise now, or is gone. Then the card detail shows both (the card keeps the edit).
 */
export function sourceChanged(card: StoredCard, fact: Pick<Fact, 'quiz'> | null): QuizItem | null {
	const base = card.edit?.base;
	if (!base || !fact) return null;
	const now = fact.quiz.find((q) => q.id === card.edit!.itemId) ?? fact.quiz[0];
	if (!now) return null;
	return now.prompt !== base.prompt || now.answer !== base.answer ? now : null;
}

/**
 * A card after a review: a leech when its lapses reach the threshold, and then suspended
 * (once: a leech the learner brought back is not suspended again by the same lapses).
 */
export function withLeech(
	card: StoredCard,
	reviewedAt: number,
	threshold = DEFAULT_LEECH_THRESHOLD
): StoredCard {
	if (card.leech || card.fsrs.lapses < threshold) return card;
	return { ...card, leech: true, leechAt: reviewedAt, queue: SUSPENDED_QUEUE, suspended: 'leech' };
}

/** A review that made the card a leech, taken back: the leech tag goes with it. */
export function withoutLeechOf(card: StoredCard, reviewedAt: number): StoredCard {
	if (!card.leech || card.leechAt !== reviewedAt) return card;
	const { leech: _l, leechAt: _a, ...rest } = card;
	void _l;
	void _a;
	return rest.queue === SUSPENDED_QUEUE && rest.suspended === 'leech' ? backInDeck(rest) : rest;
}

export { isContentSuspension } from './cards';

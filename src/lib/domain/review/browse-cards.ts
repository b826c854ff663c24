/**
 * The cards screen's list (issue 14): one row per card with what the list shows, and the
 * filter, search and sort over them. Pure and fast: 10,000 rows filter in a few ms
 * (scripts/bench/cards.ts), so the list answers as the learner types.
 */
import type { Fact } from '../facts/types';
import { BURIED_QUEUE, itemFor, SUSPENDED_QUEUE, type StoredCard } from './cards';
import { CardState } from './model';

/** Where a card stands, as the list names it. */
export type CardStatus =
	'new' | 'learning' | 'review' | 'relearning' | 'suspended' | 'buried' | 'fact-gone';

export const STATUS_NAMES: Record<CardStatus, string> = {
	new: 'New',
	learning: 'Learning',
	review: 'Review',
	relearning: 'Relearning',
	suspended: 'Suspended',
	buried: 'Buried',
	'fact-gone': 'Source gone'
};

/** What the state filter offers: a status, or a tag. */
export type StateFilter = CardStatus | 'flagged' | 'leech' | 'edited';

export type CardSort = 'due' | 'lapses' | 'added';

export interface CardRow {
	id: string;
	prompt: string;
	answer: string;
	/** The card's article titles, joined (the first one leads). */
	article: string;
	articleIds: string[];
	type: string;
	status: CardStatus;
	flagged: boolean;
	leech: boolean;
	edited: boolean;
	/** When it is due (ms), null for new, suspended and buried cards. */
	due: number | null;
	stability: number;
	lapses: number;
	/** Its place in the deck: cards came in this order. */
	order: number;
	/** Prompt and answer, lower-cased once, for search as you type. */
	haystack: string;
}

export interface CardQuery {
	search: string;
	article: string | null;
	state: StateFilter | null;
	sort: CardSort;
}

export const DEFAULT_QUERY: CardQuery = { search: '', article: null, state: null, sort: 'due' };

const STATUS_OF_STATE: Record<number, CardStatus> = {
	[CardState.New]: 'new',
	[CardState.Learning]: 'learning',
	[CardState.Review]: 'review',
	[CardState.Relearning]: 'relearning'
};

/** A card's status: out of reviews first (suspended, buried), else its scheduling state. */
export function statusOf(card: StoredCard): CardStatus {
	if (card.queue === BURIED_QUEUE) return 'buried';
	if (card.queue === SUSPENDED_QUEUE)
		return card.suspended === 'user' || card.suspended === 'leech' ? 'suspended' : 'fact-gone';
	return STATUS_OF_STATE[card.state] ?? 'new';
}

/** The row of a card, with its question as the review asks it and its articles' titles. */
export function cardRow(
	card: StoredCard,
	fact: Pick<Fact, 'quiz' | 'statement'> | undefined,
	titles: ReadonlyMap<string, string>
): CardRow {
	const item = fact ? itemFor(card, fact) : null;
	const prompt = item?.prompt ?? card.edit?.prompt ?? fact?.statement ?? '(its fact is gone)';
	const answer = item?.answer ?? card.edit?.answer ?? '';
	const status = statusOf(card);
	return {
		id: card.id,
		prompt,
		answer,
		article: card.articleIds.map((id) => titles.get(id) ?? id).join('; '),
		articleIds: card.articleIds,
		type: item?.type ?? '—',
		status,
		flagged: card.flag !== undefined,
		leech: card.leech === true,
		edited: card.edit !== undefined,
		due: card.queue === 1 ? card.due : null,
		stability: card.fsrs.stability,
		lapses: card.fsrs.lapses,
		order: card.order,
		haystack: `${prompt}\n${answer}`.toLowerCase()
	};
}

function matchesState(row: CardRow, state: StateFilter): boolean {
	if (state === 'flagged') return row.flagged;
	if (state === 'leech') return row.leech;
	if (state === 'edited') return row.edited;
	return row.status === state;
}

const BY: Record<CardSort, (a: CardRow, b: CardRow) => number> = {
	// Due first the soonest; cards not scheduled (new, out of reviews) after, in deck order.
	due: (a, b) =>
		(a.due ?? Infinity) - (b.due ?? Infinity) || (a.due === null ? a.order - b.order : 0),
	lapses: (a, b) => b.lapses - a.lapses || a.order - b.order,
	added: (a, b) => a.order - b.order
};

/**
 * The rows a query shows: in the article and state asked, whose prompt or answer holds every
 * word searched (any case), sorted. Never changes `rows`.
 */
export function browseCards(rows: readonly CardRow[], query: CardQuery): CardRow[] {
	const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
	const out = rows.filter(
		(row) =>
			(query.article === null || row.articleIds.includes(query.article)) &&
			(query.state === null || matchesState(row, query.state)) &&
			words.every((w) => row.haystack.includes(w))
	);
	return out.sort(BY[query.sort]);
}

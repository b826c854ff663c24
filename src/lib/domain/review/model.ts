/**
 * The light side of the review model: card states, grades, retention bounds and the review
 * state. Screens that only count cards (the library's "N due") import this, never ts-fsrs.
 */

/** ts-fsrs's `State` values (numbers in storage and indexes). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateValue = (typeof CardState)[keyof typeof CardState];

export const STATE_NAMES: Record<CardStateValue, string> = {
	0: 'New',
	1: 'Learning',
	2: 'Review',
	3: 'Relearning'
};

/** ts-fsrs's `Rating.Again`: the grade for a card that was forgotten. */
export const AGAIN = 1;

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** Hour of the day a new review day starts (local time), like Anki. */
export const DAY_STARTS_AT = 4;

/** The start of the review day `now` falls in (local time, at 4 am). */
export function reviewDayStart(now: Date): Date {
	const start = new Date(now);
	start.setHours(DAY_STARTS_AT, 0, 0, 0);
	if (now < start) start.setDate(start.getDate() - 1);
	return start;
}

/** The start of the next review day. */
export function nextReviewDay(now: Date): Date {
	const next = reviewDayStart(now);
	next.setDate(next.getDate() + 1);
	return next;
}

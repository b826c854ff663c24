/**
 * The light side of the review model: card states, grades, retention bounds, review days and
 * how intervals read. Screens import this; only scheduling itself loads ts-fsrs.
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

/** ts-fsrs's `Rating` values of the four grades (scheduler.spec.ts checks that they match). */
export const GRADE = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Grade = (typeof GRADE)[keyof typeof GRADE];
export const GRADES: readonly Grade[] = [GRADE.Again, GRADE.Hard, GRADE.Good, GRADE.Easy];

export const GRADE_NAMES: Record<Grade, string> = {
	[GRADE.Again]: 'Again',
	[GRADE.Hard]: 'Hard',
	[GRADE.Good]: 'Good',
	[GRADE.Easy]: 'Easy'
};

/** The grade for a card that was forgotten. */
export const AGAIN = GRADE.Again;

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

/** "1m", "10m", "3h", "4d", "2mo", "1.5y": how long until `to`, as the grade buttons show it. */
export function formatInterval(from: Date, to: Date): string {
	const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours}h`;
	const days = Math.round(hours / 24);
	if (days < 31) return `${days}d`;
	const months = days / 30.44;
	if (months < 12) return `${Math.round(months)}mo`;
	const years = days / 365.25;
	return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)}y`;
}

/**
 * Scheduling, the one door to ts-fsrs (FSRS-6, default parameters). The rest of the app
 * speaks of cards, grades and dates; the library's details stay here.
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	type Card,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';

export { Rating, type Card as FsrsCard, type Grade, type ReviewLog as FsrsLog };

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export const GRADE_NAMES: Record<Grade, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};

import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from './model';

export { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION };

export interface SchedulerOptions {
	/** Desired retention, 0.70–0.97. */
	retention?: number;
	/** Spread intervals a little so that cards learnt together do not stay together. Off in tests. */
	fuzz?: boolean;
}

export interface Outcome {
	card: Card;
	log: ReviewLog;
}

/** A new card, due now. */
export function newCard(now: Date): Card {
	return createEmptyCard(now);
}

/**
 * The time a review counts as: a device clock that has gone back before the card's last
 * review would make ts-fsrs throw, so the review happens at that last review instead.
 */
export function reviewTime(card: Card, now: Date): Date {
	const last = card.last_review ? new Date(card.last_review).getTime() : -Infinity;
	return now.getTime() < last ? new Date(last) : now;
}

export function createScheduler({
	retention = DEFAULT_RETENTION,
	fuzz = true
}: SchedulerOptions = {}) {
	const clamped = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention));
	const engine = fsrs(generatorParameters({ request_retention: clamped, enable_fuzz: fuzz }));
	return {
		retention: clamped,
		/** What each grade would do, for the buttons' intervals. */
		preview(card: Card, now: Date): Record<Grade, Outcome> {
			const at = reviewTime(card, now);
			const all = engine.repeat(card, at);
			return Object.fromEntries(GRADES.map((g) => [g, all[g]])) as Record<Grade, Outcome>;
		},
		/** The card after a review with `grade`, and the log entry that records it. */
		review(card: Card, now: Date, grade: Grade): Outcome {
			return engine.next(card, reviewTime(card, now), grade);
		},
		/** The probability of recalling the card now, 0–1. */
		retrievability(card: Card, now: Date): number {
			return engine.get_retrievability(card, reviewTime(card, now), false);
		}
	};
}

export type Scheduler = ReturnType<typeof createScheduler>;

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

export { DAY_STARTS_AT, nextReviewDay, reviewDayStart } from './model';

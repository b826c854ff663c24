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
	type Grade as FsrsGrade,
	type ReviewLog
} from 'ts-fsrs';

import { DEFAULT_RETENTION, GRADES, MAX_RETENTION, MIN_RETENTION, type Grade } from './model';

export { Rating, type Card as FsrsCard, type ReviewLog as FsrsLog };

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
			return Object.fromEntries(GRADES.map((g) => [g, all[g as FsrsGrade]])) as Record<
				Grade,
				Outcome
			>;
		},
		/** The card after a review with `grade`, and the log entry that records it. */
		review(card: Card, now: Date, grade: Grade): Outcome {
			return engine.next(card, reviewTime(card, now), grade as FsrsGrade);
		},
		/** The probability of recalling the card now, 0–1. */
		retrievability(card: Card, now: Date): number {
			return engine.get_retrievability(card, reviewTime(card, now), false);
		}
	};
}

export type Scheduler = ReturnType<typeof createScheduler>;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CardState as State,
	formatInterval,
	GRADE,
	GRADES,
	nextReviewDay,
	reviewDayStart,
	type Grade
} from './model';
import { State as FsrsState } from 'ts-fsrs';
import { createScheduler, newCard, Rating, type FsrsCard } from './scheduler';

const T0 = new Date(Date.UTC(2024, 2, 27, 9, 0, 0));
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduling with FSRS (fixed clock, fuzz off)', () => {
	const scheduler = createScheduler({ fuzz: false });

	it('schedules a new card by grade: Again soonest, Easy latest, all after the review', () => {
		const preview = scheduler.preview(newCard(T0), T0);
		const dues = GRADES.map((g) => preview[g].card.due.getTime());
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		for (const due of dues) expect(due).toBeGreaterThan(T0.getTime());
		expect(formatInterval(T0, preview[Rating.Again].card.due)).toBe('1m');
		expect(formatInterval(T0, preview[Rating.Good].card.due)).toBe('10m');
		expect(preview[Rating.Easy].card.state).toBe(State.Review);
	});

	it('grows the interval when a card keeps being remembered', () => {
		let card = newCard(T0);
		let now = T0;
		const intervals: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = scheduler.review(card, now, Rating.Good).card;
			intervals.push(card.due.getTime() - now.getTime());
			now = card.due;
		}
		expect(intervals.slice(2)).toEqual([...intervals.slice(2)].sort((a, b) => a - b));
		expect(intervals.at(-1)!).toBeGreaterThan(7 * DAY);
	});

	it('takes a desired retention: a higher one brings reviews sooner', () => {
		const graduated = createScheduler({ fuzz: false }).review(newCard(T0), T0, Rating.Easy).card;
		const at = new Date(graduated.due);
		const due = (retention: number) =>
			createScheduler({ retention, fuzz: false })
				.review(graduated, at, Rating.Good)
				.card.due.getTime();
		expect(due(0.97)).toBeLessThan(due(0.9));
		expect(due(0.9)).toBeLessThan(due(0.7));
		expect(createScheduler({ retention: 0.5 }).retention).toBe(0.7);
	});

	it('does not throw when the device clock goes back before the last review', () => {
		const reviewed = scheduler.review(newCard(T0), T0, Rating.Good).card;
		const earlier = new Date(T0.getTime() - 3 * DAY);
		expect(() => scheduler.preview(reviewed, earlier)).not.toThrow();
		const again = scheduler.review(reviewed, earlier, Rating.Good);
		expect(again.card.due.getTime()).toBeGreaterThan(T0.getTime());
	});

	it('formats intervals as the grade buttons show them', () => {
		const after = (ms: number) => formatInterval(T0, new Date(T0.getTime() + ms));
		expect(after(10 * MINUTE)).toBe('10m');
		expect(after(3 * 3_600_000)).toBe('3h');
		expect(after(3 * DAY)).toBe('3d');
		expect(after(65 * DAY)).toBe('2mo');
		expect(after(550 * DAY)).toBe('1.5y');
	});

	it('starts the review day at 4 am local time', () => {
		const lateNight = new Date(2024, 2, 27, 2, 30);
		expect(reviewDayStart(lateNight)).toEqual(new Date(2024, 2, 26, 4, 0));
		const morning = new Date(2024, 2, 27, 9, 0);
		expect(reviewDayStart(morning)).toEqual(new Date(2024, 2, 27, 4, 0));
		expect(nextReviewDay(morning)).toEqual(new Date(2024, 2, 28, 4, 0));
	});
});

describe('scheduling properties', () => {
	const grade = fc.constantFrom<Grade>(...GRADES);
	// Steps in time between reviews: mostly forward, sometimes backwards (a clock put back).
	const step = fc.integer({ min: -5 * DAY, max: 400 * DAY });

	it('for any grades and times: no throw, due after the review, stability positive, difficulty 1–10', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(grade, step), { minLength: 1, maxLength: 40 }),
				fc.double({ min: 0.7, max: 0.97, noNaN: true }),
				(reviews, retention) => {
					const scheduler = createScheduler({ retention, fuzz: false });
					let card: FsrsCard = newCard(T0);
					let now = T0.getTime();
					for (const [g, delta] of reviews) {
						now += delta;
						const at = new Date(now);
						const { card: next } = scheduler.review(card, at, g);
						const reviewedAt = Math.max(now, card.last_review?.getTime() ?? -Infinity);
						expect(next.due.getTime()).toBeGreaterThan(reviewedAt);
						expect(next.stability).toBeGreaterThan(0);
						expect(next.difficulty).toBeGreaterThanOrEqual(1);
						expect(next.difficulty).toBeLessThanOrEqual(10);
						card = next;
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('the light card model', () => {
	it('makes new cards exactly as ts-fsrs does, without loading it on the way', async () => {
		const { emptyCard } = await import('./cards');
		expect(emptyCard(T0)).toEqual(newCard(T0));
	});

	it('numbers its grades and card states as ts-fsrs does', () => {
		expect(GRADE).toEqual({
			Again: Rating.Again,
			Hard: Rating.Hard,
			Good: Rating.Good,
			Easy: Rating.Easy
		});
		expect(State).toEqual({
			New: FsrsState.New,
			Learning: FsrsState.Learning,
			Review: FsrsState.Review,
			Relearning: FsrsState.Relearning
		});
	});
});

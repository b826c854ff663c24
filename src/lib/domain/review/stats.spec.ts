import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from './cards';
import { CardState as State, type CardStateValue } from './model';
import type { Grade } from './model';
import { createScheduler, newCard, Rating } from './scheduler';
import { dayKey, forecastWindows, lastDays, reviewsPerDay, streak, trueRetention } from './stats';

const scheduler = createScheduler({ fuzz: false });

function entry(at: Date, rating: Grade, state: CardStateValue = State.Review): ReviewEntry {
	const before = { ...newCard(at), state };
	const { card, log } = scheduler.review(before, at, rating);
	return {
		cardId: 'c',
		rating,
		reviewedAt: at.getTime(),
		durationMs: 1000,
		itemId: null,
		correct: null,
		before,
		after: card,
		log
	};
}

describe('review stats', () => {
	const now = new Date(2024, 2, 27, 10, 0);

	it('counts a review at 2 am with the day before (the day starts at 4 am)', () => {
		expect(dayKey(new Date(2024, 2, 27, 2, 0).getTime())).toBe('2024-03-26');
		expect(dayKey(new Date(2024, 2, 27, 5, 0).getTime())).toBe('2024-03-27');
		const per = reviewsPerDay([
			entry(new Date(2024, 2, 27, 2), Rating.Good),
			entry(now, Rating.Good)
		]);
		expect(Object.fromEntries(per)).toEqual({ '2024-03-26': 1, '2024-03-27': 1 });
	});

	it('lists the last days oldest first, ending today', () => {
		expect(lastDays(now, 3)).toEqual(['2024-03-25', '2024-03-26', '2024-03-27']);
	});

	it('measures true retention on mature cards only', () => {
		expect(trueRetention([])).toEqual({ rate: null, count: 0 });
		const entries = [
			entry(now, Rating.Good),
			entry(now, Rating.Hard),
			entry(now, Rating.Again),
			entry(now, Rating.Again, State.New),
			entry(now, Rating.Good, State.Learning)
		];
		expect(trueRetention(entries)).toEqual({ rate: 2 / 3, count: 3 });
	});

	it('counts the streak of days in a row, today or up to yesterday', () => {
		const day = (d: number) => new Date(2024, 2, d, 12, 0);
		expect(streak([entry(day(25), Rating.Good), entry(day(26), Rating.Good)], now)).toBe(2);
		expect(streak([entry(day(25), Rating.Good), entry(day(27), Rating.Good)], now)).toBe(1);
		expect(streak([entry(day(24), Rating.Good)], now)).toBe(0);
	});

	it('makes 30 forecast windows, the first taking in what is overdue', () => {
		const windows = forecastWindows(now, 30);
		expect(windows).toHaveLength(30);
		expect(windows[0]![0]).toBe(-Infinity);
		expect(windows[0]![1]).toBe(new Date(2024, 2, 28, 4, 0).getTime());
		expect(windows[1]).toEqual([
			new Date(2024, 2, 28, 4, 0).getTime(),
			new Date(2024, 2, 29, 4, 0).getTime()
		]);
	});
});

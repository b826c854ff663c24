/** Review statistics from the log: pure, with the review day starting at 4 am local time. */
import type { ReviewEntry } from './cards';
import { AGAIN, CardState, reviewDayStart } from './model';

const DAY = 86_400_000;

/** The review day (its 4 am start, as a local date key "YYYY-MM-DD") a moment falls in. */
export function dayKey(ms: number): string {
	const start = reviewDayStart(new Date(ms));
	const m = String(start.getMonth() + 1).padStart(2, '0');
	const d = String(start.getDate()).padStart(2, '0');
	return `${start.getFullYear()}-${m}-${d}`;
}

/** The local date keys of the last `days` review days, oldest first, ending today. */
export function lastDays(now: Date, days: number): string[] {
	const today = reviewDayStart(now);
	return Array.from({ length: days }, (_, i) => {
		const day = new Date(today);
		day.setDate(day.getDate() - (days - 1 - i));
		return dayKey(day.getTime() + 60_000);
	});
}

/** Reviews per review day. */
export function reviewsPerDay(entries: readonly ReviewEntry[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of entries)
		counts.set(dayKey(e.reviewedAt), (counts.get(dayKey(e.reviewedAt)) ?? 0) + 1);
	return counts;
}

/**
 * True retention: of the reviews of cards that were in review (not new, not learning),
 * the share that was remembered (any grade but Again). Null with no such review.
 */
export function trueRetention(entries: readonly ReviewEntry[]): {
	rate: number | null;
	count: number;
} {
	const mature = entries.filter((e) => e.before.state === CardState.Review);
	if (mature.length === 0) return { rate: null, count: 0 };
	const passed = mature.filter((e) => e.rating !== AGAIN).length;
	return { rate: passed / mature.length, count: mature.length };
}

/** Days in a row with at least one review, ending today (or yesterday, if today has none yet). */
export function streak(entries: readonly ReviewEntry[], now: Date): number {
	const days = reviewsPerDay(entries);
	let count = 0;
	const day = reviewDayStart(now);
	if (!days.has(dayKey(day.getTime()))) day.setDate(day.getDate() - 1);
	while (days.has(dayKey(day.getTime() + 60_000))) {
		count++;
		day.setDate(day.getDate() - 1);
	}
	return count;
}

/** The [start, end) of each of the next `days` review days from now; the first takes in the overdue. */
export function forecastWindows(now: Date, days: number): [number, number][] {
	const start = reviewDayStart(now);
	return Array.from({ length: days }, (_, i) => {
		const from = new Date(start);
		from.setDate(from.getDate() + i);
		const to = new Date(start);
		to.setDate(to.getDate() + i + 1);
		return [i === 0 ? -Infinity : from.getTime(), to.getTime()];
	});
}

export { DAY };

import { describe, expect, it } from 'vitest';
import { REMIND_AFTER_REVIEWS, reminderSince, shouldRemind, type BackupActivity } from './reminder';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 2, 1, 12);
const none: BackupActivity = {
	lastExportAt: null,
	dismissedAt: null,
	firstReviewAt: null,
	reviewsSince: 0
};

describe('the backup reminder', () => {
	it('stays hidden for a user with no reviews, however long ago they arrived', () => {
		expect(shouldRemind(none, T0 + 365 * DAY)).toBe(false);
	});

	it('counts from the first review when there has never been an export', () => {
		const activity = { ...none, firstReviewAt: T0, reviewsSince: 5 };
		expect(reminderSince(activity)).toBe(T0);
		expect(shouldRemind(activity, T0 + 7 * DAY - 1)).toBe(false);
		expect(shouldRemind(activity, T0 + 7 * DAY)).toBe(true);
	});

	it('shows after 100 reviews, even the same day', () => {
		const activity = { ...none, firstReviewAt: T0, reviewsSince: REMIND_AFTER_REVIEWS - 1 };
		expect(shouldRemind(activity, T0 + DAY)).toBe(false);
		expect(shouldRemind({ ...activity, reviewsSince: REMIND_AFTER_REVIEWS }, T0 + DAY)).toBe(true);
	});

	it('counts from the last export, and not at all with nothing new since', () => {
		const exported = { ...none, firstReviewAt: T0 - 30 * DAY, lastExportAt: T0 };
		expect(shouldRemind({ ...exported, reviewsSince: 0 }, T0 + 30 * DAY)).toBe(false);
		expect(shouldRemind({ ...exported, reviewsSince: 3 }, T0 + 6 * DAY)).toBe(false);
		expect(shouldRemind({ ...exported, reviewsSince: 3 }, T0 + 7 * DAY)).toBe(true);
	});

	it('comes back 7 days after a dismissal, not before', () => {
		const activity = {
			...none,
			firstReviewAt: T0 - 30 * DAY,
			lastExportAt: T0 - 20 * DAY,
			dismissedAt: T0,
			reviewsSince: 10
		};
		expect(reminderSince(activity)).toBe(T0);
		expect(shouldRemind(activity, T0 + 2 * DAY)).toBe(false);
		expect(shouldRemind(activity, T0 + 8 * DAY)).toBe(true);
	});
});

/** When to remind the learner to back up: after 7 days or 100 reviews since the last export. */

export const REMIND_AFTER_DAYS = 7;
export const REMIND_AFTER_REVIEWS = 100;
const DAY_MS = 86_400_000;

export interface BackupActivity {
	/** When the last export was made (ms), or null if never. */
	lastExportAt: number | null;
	/** When the reminder was last dismissed (ms), or null. */
	dismissedAt: number | null;
	/** When the first review ever was (ms), or null without reviews. */
	firstReviewAt: number | null;
	/** Reviews since the later of the last export and the dismissal (all, if neither). */
	reviewsSince: number;
}

/** The moment the reminder counts from: the last export or dismissal, else the first review. */
export function reminderSince(activity: BackupActivity): number | null {
	const marks = [activity.lastExportAt, activity.dismissedAt].filter((t) => t !== null);
	return marks.length > 0 ? Math.max(...marks) : activity.firstReviewAt;
}

/**
 * Whether to show "Back up your progress": only when there is something new to lose (a
 * review since the last export or dismissal), and then after 7 days or 100 reviews.
 */
export function shouldRemind(activity: BackupActivity, now: number): boolean {
	const since = reminderSince(activity);
	if (since === null || activity.reviewsSince === 0) return false;
	return activity.reviewsSince >= REMIND_AFTER_REVIEWS || now - since >= REMIND_AFTER_DAYS * DAY_MS;
}

/** Reading progress through one article. */

export interface ReadingProgress {
	articleId: string;
	/** Index of the paragraph at the top of the screen when the reader last stopped. */
	paragraph: number;
	/** Furthest share of the article seen, 0–100. */
	percent: number;
	finished: boolean;
	/** Epoch milliseconds. */
	lastRead: number;
}

export type ProgressStatus =
	{ state: 'unread' } | { state: 'reading'; percent: number } | { state: 'finished' };

/** Unread, a percentage, or finished. */
export function progressStatus(progress: ReadingProgress | undefined): ProgressStatus {
	if (!progress) return { state: 'unread' };
	if (progress.finished) return { state: 'finished' };
	return { state: 'reading', percent: Math.round(progress.percent) };
}

/** The label a list shows for a status. */
export function progressLabel(status: ProgressStatus): string {
	if (status.state === 'unread') return 'Unread';
	if (status.state === 'finished') return 'Finished';
	return `${status.percent}% read`;
}

/**
 * Progress after reading: the position moves freely, the furthest percentage only grows,
 * and an article once finished stays finished.
 */
export function advanceProgress(
	previous: ReadingProgress | undefined,
	update: { articleId: string; paragraph: number; percent: number; reachedEnd: boolean },
	now: number
): ReadingProgress {
	const percent = Math.min(
		100,
		Math.max(previous?.percent ?? 0, update.reachedEnd ? 100 : update.percent)
	);
	return {
		articleId: update.articleId,
		paragraph: Math.max(0, Math.floor(update.paragraph)),
		percent,
		finished: (previous?.finished ?? false) || update.reachedEnd,
		lastRead: now
	};
}

import { describe, expect, it } from 'vitest';
import { advanceProgress, progressLabel, progressStatus, type ReadingProgress } from './progress';

const T0 = Date.UTC(2024, 0, 1);

const progress = (overrides: Partial<ReadingProgress> = {}): ReadingProgress => ({
	articleId: 'a',
	paragraph: 3,
	percent: 40,
	finished: false,
	lastRead: T0,
	...overrides
});

describe('progressStatus and progressLabel', () => {
	it('is unread without progress', () => {
		expect(progressStatus(undefined)).toEqual({ state: 'unread' });
		expect(progressLabel({ state: 'unread' })).toBe('Unread');
	});

	it('gives a whole percentage while reading', () => {
		const status = progressStatus(progress({ percent: 33.6 }));
		expect(status).toEqual({ state: 'reading', percent: 34 });
		expect(progressLabel(status)).toBe('34% read');
	});

	it('is finished once finished, whatever the percentage', () => {
		const status = progressStatus(progress({ percent: 20, finished: true }));
		expect(status).toEqual({ state: 'finished' });
		expect(progressLabel(status)).toBe('Finished');
	});
});

describe('advanceProgress', () => {
	const update = { articleId: 'a', paragraph: 2, percent: 25, reachedEnd: false };

	it('starts from nothing', () => {
		expect(advanceProgress(undefined, update, T0)).toEqual({
			articleId: 'a',
			paragraph: 2,
			percent: 25,
			finished: false,
			lastRead: T0
		});
	});

	it('moves the position freely but only ever raises the percentage', () => {
		const back = advanceProgress(progress({ paragraph: 9, percent: 80 }), update, T0 + 1);
		expect(back).toMatchObject({ paragraph: 2, percent: 80, lastRead: T0 + 1 });
	});

	it('finishes at the end, and stays finished when read again from the top', () => {
		const end = advanceProgress(progress(), { ...update, percent: 90, reachedEnd: true }, T0 + 1);
		expect(end).toMatchObject({ percent: 100, finished: true });
		const again = advanceProgress(end, { ...update, paragraph: 0, percent: 0 }, T0 + 2);
		expect(again).toMatchObject({ paragraph: 0, percent: 100, finished: true, lastRead: T0 + 2 });
	});

	it('keeps the position a whole, non-negative paragraph and the percentage within 100', () => {
		expect(advanceProgress(undefined, { ...update, paragraph: 4.7 }, T0).paragraph).toBe(4);
		expect(advanceProgress(undefined, { ...update, paragraph: -3 }, T0).paragraph).toBe(0);
		expect(advanceProgress(undefined, { ...update, percent: 140 }, T0).percent).toBe(100);
	});
});

import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../review/cards';
import { missingReviews, newerWins, reviewKey, uniqueReviews } from './merge';

type R = { id: string; t: number; v: string };
const id = (r: R) => r.id;
const t = (r: R) => r.t;

describe('merging records by id', () => {
	it('takes new ids and newer records, keeps the stored one when it is newer or as new', () => {
		const local: R[] = [
			{ id: 'a', t: 5, v: 'local' },
			{ id: 'b', t: 5, v: 'local' },
			{ id: 'c', t: 9, v: 'local' }
		];
		const incoming: R[] = [
			{ id: 'a', t: 6, v: 'file' },
			{ id: 'b', t: 5, v: 'file' },
			{ id: 'c', t: 1, v: 'file' },
			{ id: 'd', t: 0, v: 'file' }
		];
		expect(newerWins(local, incoming, id, t).map((r) => `${r.id}:${r.v}`)).toEqual([
			'a:file',
			'd:file'
		]);
	});

	it('keeps the newest when a file holds an id twice', () => {
		const incoming: R[] = [
			{ id: 'a', t: 1, v: 'old' },
			{ id: 'a', t: 3, v: 'new' },
			{ id: 'a', t: 2, v: 'mid' }
		];
		expect(newerWins([], incoming, id, t)).toEqual([{ id: 'a', t: 3, v: 'new' }]);
	});
});

describe('merging review logs', () => {
	const entry = (cardId: string, reviewedAt: number, id?: number) =>
		({ id, cardId, reviewedAt, rating: 3 }) as ReviewEntry;

	it('adds only reviews the log lacks, once each, oldest first and without the file’s ids', () => {
		const local = [entry('a', 1, 1), entry('a', 2, 2)];
		const incoming = [entry('b', 9, 7), entry('a', 2, 5), entry('a', 3, 6), entry('a', 3, 8)];
		const added = missingReviews(local, incoming);
		expect(added.map(reviewKey)).toEqual([reviewKey(entry('a', 3)), reviewKey(entry('b', 9))]);
		expect(added.every((e) => !('id' in e))).toBe(true);
	});

	it('drops the duplicates of a file', () => {
		expect(uniqueReviews([entry('a', 1, 1), entry('a', 1, 2), entry('b', 1, 3)])).toHaveLength(2);
	});
});

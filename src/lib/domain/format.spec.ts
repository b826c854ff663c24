import { describe, expect, it } from 'vitest';
import type { PublishedDate } from './article';
import {
	formatBytes,
	formatDayMonth,
	formatIsoDate,
	formatPublished,
	formatReadingTime
} from './format';

describe('formatIsoDate', () => {
	it('writes a date at its precision', () => {
		expect(formatIsoDate('2023-12-26')).toBe('26 December 2023');
		expect(formatIsoDate('2024-03-01')).toBe('1 March 2024');
		expect(formatIsoDate('2024-11')).toBe('November 2024');
		expect(formatIsoDate('2014')).toBe('2014');
	});
});

describe('formatPublished', () => {
	const date = (d: Omit<PublishedDate, 'basis'>): PublishedDate => ({ basis: 'dateline', ...d });

	it('writes a stated date at its precision', () => {
		expect(formatPublished(date({ precision: 'day', value: '2023-12-26' }))).toBe(
			'26 December 2023'
		);
		expect(formatPublished(date({ precision: 'month', value: '2023-12' }))).toBe('December 2023');
		expect(formatPublished(date({ precision: 'year', value: '2023' }))).toBe('2023');
	});

	it('says an estimate is one, with the bounds it has', () => {
		const estimate = (notBefore?: string, notAfter?: string): PublishedDate => ({
			precision: 'estimate',
			notBefore,
			notAfter,
			basis: 'catalog',
			evidence: 'A reason for the estimate.'
		});
		expect(formatPublished(estimate('2024-05-11', '2024-12-31'))).toBe(
			'Between 11 May 2024 and 31 December 2024 (estimated)'
		);
		expect(formatPublished(estimate('2024-11'))).toBe('November 2024 or later (estimated)');
		expect(formatPublished(estimate(undefined, '2024'))).toBe('2024 or earlier (estimated)');
		expect(formatPublished(estimate())).toBe('Date unknown');
	});

	it('says when the date is unknown, never inventing one', () => {
		expect(formatPublished({ precision: 'unknown', basis: 'none' })).toBe('Date unknown');
		expect(formatPublished(date({ precision: 'day' }))).toBe('Date unknown');
	});
});

describe('formatDayMonth', () => {
	it('gives the local day and a three-letter month', () => {
		expect(formatDayMonth(new Date(2024, 11, 2, 23, 59))).toBe('2 Dec');
		expect(formatDayMonth(new Date(2025, 0, 31, 0, 0))).toBe('31 Jan');
		expect(formatDayMonth(new Date(2024, 8, 10))).toBe('10 Sep');
	});
});

describe('formatReadingTime', () => {
	it('writes minutes as a reading time', () => {
		expect(formatReadingTime(1)).toBe('1 min read');
		expect(formatReadingTime(4)).toBe('4 min read');
	});
});

describe('formatBytes', () => {
	it('uses decimal units, one decimal below ten', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(1000)).toBe('1.0 kB');
		expect(formatBytes(1_400_000)).toBe('1.4 MB');
		expect(formatBytes(15_000)).toBe('15 kB');
		expect(formatBytes(250_000_000)).toBe('250 MB');
		expect(formatBytes(3_200_000_000)).toBe('3.2 GB');
		expect(formatBytes(5_000_000_000_000)).toBe('5.0 TB');
		// Rounding never shows "10.0 kB" or "1000 kB": it moves to the next form or unit.
		expect(formatBytes(9_999)).toBe('10 kB');
		expect(formatBytes(999_999)).toBe('1.0 MB');
	});
});

import { describe, expect, it } from 'vitest';
import { parseBylineLine, parseDateline } from './dateline';

describe('parseDateline', () => {
	it.each([
		['March 27, 2024', '2024-03-27'],
		['Dec 26, 2023', '2023-12-26'],
		['22 December 2023', '2023-12-22'],
		['Published: 22 December 2023', '2023-12-22'],
		['Updated: 22 December 2023, 18:40 JST', '2023-12-22'],
		['Posted on April 1, 2014 at 9:00 a.m.', '2014-04-01']
	])('reads "%s" as the day %s', (line, value) => {
		expect(parseDateline(line)).toEqual({ value, precision: 'day' });
	});

	it('reads a month without a day at month precision', () => {
		expect(parseDateline('Dec 2023')).toEqual({ value: '2023-12', precision: 'month' });
		expect(parseDateline('October 2023')).toEqual({ value: '2023-10', precision: 'month' });
	});

	it.each([
		'',
		'garbage',
		'Related Posts',
		'on Friday',
		'March 27',
		'yesterday',
		'today',
		'3 days ago',
		'last Friday',
		'In October 2023, Japan announced changes to its arms export regulations.',
		'March 27, 2024 and April 1, 2024',
		'The transfer of a batch of missiles was completed in mid-November.'
	])('returns null for "%s"', (line) => {
		expect(parseDateline(line)).toBeNull();
	});
});

describe('parseBylineLine', () => {
	it('reads a date with no name ("by | Dec 26, 2023")', () => {
		expect(parseBylineLine('by | Dec 26, 2023')).toEqual({
			author: null,
			date: { value: '2023-12-26', precision: 'day' }
		});
	});

	it('reads a name alone, and a name with a date', () => {
		expect(parseBylineLine('By Jane Doe')).toEqual({ author: 'Jane Doe', date: null });
		expect(parseBylineLine('By Jane Doe | March 27, 2024')).toEqual({
			author: 'Jane Doe',
			date: { value: '2024-03-27', precision: 'day' }
		});
	});

	it('passes over a reading time beside the name', () => {
		expect(parseBylineLine('By Jane Doe | 4 min read')).toEqual({ author: 'Jane Doe', date: null });
		expect(parseBylineLine('By Jane Doe • March 27, 2024 • 4 min read')).toEqual({
			author: 'Jane Doe',
			date: { value: '2024-03-27', precision: 'day' }
		});
	});

	it.each([
		'by',
		'By the end of the year, Japan will ship the missiles.',
		'by | yesterday',
		'By Jane Doe | Reuters',
		'Byline',
		'Japan to Send Patriot Interceptors to the US'
	])('returns null for "%s"', (line) => {
		expect(parseBylineLine(line)).toBeNull();
	});
});

describe('datelines of other sites (issue 13)', () => {
	it.each([
		['Updated 3:14 PM EST, Mon March 4, 2024', '2024-03-04'],
		['Updated 11:02 AM CET, Thu May 16, 2024', '2024-05-16'],
		['Published: 25/02/2025', '2025-02-25']
	])('reads "%s" as the day %s', (line, value) => {
		expect(parseDateline(line)).toEqual({ value, precision: 'day' });
	});

	it('reads a dotted numeric date day first, with or without a time after it', () => {
		expect(parseDateline('11.03.2026 – 17:45')).toEqual({ value: '2026-03-11', precision: 'day' });
		expect(parseDateline('Published: 02.07.2025')).toEqual({
			value: '2025-07-02',
			precision: 'day'
		});
		expect(parseDateline('31.02.2025')).toBeNull();
	});

	it('reads a slashed numeric date when one part can only be the day', () => {
		expect(parseDateline('25/12/2024')).toEqual({ value: '2024-12-25', precision: 'day' });
		expect(parseDateline('Updated: 12/25/2024 9:30 am')).toEqual({
			value: '2024-12-25',
			precision: 'day'
		});
		expect(parseDateline('12/25/2024 and some words')).toBeNull();
	});

	it('leaves a numeric date that could be day/month or month/day unread', () => {
		expect(parseDateline('Published: 07/02/2025')).toBeNull();
		expect(parseDateline('3 hours ago')).toBeNull();
	});

	it('reads a byline whose name is followed by a role', () => {
		expect(parseBylineLine('By Aisha Grant, Transport Correspondent | 14 June 2024')).toEqual({
			author: 'Aisha Grant',
			date: { value: '2024-06-14', precision: 'day' }
		});
	});
});

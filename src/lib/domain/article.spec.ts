import { describe, expect, it } from 'vitest';
import {
	compareByDate,
	dateSortKey,
	summarize,
	type ArticleSummary,
	type PublishedDate
} from './article';
import { makeArticle } from '$lib/testing/factories';

const unknown: PublishedDate = { precision: 'unknown', basis: 'none' };
const day = (value: string): PublishedDate => ({ precision: 'day', value, basis: 'dateline' });
const estimate = (notBefore?: string, notAfter?: string): PublishedDate => ({
	precision: 'estimate',
	notBefore,
	notAfter,
	basis: 'catalog',
	evidence: 'A reason for the estimate.'
});

const summary = (id: string, published: PublishedDate): ArticleSummary =>
	summarize(makeArticle({ id, published }));

describe('dateSortKey', () => {
	it('uses the value, else an estimate’s lower bound, else its upper bound, else nothing', () => {
		expect(dateSortKey(day('2023-12-26'))).toBe('2023-12-26');
		expect(dateSortKey(estimate('2024-05-11', '2024-12-31'))).toBe('2024-05-11');
		expect(dateSortKey(estimate(undefined, '2024-12-31'))).toBe('2024-12-31');
		expect(dateSortKey(unknown)).toBe('');
	});
});

describe('compareByDate', () => {
	const expected = [
		summary('e', estimate('2024-11')),
		summary('b', day('2024-03-27')),
		summary('c', day('2023-12-22')),
		summary('d', day('2023-12-22')),
		// A month sorts as its lower bound, like an estimate: after the days within it.
		summary('a', { precision: 'month', value: '2023-12', basis: 'dateline' }),
		summary('f', unknown),
		summary('g', unknown)
	];

	it('sorts newest first, ties and undated articles in id order, undated last', () => {
		const shuffled = [5, 2, 6, 0, 3, 1, 4].map((i) => expected[i]!);
		expect(shuffled.sort(compareByDate).map((s) => s.id)).toEqual([
			'e',
			'b',
			'c',
			'd',
			'a',
			'f',
			'g'
		]);
	});

	it('gives the same order whatever the input order', () => {
		const ids = expected.map((s) => s.id);
		expect(
			[...expected]
				.reverse()
				.sort(compareByDate)
				.map((s) => s.id)
		).toEqual(ids);
		expect([...expected].sort(compareByDate).map((s) => s.id)).toEqual(ids);
	});

	it('is zero only for the same article', () => {
		const [first] = expected;
		expect(compareByDate(first!, first!)).toBe(0);
		expect(compareByDate(summary('x', unknown), summary('y', unknown))).toBeLessThan(0);
		expect(compareByDate(summary('y', unknown), summary('x', day('2000-01-01')))).toBeGreaterThan(
			0
		);
	});
});

describe('summarize', () => {
	it('keeps what a list needs and counts the paragraphs', () => {
		const article = makeArticle({
			paragraphs: [
				{ kind: 'body', text: 'One.' },
				{ kind: 'caption', text: 'Two. (Photo: Someone)' }
			]
		});
		expect(summarize(article)).toEqual({
			id: article.id,
			title: article.title,
			titleDerived: false,
			byline: null,
			publisher: null,
			published: article.published,
			readingMinutes: article.readingMinutes,
			paragraphCount: 2
		});
	});
});

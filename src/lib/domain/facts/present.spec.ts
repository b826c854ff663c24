import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact } from '$lib/testing/factories';
import {
	dateValue,
	factsOfArticle,
	formatFactDate,
	groupBySubject,
	supportLabel,
	timeline
} from './present';
import { inOrderOf } from './browse';

describe('formatFactDate', () => {
	it('writes a date at its own precision, never more exact than it is', () => {
		const date = (iso: string, precision: 'day' | 'month' | 'season' | 'year') => ({
			iso,
			precision,
			inferred: false,
			text: ''
		});
		expect(formatFactDate(date('2023-12-22', 'day'))).toBe('22 December 2023');
		expect(formatFactDate(date('2023-10', 'month'))).toBe('October 2023');
		expect(formatFactDate(date('2024-03', 'season'))).toBe('spring 2024');
		expect(formatFactDate(date('2035', 'year'))).toBe('2035');
		expect(dateValue(date('2023-10', 'month'))).toBe(Date.UTC(2023, 9, 1));
	});
});

describe('placing facts', () => {
	const a = makeArticle({
		id: 'a',
		paragraphs: [
			{ kind: 'body', text: 'First paragraph of the article here.' },
			{ kind: 'body', text: 'Second paragraph of the article here.' }
		]
	});
	const evidence = (paragraph: number) => ({
		articleId: 'a',
		paragraph,
		start: 0,
		end: 5,
		text: a.paragraphs[paragraph]!.text.slice(0, 5)
	});
	const late = makeFact(a, { id: 'late', evidence: [evidence(1)], subject: 'Rules' });
	const early = makeFact(a, { id: 'early', evidence: [evidence(0)], subject: 'Makers' });
	const wide = makeFact(a, { id: 'wide', articleIds: ['a', 'b', 'c'], subject: 'Rules' });
	const other = makeFact(makeArticle({ id: 'b' }), { id: 'other' });

	it('lists an article’s facts in the order of their sentences, and only its own', () => {
		expect(factsOfArticle([late, other, early], 'a').map((f) => f.id)).toEqual(['early', 'late']);
	});

	it('puts facts read back by id in the prerendered order, new ones after in reading order', () => {
		const added = makeFact(a, { id: 'a-added', evidence: [evidence(1)] });
		const earlier = makeFact(a, { id: 'z-added', evidence: [evidence(0)] });
		const byId = [added, early, late, other, wide, earlier].sort((x, y) =>
			x.id.localeCompare(y.id)
		);
		expect(inOrderOf(byId, [late, other, early, wide]).map((f) => f.id)).toEqual([
			'late',
			'other',
			'early',
			'wide',
			'z-added',
			'a-added'
		]);
	});

	it('groups by subject, best attested first', () => {
		const groups = groupBySubject([early, late, wide]);
		expect(groups.map((g) => g.subject)).toEqual(['Rules', 'Makers']);
		expect(groups[0]!.facts.map((f) => f.id)).toEqual(['wide', 'late']);
		expect(supportLabel(wide, 5)).toBe('Reported by 3 of 5 articles');
	});

	it('orders equally attested subjects alphabetically, whatever their case', () => {
		const subjects = ['the Diet', 'Patriot', 'japan', 'Japan', 'Àla'];
		const facts = subjects.map((subject, i) => makeFact(a, { id: `s${i}`, subject }));
		expect(groupBySubject(facts).map((g) => g.subject)).toEqual([
			'Japan',
			'japan',
			'Patriot',
			'the Diet',
			'Àla'
		]);
	});

	it('puts dated events in time order, the more precise first on a tie', () => {
		const dated = (id: string, iso: string, precision: 'day' | 'month' | 'year') =>
			makeFact(a, {
				id,
				kind: 'dated-event',
				date: { iso, precision, inferred: false, text: iso }
			});
		const events = timeline([
			dated('y', '2023', 'year'),
			dated('d', '2023-12-22', 'day'),
			dated('m', '2023-10', 'month'),
			makeFact(a, { id: 'undated' })
		]);
		expect(events.map((f) => f.id)).toEqual(['y', 'm', 'd']);
	});
});

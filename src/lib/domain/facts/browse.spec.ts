import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact } from '$lib/testing/factories';
import { disagreements, foldForSearch, queryMatcher, searchText } from './browse';
import type { Evidence, FactConflict } from './types';

describe('disagreements', () => {
	const october = makeArticle({
		id: 'oct',
		paragraphs: [{ kind: 'body', text: 'In October 2023, Japan changed its export rules.' }]
	});
	const december = makeArticle({
		id: 'dec',
		paragraphs: [{ kind: 'body', text: 'On Friday, Japan loosened its export rules.' }]
	});
	const sentence = (articleId: string, text: string): Evidence => ({
		articleId,
		paragraph: 0,
		start: 0,
		end: text.length,
		text
	});
	const octSentence = sentence('oct', october.paragraphs[0]!.text);
	const decSentence = sentence('dec', december.paragraphs[0]!.text);
	const conflict = (sides: string[]): FactConflict => ({
		topic: 'When Japan changed its arms export rules',
		sides: sides.map((value) => ({
			value,
			articleIds: [value === 'October 2023' ? 'oct' : 'dec'],
			evidence: [value === 'October 2023' ? octSentence : decSentence]
		}))
	});
	const octFact = makeFact(october, {
		id: 'f-oct',
		conflicts: [conflict(['October 2023', '22 December 2023'])]
	});
	// The other fact carries the same conflict, its sides in the other order.
	const decFact = makeFact(december, {
		id: 'f-dec',
		conflicts: [conflict(['22 December 2023', 'October 2023'])]
	});

	it('lists a disagreement once, however many facts carry it', () => {
		const list = disagreements([octFact, decFact, makeFact(october, { id: 'calm' })]);
		expect(list).toHaveLength(1);
		expect(list[0]!.topic).toBe('When Japan changed its arms export rules');
		expect(list[0]!.sides.map((s) => s.value)).toEqual(['October 2023', '22 December 2023']);
	});

	it('pairs each source sentence with the fact that quotes it, for a link to that sentence', () => {
		const [only] = disagreements([octFact, decFact]);
		expect(only!.sides.map((s) => s.sources)).toEqual([
			[{ articleId: 'oct', factId: 'f-oct', text: octSentence.text }],
			[{ articleId: 'dec', factId: 'f-dec', text: decSentence.text }]
		]);
	});

	it('finds none among facts that agree', () => {
		expect(disagreements([makeFact(october), makeFact(december)])).toEqual([]);
	});
});

describe('filtering facts', () => {
	const article = makeArticle({
		paragraphs: [
			{
				kind: 'body',
				text: 'Mitsubishi Heavy Industries makes the PAC-3 under a licensing agreement with Raytheon.'
			}
		]
	});
	const fact = makeFact(article, {
		subject: 'Who makes the Patriot',
		date: { iso: '2023-12', precision: 'month', inferred: false, text: 'December 2023' }
	});
	const indexed = searchText(fact);
	const matches = (query: string) => queryMatcher(query)?.(indexed);

	it('has no filter for a query without words', () => {
		expect(queryMatcher('')).toBeNull();
		expect(queryMatcher('   \t ')).toBeNull();
	});

	it('needs every word, in any order, as part of a word, whatever the case', () => {
		expect(matches('licen')).toBe(true);
		expect(matches('RAYTHEON mitsubishi')).toBe(true);
		expect(matches('raytheon lockheed')).toBe(false);
	});

	it('finds a fact by its subject and its date as the screen writes it', () => {
		expect(matches('who makes')).toBe(true);
		expect(matches('december 2023')).toBe(true);
	});

	it('ignores accents, quote and dash styles', () => {
		expect(foldForSearch('Japan–US  “Café”')).toBe('japan-us "cafe"');
		expect(matches('pac–3')).toBe(true);
	});
});

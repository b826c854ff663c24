import { describe, expect, it } from 'vitest';
import { quizFact } from '$lib/testing/quiz-fact';
import type { AnswerType, Fact } from '../facts/types';
import { articleFor, BLANK, quizItems } from './items';

/** A fact for a test: spans are given as [type, text] and found in the statement. */
const fact = (statement: string, spans: [AnswerType, string][], id = 'f-d10'): Fact =>
	quizFact(statement, spans, { kind: 'quantity', id, articleId: 'a1', derivation: 10 });

const choiceOf = (f: Fact, texts?: Map<string, string>) =>
	quizItems([f], texts)
		.get(f.id)
		?.find((i) => i.type === 'multiple-choice' || i.type === 'cloze');

describe('derivation 10: options and articles', () => {
	it('writes "a" or "an" for the answer, never "a(n)", and keeps options to that article', () => {
		expect(articleFor('80%')).toBe('an');
		expect(articleFor('11-day')).toBe('an');
		expect(articleFor('60%')).toBe('a');
		expect(articleFor('agency')).toBe('an');
		const f = fact('Kelvoria will sell a 60% stake in Kessaro Terminals.', [['percentage', '60%']]);
		const item = choiceOf(f)!;
		expect(item.prompt).toContain(`a ${BLANK} stake`);
		expect(item.prompt).not.toContain('a(n)');
		for (const c of item.choices ?? []) expect(articleFor(c)).toBe('a');
	});

	it('never offers a value the article states elsewhere', () => {
		const f = fact('The fund will pay grants covering 60% of the cost of eligible works.', [
			['percentage', '60%']
		]);
		const texts = new Map([['a1', 'Households below the median income receive 80 percent.']]);
		for (let i = 0; i < 5; i++) {
			const item = choiceOf({ ...f, id: `f-d10-${i}` }, texts)!;
			expect(item.choices ?? []).not.toContain('80%');
		}
	});

	it('keeps a date option on the answer’s side of a date the prompt states', () => {
		const f = fact(
			'Products made before 1 January 2027 may still be sold until 30 June 2027 in Luskany.',
			[['date', '1 January 2027']]
		);
		for (let i = 0; i < 8; i++) {
			const item = choiceOf({ ...f, id: `f-d10-date-${i}` })!;
			for (const c of item.choices ?? [])
				expect(c).not.toMatch(/(?:July|August|September|October|November|December) 2027|2028/);
		}
	});

	it('keeps a number option above a lower bound of the same unit in the prompt', () => {
		const f = fact(
			'Fines reach 40,000 corra per product, and up to 150,000 corra for repeated breaches.',
			[['number', '150,000']]
		);
		for (let i = 0; i < 8; i++) {
			const item = choiceOf({ ...f, id: `f-d10-n-${i}` })!;
			for (const c of item.choices ?? [])
				expect(Number(c.replace(/,/g, ''))).toBeGreaterThan(40000);
		}
	});

	it('asks no vote count (derivation 11; derivation 10 kept its options above the count across "to")', () => {
		const f = fact('Parliament approved the bill by 102 votes to 64 on 8 June 2026.', [
			['number', '102']
		]);
		for (let i = 0; i < 8; i++) expect(choiceOf({ ...f, id: `f-d10-votes-${i}` })).toBeUndefined();
	});

	it('never offers a range that runs backwards', () => {
		const f = fact('Boats of 8–12 m must carry a tracker from 1 March 2027.', [['number', '8–12']]);
		for (let i = 0; i < 8; i++) {
			const item = choiceOf({ ...f, id: `f-d10-range-${i}` });
			expect(item?.answer).toBe('8–12');
			for (const c of item?.choices ?? []) {
				const [a, b] = c.split('–').map(Number);
				expect(a!, c).toBeLessThan(b!);
			}
		}
	});

	it('offers a body only bodies of its kind: no Supreme Court for an agency', () => {
		const f = fact('The order was drawn up by the Orvelland Medicines Agency on 9 March 2026.', [
			['organization', 'Orvelland Medicines Agency']
		]);
		const item = quizItems([f])
			.get(f.id)
			?.find((i) => i.answer === 'Orvelland Medicines Agency');
		for (const c of item?.choices ?? []) if (c !== item?.answer) expect(c).toMatch(/Agency$/);
	});

	it('offers a body that decides policy other such bodies: a ministry or a parliament for a council', () => {
		const f = fact('Japan’s National Security Council approved the shipment on 22 December 2023.', [
			['organization', 'National Security Council']
		]);
		const item = quizItems([f])
			.get(f.id)
			?.find((i) => i.answer === 'National Security Council');
		// Three options of its role make it a choice, not a blank several bodies could fill.
		expect(item?.type).toBe('multiple-choice');
		for (const c of item!.choices!)
			expect(c).toMatch(/(Council|Ministry|Parliament|Cabinet|Government|Assembly|Senate)$/);
	});
});

describe('derivation 10: a date’s day is never a blank of its own', () => {
	it('asks "until 30 June 2027" as a date or not at all, never "until _____ June 2027"', () => {
		const f = fact('Old stock may still be sold in Luskany until 30 June 2027 by small shops.', [
			['number', '30']
		]);
		const items = quizItems([f]).get(f.id) ?? [];
		for (const item of items) expect(item.prompt).not.toContain(`${BLANK} June`);
	});
});

describe('derivation 10: the headline the card is shown under', () => {
	it('never blanks an answer the headline prints, nor asks its point as a true/false', () => {
		const f = fact('Kelvoria will sell a 60% stake in Kessaro Terminals to Astravel Ports.', [
			['percentage', '60%']
		]);
		const headlines = new Map([['a1', 'Kelvoria sells 60% of Kessaro port terminals']]);
		expect(quizItems([f], undefined, headlines).get(f.id)).toEqual([]);
		// Under another headline the same fact is asked.
		const other = new Map([['a1', 'Kelvoria sells port stake']]);
		expect(quizItems([f], undefined, other).get(f.id)?.[0]?.answer).toBe('60%');
	});
});

describe('derivation 10: a blank is a whole name', () => {
	it('never blanks the first words of a longer name ("The _____ Authority", "by _____ Minister")', () => {
		const f = fact(
			'The Corvenian Road Transport Authority capped ride-hailing licences at 7,000 on 3 May 2026.',
			[['organization', 'Corvenian Road Transport']]
		);
		const items = quizItems([f]).get(f.id) ?? [];
		for (const item of items) expect(item.prompt).not.toContain(`${BLANK} Authority`);
	});
});

import { describe, expect, it } from 'vitest';
import { buried, flagged, suspendedByUser } from './card-actions';
import { browseCards, cardRow, DEFAULT_QUERY, statusOf, type CardQuery } from './browse-cards';
import { cardForFact, scheduled, suspendedCard, type StoredCard } from './cards';
import { CardState } from './model';

const T0 = new Date(2024, 2, 27, 9, 0);
const fact = (id: string, prompt: string, answer: string, articleIds = ['a']) => ({
	id,
	articleIds,
	statement: prompt.replace('_____', answer),
	quiz: [{ id: `${id}:q`, type: 'cloze' as const, prompt, answer }]
});
const titles = new Map([
	['a', 'Japan to sell Patriots'],
	['b', 'Export rules eased']
]);

function reviewed(card: StoredCard, dueInDays: number, lapses = 0): StoredCard {
	return scheduled(card, {
		...card.fsrs,
		state: CardState.Review,
		due: new Date(T0.getTime() + dueInDays * 86_400_000),
		stability: dueInDays,
		lapses
	});
}

const facts = [
	fact('f0', '_____ builds the missiles.', 'Mitsubishi Heavy Industries'),
	fact('f1', 'The missiles go to the _____.', 'United States', ['b']),
	fact('f2', 'Japan eased its rules in _____.', 'December 2023', ['a', 'b']),
	fact('f3', '_____ holds the licence.', 'Lockheed Martin')
];
const cards: StoredCard[] = [
	reviewed(cardForFact(facts[0]!, 0, T0), 5, 3),
	flagged(cardForFact(facts[1]!, 1, T0), 'wrong country', T0),
	buried(reviewed(cardForFact(facts[2]!, 2, T0), 1), T0),
	suspendedByUser(reviewed(cardForFact(facts[3]!, 3, T0), 2, 9))
];
const rows = cards.map((c, i) => cardRow(c, facts[i], titles));
const ids = (query: Partial<CardQuery>) =>
	browseCards(rows, { ...DEFAULT_QUERY, ...query }).map((r) => r.id);

describe('the cards list', () => {
	it('names each card’s state, out-of-review states first', () => {
		expect(cards.map(statusOf)).toEqual(['review', 'new', 'buried', 'suspended']);
		expect(statusOf(suspendedCard(cards[0]!, 'fact-gone'))).toBe('fact-gone');
		expect(rows[2]).toMatchObject({ article: 'Japan to sell Patriots; Export rules eased' });
	});

	it('filters by article, state and flag', () => {
		expect(ids({ article: 'b' })).toEqual(['f1', 'f2']);
		expect(ids({ state: 'suspended' })).toEqual(['f3']);
		expect(ids({ state: 'buried' })).toEqual(['f2']);
		expect(ids({ state: 'flagged' })).toEqual(['f1']);
		expect(ids({ state: 'new', article: 'a' })).toEqual([]);
	});

	it('searches prompts and answers, every word, any case', () => {
		expect(ids({ search: 'MISSILES' })).toEqual(['f0', 'f1']);
		expect(ids({ search: 'missiles united' })).toEqual(['f1']);
		expect(ids({ search: 'lockheed' })).toEqual(['f3']);
		expect(ids({ search: 'nothing like it' })).toEqual([]);
	});

	it('sorts by due (unscheduled last, in deck order), lapses and the order added', () => {
		expect(ids({ sort: 'due' })).toEqual(['f0', 'f1', 'f2', 'f3']);
		expect(ids({ sort: 'lapses' })).toEqual(['f3', 'f0', 'f1', 'f2']);
		expect(ids({ sort: 'added' })).toEqual(['f0', 'f1', 'f2', 'f3']);
		expect(rows.map((r) => r.id)).toEqual(['f0', 'f1', 'f2', 'f3']);
	});
});

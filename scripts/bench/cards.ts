/**
 * The cards screen at 10,000 cards (issue 14), domain level: building the rows the list shows
 * (its first render's work beyond the few rows on screen), a filter, and a search as typed.
 * Printed as median, min and max; the filter's target is under 50 ms.
 * Run alone: `npx tsx scripts/bench/cards.ts`.
 */
import { performance } from 'node:perf_hooks';
import { buried, flagged, suspendedByUser } from '../../src/lib/domain/review/card-actions';
import {
	browseCards,
	cardRow,
	DEFAULT_QUERY,
	type CardRow
} from '../../src/lib/domain/review/browse-cards';
import { cardForFact, scheduled, type StoredCard } from '../../src/lib/domain/review/cards';
import { CardState } from '../../src/lib/domain/review/model';
import { ms, spread, type Spread } from './stats';

const COUNT = 10_000;
const RUNS = 15;
const WORDS = ['Japan', 'Patriot', 'missile', 'export', 'licence', 'Ukraine', 'ministry', 'United'];

/** A deck of `count` cards over 50 articles, in every state, with a question each. */
export function syntheticDeck(count = COUNT) {
	const now = new Date(2026, 0, 1, 9);
	const titles = new Map(Array.from({ length: 50 }, (_, i) => [`a${i}`, `Article ${i}`]));
	const facts = new Map<
		string,
		{ statement: string; quiz: { id: string; type: 'cloze'; prompt: string; answer: string }[] }
	>();
	const cards: StoredCard[] = [];
	for (let i = 0; i < count; i++) {
		const id = `f${i}`;
		const words = Array.from({ length: 12 }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]);
		const prompt = `${words.slice(0, 6).join(' ')} _____ ${words.slice(6).join(' ')} ${i}.`;
		facts.set(id, {
			statement: prompt,
			quiz: [{ id: `${id}:q`, type: 'cloze', prompt, answer: `answer ${i % 97}` }]
		});
		let card = cardForFact({ id, articleIds: [`a${i % 50}`] }, i, now);
		if (i % 3 === 1)
			card = scheduled(card, {
				...card.fsrs,
				state: CardState.Review,
				due: new Date(now.getTime() + (i % 60) * 86_400_000),
				stability: i % 40,
				lapses: i % 9
			});
		if (i % 50 === 7) card = suspendedByUser(card);
		if (i % 70 === 9) card = buried(card, now);
		if (i % 40 === 3) card = flagged(card, 'check', now);
		cards.push(card);
	}
	return { cards, facts, titles };
}

function time(run: () => void): Spread {
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return spread(samples);
}

/** The three figures, printed and returned. */
export function cardsBench(): Record<'firstRender' | 'filter' | 'search', Spread> {
	const { cards, facts, titles } = syntheticDeck();
	let rows: CardRow[] = [];
	const firstRender = time(() => {
		rows = cards.map((c) => cardRow(c, facts.get(c.id), titles));
		browseCards(rows, DEFAULT_QUERY);
	});
	const filter = time(() => {
		browseCards(rows, { ...DEFAULT_QUERY, article: 'a7', state: 'review' });
		browseCards(rows, { ...DEFAULT_QUERY, state: 'flagged', sort: 'lapses' });
	});
	// As typed: one query per letter of "patriot missile".
	const typed = 'patriot missile';
	const search = time(() => {
		for (let n = 1; n <= typed.length; n++)
			browseCards(rows, { ...DEFAULT_QUERY, search: typed.slice(0, n) });
	});
	const per = (s: Spread, n: number): Spread => ({
		...s,
		median: s.median / n,
		min: s.min / n,
		max: s.max / n
	});
	const figures = { firstRender, filter: per(filter, 2), search: per(search, typed.length) };
	console.log(`Cards screen, ${COUNT} cards (domain level, ${RUNS} runs):`);
	console.log(`  first render (rows + sort): ${fmt(figures.firstRender)}`);
	console.log(`  a filter:                   ${fmt(figures.filter)} (target < 50 ms)`);
	console.log(`  search, per key typed:      ${fmt(figures.search)}`);
	return figures;
}

const fmt = (s: Spread) => `median ${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)}, n=${s.n})`;

if (import.meta.url === `file://${process.argv[1]}`) cardsBench();

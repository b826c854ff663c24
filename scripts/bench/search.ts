/**
 * Library search at 1,000 articles: the time to build the index and to answer queries, on
 * synthetic articles made (deterministically) from the launch articles' sentences with words
 * varied, so that the vocabulary grows as a real library's would. Target: under 30 ms a query.
 * Alone: `npx tsx scripts/bench/search.ts` (after `vite build`, which writes build/pack.json).
 */
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/lib/domain/pack-format';
import { searchDocuments, type IndexedFact } from '../../src/lib/domain/search/documents';
import {
	buildSearchIndex,
	loadSearchIndex,
	searchIndex,
	serializeSearchIndex
} from '../../src/lib/domain/search/engine';
import { sentenceRanges } from '../../src/lib/domain/search/highlight';
import { kB, ms, spread, type Spread } from './stats';

const ARTICLES = 1_000;
const RUNS = 25;
const QUERIES = [
	'patriot',
	'mitsubishi heavy',
	'reequip',
	'interseptors',
	'kishida export rules',
	'pa',
	'ukraine shortage missiles'
];

/** A small seeded generator (mulberry32): the same library on every run. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Library {
	articles: { id: string; title: string; paragraphs: { kind: 'body'; text: string }[] }[];
	facts: IndexedFact[];
}

/** `n` articles of 12 paragraphs of 3 sentences, a fifth of their words varied, 5 facts each. */
export function syntheticLibrary(pack: Pack, n: number, seed = 15): Library {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const sentences = pack.articles.flatMap((a) =>
		a.paragraphs.flatMap((p) => sentenceRanges(p.text).map((r) => p.text.slice(r.start, r.end)))
	);
	const words = [...new Set(sentences.flatMap((s) => s.match(/[A-Za-z]{4,}/g) ?? []))];
	const suffixes = ['', 's', 'ed', 'ing', 'er', 'ation', 'ly', 'ist'];
	const vary = (sentence: string) =>
		sentence.replace(/[A-Za-z]{4,}/g, (word) =>
			next() < 0.2 ? pick(words).toLowerCase() + pick(suffixes) : word
		);
	const library: Library = { articles: [], facts: [] };
	for (let i = 0; i < n; i++) {
		const id = `synthetic-${i}`;
		const paragraphs = Array.from({ length: 12 }, () => ({
			kind: 'body' as const,
			text: [vary(pick(sentences)), vary(pick(sentences)), vary(pick(sentences))].join(' ')
		}));
		library.articles.push({
			id,
			title: vary(pick(sentences)).split(' ').slice(0, 12).join(' '),
			paragraphs
		});
		for (let f = 0; f < 5; f++) {
			const paragraph = Math.floor(next() * paragraphs.length);
			const text = paragraphs[paragraph]!.text;
			const statement = text.slice(0, sentenceRanges(text)[0]!.end);
			library.facts.push({
				id: `${id}-f${f}`,
				statement,
				subject: pick(['Export rules', 'Production', 'Shipments', 'Ukraine']),
				evidence: [{ articleId: id, paragraph, start: 0, end: statement.length, text: statement }]
			});
		}
	}
	return library;
}

const time = <T>(work: () => T): [T, number] => {
	const started = performance.now();
	const value = work();
	return [value, performance.now() - started];
};

/** CPU time of this process (ms) for `work`: on a shared, busy machine, closer to the cost. */
const cpuTime = (work: () => unknown): number => {
	const before = process.cpuUsage();
	work();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
};

/** Builds the index of 1,000 synthetic articles and times each query; prints and returns figures. */
export function searchBench(pack: Pack): Record<string, unknown> {
	const library = syntheticLibrary(pack, ARTICLES);
	const [docs, docsMs] = time(() => searchDocuments(library.articles, library.facts));
	const [index, buildMs] = time(() => buildSearchIndex(docs));
	const buildCpuMs = cpuTime(() => buildSearchIndex(docs));
	const [json, serializeMs] = time(() => serializeSearchIndex(index));
	const [, loadMs] = time(() => loadSearchIndex(json, docs));
	console.log(
		`Search, ${ARTICLES} synthetic articles (${docs.length} documents: one per article, one per fact): documents ${ms(docsMs)}, ` +
			`index built in ${ms(buildMs)} (CPU time ${ms(buildCpuMs)}); as JSON ${kB(json.length)}, serialized in ${ms(serializeMs)}, ` +
			`loaded back in ${ms(loadMs)}`
	);
	const queries: Record<string, Spread & { hits: number; cpuMedian: number }> = {};
	for (const query of QUERIES) {
		const times: number[] = [];
		const cpu: number[] = [];
		let hits = 0;
		for (let run = 0; run < RUNS; run++) {
			const [results, took] = time(() => searchIndex(index, query));
			hits = results.total;
			times.push(took);
			cpu.push(cpuTime(() => searchIndex(index, query)));
		}
		const figures = spread(times);
		queries[query] = { ...figures, hits, cpuMedian: spread(cpu).median };
		const cpuMedian = spread(cpu).median;
		console.log(
			`  “${query}”: median ${ms(figures.median)} (min ${ms(figures.min)}, max ${ms(figures.max)}, ` +
				`n=${RUNS}; CPU time median ${ms(cpuMedian)}; target under 30 ms: ${cpuMedian < 30 ? 'met' : 'NOT met'}), ${hits} hits`
		);
	}
	const worst = Math.max(...Object.values(queries).map((q) => q.median));
	const worstCpu = Math.max(...Object.values(queries).map((q) => q.cpuMedian));
	console.log(
		`  slowest query: wall median ${ms(worst)}, CPU time median ${ms(worstCpu)} (target under 30 ms; ` +
			`the index is built and queried in a Web Worker, never on the main thread)`
	);
	return {
		articles: ARTICLES,
		documents: docs.length,
		documentsMs: docsMs,
		buildMs,
		buildCpuMs,
		json: { bytes: json.length, serializeMs, loadMs },
		queries,
		slowestMedianMs: worst,
		slowestCpuMedianMs: worstCpu,
		targetMs: 30
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	searchBench(JSON.parse(readFileSync('build/pack.json', 'utf8')) as Pack);
}

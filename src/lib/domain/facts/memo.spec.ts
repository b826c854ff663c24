import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearMemos, memo } from './memo';
import { dateMentions, mentions, verbStarts } from './nlp';
import { factsReport, type RawFile } from './report';

const fixtures = join(import.meta.dirname, 'fixtures');
const read = (path: string): RawFile => ({
	name: path.split('/').at(-1)!,
	text: readFileSync(join(fixtures, path), 'utf8')
});
const a = read('heldout-2/31-carvela-sugar-levy.txt');
const b = read('unseen/06-ostmark-ev-tariffs.txt');
const c = read('gcap-export-decision.txt');

describe('memo', () => {
	it('computes once per key, and again after it is emptied', () => {
		const calls: string[] = [];
		const upper = memo(2, (key) => (calls.push(key), key.toUpperCase()));
		expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
		expect(calls).toEqual(['a', 'b']);
		upper('c'); // past the limit: the cache starts over
		upper('a');
		expect(calls).toEqual(['a', 'b', 'c', 'a']);
		clearMemos();
		upper('c');
		expect(calls).toEqual(['a', 'b', 'c', 'a', 'c']);
	});
});

describe('the facts pipeline with its caches', () => {
	it('hands out copies: changing an answer does not change the next one', () => {
		const text = 'The ministry raised the levy to 30 percent on 1 March 2025 in Carvela.';
		const first = mentions(text);
		first[0]!.value = 'changed';
		expect(mentions(text)[0]!.value).not.toBe('changed');
		const verbs = verbStarts(text);
		verbs[0]!.start = -1;
		expect(verbStarts(text)[0]!.start).toBeGreaterThanOrEqual(0);
		const reference = new Date(Date.UTC(2025, 0, 1));
		const dates = dateMentions(text, reference);
		dates[0]!.stated.year = false;
		expect(dateMentions(text, reference)[0]!.stated.year).toBe(true);
	});

	it('derives the same facts cold, warm, alone, together and in another order', async () => {
		clearMemos();
		const cold = {
			a: await factsReport([a]),
			b: await factsReport([b]),
			abc: await factsReport([a, b, c])
		};
		expect(cold.abc.facts.length).toBeGreaterThan(cold.a.facts.length);
		// Warm caches, texts met in another order and in other company: byte-identical output.
		const warm = {
			cba: await factsReport([c, b, a]),
			abc: await factsReport([a, b, c]),
			b: await factsReport([b]),
			a: await factsReport([a])
		};
		expect(JSON.stringify(warm.abc)).toBe(JSON.stringify(cold.abc));
		expect(JSON.stringify(warm.a)).toBe(JSON.stringify(cold.a));
		expect(JSON.stringify(warm.b)).toBe(JSON.stringify(cold.b));
		clearMemos();
		const coldAgain = await factsReport([c, b, a]);
		expect(JSON.stringify(warm.cba)).toBe(JSON.stringify(coldAgain));
	}, 60_000);
});

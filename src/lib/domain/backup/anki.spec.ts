import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact } from '$lib/testing/factories';
import type { Fact } from '../facts/types';
import { cardForFact } from '../review/cards';
import { ANKI_COLUMNS, ankiTag, toAnkiText } from './anki';

const NOW = new Date(Date.UTC(2024, 2, 27));

/**
 * Reads a file the way Anki's text importer documents it
 * (https://docs.ankiweb.net/importing/text-files.html): `#key:value` header lines at the top,
 * then one record per line, fields split by the separator, a field in double quotes may hold
 * the separator and line breaks, and "" inside quotes is one quote.
 */
function readAsAnki(text: string): { headers: Map<string, string>; rows: string[][] } {
	const headers = new Map<string, string>();
	let at = 0;
	while (text.startsWith('#', at)) {
		const end = text.indexOf('\n', at);
		const line = text.slice(at + 1, end);
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon), line.slice(colon + 1));
		at = end + 1;
	}
	expect(headers.get('separator')).toMatch(/^(tab|Tab|\t)$/);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let fieldStart = true;
	for (; at < text.length; at++) {
		const c = text[at]!;
		if (quoted) {
			if (c === '"' && text[at + 1] === '"') {
				field += '"';
				at++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && fieldStart) {
			quoted = true;
			fieldStart = false;
		} else if (c === '\t') {
			row.push(field);
			field = '';
			fieldStart = true;
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			fieldStart = true;
		} else {
			expect(c, 'a quote in an unquoted field').not.toBe('"');
			field += c;
			fieldStart = false;
		}
	}
	expect(quoted, 'a quoted field left open').toBe(false);
	expect(row.length === 0 && field === '', 'the last record ends with a newline').toBe(true);
	return { headers, rows };
}

const article = makeArticle({ id: 'patriots', title: 'Japan to export Patriot missiles' });

function quizFact(quiz: Fact['quiz'], overrides: Partial<Fact> = {}): Fact {
	return makeFact(article, { quiz, ...overrides });
}

const cloze = quizFact([
	{
		id: 'c',
		type: 'cloze',
		prompt: 'Japan will ship _____ to the United States.',
		answer: 'PAC-3 missiles'
	},
	{ id: 't', type: 'true-false', prompt: 'Japan ships missiles.', answer: 'True' }
]);
const choice = quizFact([
	{
		id: 'm',
		type: 'multiple-choice',
		prompt: 'Who holds the licence?',
		answer: 'Lockheed Martin',
		choices: ['Boeing', 'Lockheed Martin', 'Airbus']
	}
]);
const awkward = quizFact(
	[
		{
			id: 'x',
			type: 'cloze',
			prompt: 'He said "no"\tand <b>left</b>\nthen _____ & more.',
			answer: 'a}}b::c'
		}
	],
	{ statement: 'He said "no" and left.' }
);

function exported(facts: Fact[]) {
	const cards = facts.map((f, i) => cardForFact(f, i, NOW));
	return readAsAnki(toAnkiText(cards, facts, [article]));
}

describe('the Anki export', () => {
	it('declares its separator, HTML, note type, deck, tags and columns in Anki’s headers', () => {
		const { headers } = exported([cloze]);
		expect(headers.get('separator')).toBe('tab');
		expect(headers.get('html')).toBe('true');
		expect(headers.get('notetype column')).toBe('1');
		expect(headers.get('deck column')).toBe('2');
		expect(headers.get('tags column')).toBe(String(ANKI_COLUMNS.length));
		expect(headers.get('columns')?.split('\t')).toEqual([...ANKI_COLUMNS]);
	});

	it('writes one note per card, each with every column', () => {
		const { rows } = exported([cloze, choice, awkward]);
		expect(rows).toHaveLength(3);
		for (const row of rows) expect(row).toHaveLength(ANKI_COLUMNS.length);
	});

	it('makes a fill-in-the-blank card a Cloze note with the blank as {{c1::answer}}', () => {
		const [row] = exported([cloze]).rows;
		expect(row![0]).toBe('Cloze');
		expect(row![1]).toBe('Dossier');
		expect(row![2]).toBe('Japan will ship {{c1::PAC-3 missiles}} to the United States.');
		expect(row![2]!.match(/\{\{c\d+::/g)).toHaveLength(1);
	});

	it('makes other cards Basic notes: prompt and options in front, the answer behind', () => {
		const [row] = exported([choice]).rows;
		expect(row![0]).toBe('Basic');
		expect(row![2]).toBe('Who holds the licence?<br>A. Boeing<br>B. Lockheed Martin<br>C. Airbus');
		expect(row![3]!.startsWith('Lockheed Martin<br>')).toBe(true);
	});

	it('gives the source sentence and the article as fields, and the article as a tag', () => {
		const [row] = exported([choice]).rows;
		expect(row![4]).toBe(choice.evidence[0]!.text);
		expect(row![5]).toBe('Japan to export Patriot missiles');
		expect(row![6]!.split(' ')).toEqual(['dossier', 'Japan_to_export_Patriot_missiles']);
		expect(row![3]).toContain(choice.evidence[0]!.text);
		expect(ankiTag('  Two  words ')).toBe('Two_words');
	});

	it('escapes quotes, tabs, line breaks and markup so that every field reads back whole', () => {
		const [row] = exported([awkward]).rows;
		expect(row).toHaveLength(ANKI_COLUMNS.length);
		expect(row![2]).toBe(
			'He said "no"\tand &lt;b&gt;left&lt;/b&gt;<br>then {{c1::a} }b: :c}} &amp; more.'
		);
		// Anki reads a cloze up to the first }}, and :: in it as the start of a hint.
		const body = row![2]!.match(/\{\{c1::(.*?)\}\}/)?.[1];
		expect(body).toBe('a} }b: :c');
		expect(body).not.toContain('::');
	});

	it('leaves out a card whose fact is missing', () => {
		const cards = [cardForFact(cloze, 0, NOW), cardForFact({ id: 'gone', articleIds: [] }, 1, NOW)];
		const text = toAnkiText(cards, [cloze], []);
		expect(readAsAnki(text).rows).toHaveLength(1);
	});
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text';
import { cleanRawText, logicalLines, type CleanedText } from './cleaner';

const articles = new URL('../../../../content/articles/', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);
const seed = (prefix: string) => {
	const file = readdirSync(articles).find((f) => f.startsWith(prefix));
	if (!file) throw new Error(`no seed ${prefix}`);
	return readFileSync(new URL(file, articles), 'utf8');
};
const allRaw: [string, string][] = [
	...readdirSync(articles).map((f): [string, string] => [
		f,
		readFileSync(new URL(f, articles), 'utf8')
	]),
	...readdirSync(fixtures)
		.filter((f) => f.endsWith('.txt'))
		.map((f): [string, string] => [f, readFileSync(new URL(f, fixtures), 'utf8')])
];

describe('logicalLines', () => {
	it('keeps one line per non-empty line', () => {
		expect(logicalLines('First line.\n\n\nSecond line.\nThird line.')).toEqual([
			'First line.',
			'Second line.',
			'Third line.'
		]);
	});

	it('joins a hard-wrapped line to the next when that one starts in lower case', () => {
		expect(logicalLines('Japan will send Patriot\nmissiles to the US.\nThe move is new.')).toEqual([
			'Japan will send Patriot missiles to the US.',
			'The move is new.'
		]);
	});

	it('does not join a byline to the dateline above it', () => {
		expect(logicalLines('April 1, 2014\nby Staff Writer')).toEqual([
			'April 1, 2014',
			'by Staff Writer'
		]);
		expect(logicalLines('A Title\nby | Dec 26, 2023')).toEqual(['A Title', 'by | Dec 26, 2023']);
		expect(logicalLines('The plan was criticised\nby the opposition.')).toEqual([
			'The plan was criticised by the opposition.'
		]);
	});

	it('does not join across a blank line or after a finished sentence', () => {
		expect(logicalLines('A heading\n\nlower case start.')).toEqual([
			'A heading',
			'lower case start.'
		]);
		expect(logicalLines('Ends here.\nlower case start.')).toEqual([
			'Ends here.',
			'lower case start.'
		]);
	});
});

describe('cleanRawText', () => {
	it('gives an empty article for an empty or all-boilerplate text, without throwing', () => {
		const empty: CleanedText = {
			title: '',
			titleDerived: false,
			author: null,
			dateline: null,
			publisherHints: [],
			paragraphs: [],
			removed: []
		};
		expect(cleanRawText('')).toEqual(empty);
		expect(cleanRawText(' \n\u00a0\n\t')).toEqual(empty);
		const boilerplate = cleanRawText('Skip to main content\nAdvertisement\nBack to top');
		expect(boilerplate.title).toBe('');
		expect(boilerplate.paragraphs).toEqual([]);
		expect(boilerplate.removed.map((r) => r.reason)).toEqual([
			'skip-link',
			'advertisement',
			'back-to-top'
		]);
	});

	it('says why each line of a seed went', () => {
		const removed = cleanRawText(seed('003_')).removed;
		expect(removed.slice(0, 5)).toEqual([
			{ line: 'by | Dec 26, 2023', reason: 'byline' },
			{
				line: 'Japan to Send Patriot Interceptors to the US, Freeing Up American Supplies to Send to Ukraine',
				reason: 'duplicate'
			},
			{ line: 'by | Dec 26, 2023', reason: 'byline' },
			{ line: 'photo l', reason: 'image-credit' },
			{ line: 'About Kyle Anzalone', reason: 'author-box' }
		]);
		expect(removed.slice(5).every((r) => r.reason === 'trailer')).toBe(true);
		expect(removed.at(-1)).toEqual({ line: 'read more', reason: 'trailer' });
	});

	it('keeps the evidence for what it reads', () => {
		const cleaned = cleanRawText(seed('003_'));
		expect(cleaned.author).toEqual({ value: 'Kyle Anzalone', evidence: 'About Kyle Anzalone' });
		expect(cleaned.dateline).toEqual({
			value: { value: '2023-12-26', precision: 'day' },
			evidence: 'by | Dec 26, 2023'
		});
		expect(cleanRawText(seed('000_')).publisherHints).toEqual([
			{
				value: 'Army Recognition',
				evidence: 'Follow Army Recognition on Google News at this link'
			},
			{
				value: 'Army Recognition',
				evidence: 'Copyright © 2019 - 2024 Army Recognition | Webdesign by Zzam'
			}
		]);
	});

	it('reads the publisher from a footer even inside the trailer', () => {
		const cleaned = cleanRawText(
			'A Title Line\n\nThe body says one thing.\n\nRelated Articles\n\nOther Story\n\n© 2024 Example News · Privacy'
		);
		expect(cleaned.publisherHints).toEqual([
			{ value: 'Example News', evidence: '© 2024 Example News · Privacy' }
		]);
		expect(cleaned.paragraphs).toEqual([{ kind: 'body', text: 'The body says one thing.' }]);
	});

	it('looks for bylines and datelines only above the body', () => {
		const cleaned = cleanRawText(
			'A Title Line\n\nThe body says one thing.\n\nMarch 27, 2024\n\nBy Jane Doe'
		);
		expect(cleaned.dateline).toBeNull();
		expect(cleaned.author).toBeNull();
		expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
			'The body says one thing.',
			'March 27, 2024',
			'By Jane Doe'
		]);
	});

	it('reads a dateline and a lower-case byline on the lines under the title', () => {
		const cleaned = cleanRawText('A Title Line\nApril 1, 2014\nby Staff Writer\n\nThe body.');
		expect(cleaned.dateline?.value).toEqual({ value: '2014-04-01', precision: 'day' });
		expect(cleaned.author?.value).toBe('Staff Writer');
		expect(cleaned.paragraphs).toEqual([{ kind: 'body', text: 'The body.' }]);
	});

	it('derives the title from the lede when the text has no title line, and keeps the lede', () => {
		const lede = 'Japan will send Patriot missiles to the US, officials said on Friday.';
		const cleaned = cleanRawText(`${lede}\nThe move frees American stocks.`);
		expect(cleaned.title).toBe('Japan will send Patriot missiles to the US');
		expect(cleaned.titleDerived).toBe(true);
		expect(cleaned.paragraphs[0]).toEqual({ kind: 'body', text: lede });
	});

	it('drops a paragraph repeated right after itself', () => {
		const cleaned = cleanRawText('A Title Line\n\nSame words.\n\nSame words.\n\nOther words.');
		expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Same words.', 'Other words.']);
		expect(cleaned.removed).toEqual([{ line: 'Same words.', reason: 'duplicate' }]);
	});

	it('marks captions and reporting credits', () => {
		const cleaned = cleanRawText(
			'A Title Line\n\nBody text.\n\nSoldiers view a launcher. (Photo: US Army)\n\nJane Doe contributed reporting.'
		);
		expect(cleaned.paragraphs.map((p) => p.kind)).toEqual(['body', 'caption', 'credit']);
	});

	it('treats Windows line ends and no-break spaces like plain text', () => {
		const raw = seed('003_');
		const windows = raw.replace(/\n/g, '\r\n').replace(/ /g, '\u00a0');
		expect(cleanRawText(windows)).toEqual(cleanRawText(raw));
	});

	it.each(allRaw)('accounts for every line of %s: kept, the title, or removed', (_, raw) => {
		const cleaned = cleanRawText(raw);
		const titleLine = cleaned.title && !cleaned.titleDerived ? 1 : 0;
		expect(cleaned.paragraphs.length + cleaned.removed.length + titleLine).toBe(
			logicalLines(normalizeText(raw)).length
		);
	});

	it.each(allRaw)('gives the same article when %s is cleaned again', (_, raw) => {
		const once = cleanRawText(raw);
		const text = [once.titleDerived ? [] : [once.title], once.paragraphs.map((p) => p.text)]
			.flat()
			.join('\n\n');
		const twice = cleanRawText(text);
		expect(twice.title).toBe(once.title);
		expect(twice.titleDerived).toBe(once.titleDerived);
		expect(twice.paragraphs).toEqual(once.paragraphs);
		expect(twice.removed).toEqual([]);
	});
});

describe('headers of other sites (issue 13)', () => {
	it('skips a row of section links and still finds the headline and the dateline under it', () => {
		const cleaned = cleanRawText(
			[
				'World | Business | Markets | Tech | Opinion',
				'Veloria Tightens Export Controls on Gallium Refining Equipment',
				'Updated 3:14 PM EST, Mon March 4, 2024',
				'',
				'Veloria announced new export controls on Monday.'
			].join('\n')
		);
		expect(cleaned.title).toBe('Veloria Tightens Export Controls on Gallium Refining Equipment');
		expect(cleaned.dateline?.value).toEqual({ value: '2024-03-04', precision: 'day' });
		expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
			'Veloria announced new export controls on Monday.'
		]);
	});
});

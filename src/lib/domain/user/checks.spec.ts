import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import catalog from '../../../../content/catalog.json';
import {
	fileKind,
	fileProblem,
	looksBinary,
	MAX_FILE_BYTES,
	MAX_TEXT_CHARS,
	textProblem
} from './checks';
import { isUserArticleId, USER_ARTICLE_PREFIX, userFactId } from './ids';
import { idWords, newUserArticleId } from './new-id';

const UNSEEN = new URL('../facts/fixtures/unseen/', import.meta.url);
const english = readdirSync(UNSEEN)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(new URL(f, UNSEEN), 'utf8'));

describe('textProblem', () => {
	it('takes every English article of the fixtures', () => {
		expect(english.length).toBeGreaterThan(5);
		for (const text of english) expect(textProblem(text)).toBeNull();
	});

	it('refuses an empty paste', () => {
		expect(textProblem('')).toMatch(/no text to add/);
		expect(textProblem(' \n\t \n')).toMatch(/no text to add/);
	});

	it('refuses text with no sentences: lists of words, numbers, one-letter lines', () => {
		expect(textProblem('apples\npears\n42\nbananas')).toMatch(/no sentences/);
		expect(textProblem('Home | World | Business | Sport')).toMatch(/no sentences/);
		expect(textProblem(Array.from({ length: 1000 }, () => 'a').join('\n'))).toMatch(/no sentences/);
	});

	it('refuses a language the pipeline does not handle', () => {
		const french =
			'Le gouvernement a annoncé mardi une hausse du budget des chemins de fer. La ministre a déclaré que les travaux commenceront en avril.';
		const german =
			'Die Regierung hat am Dienstag angekündigt, das Budget für die Bahn zu verdoppeln. Die Ministerin sagte, die Arbeiten beginnen im April.';
		const russian =
			'Правительство во вторник объявило об удвоении бюджета на железные дороги. Министр сказала, что работы начнутся в апреле.';
		for (const text of [french, german, russian])
			expect(textProblem(text)).toMatch(/does not look like English/);
	});

	it('refuses a text over the limit, by its length', () => {
		expect(textProblem('The minister said so. '.repeat(MAX_TEXT_CHARS / 10))).toMatch(/characters/);
	});
});

describe('files', () => {
	it('reads text, Markdown and web pages by their names', () => {
		expect(fileKind('a.txt')).toBe('text');
		expect(fileKind('Notes.MD')).toBe('markdown');
		expect(fileKind('page.HTM')).toBe('html');
		expect(fileKind('page.html')).toBe('html');
		expect(fileKind('report.pdf')).toBeNull();
		expect(fileKind('no-extension')).toBeNull();
	});

	it('refuses another type, an empty file and a file over 2 MB before reading it', () => {
		expect(fileProblem('report.pdf', 10)).toMatch(/not a file Dossier can read/);
		expect(fileProblem('a.txt', 0)).toMatch(/empty/);
		expect(fileProblem('a.txt', MAX_FILE_BYTES + 1)).toMatch(/up to 2 MB/);
		expect(fileProblem('a.txt', MAX_FILE_BYTES)).toBeNull();
	});

	it('tells binary files from text, whatever their name', () => {
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xff, 0xfe]);
		expect(looksBinary(pdf)).toBe(true);
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6]);
		expect(looksBinary(png)).toBe(true);
		const latin1 = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 4 ? 0x61 : 0xe9)));
		expect(looksBinary(latin1)).toBe(true);
		for (const text of english) expect(looksBinary(new TextEncoder().encode(text))).toBe(false);
		expect(looksBinary(new TextEncoder().encode('Café — “quoted” ✓ 日本'))).toBe(false);
	});
});

describe('ids', () => {
	it('makes valid, unique slugs that no pack article has', () => {
		const id = newUserArticleId('Japan’s arms exports: a new rule!', new Date(0));
		expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(isUserArticleId(id)).toBe(true);
		expect(newUserArticleId('', new Date(1000))).not.toBe(newUserArticleId('', new Date(2000)));
		for (const entry of catalog) expect(entry.slug.startsWith(USER_ARTICLE_PREFIX)).toBe(false);
		expect(userFactId(id, 'f-1')).not.toBe('f-1');
	});

	it('takes a copied page’s headline for its words, not the site’s first line', () => {
		const page = readFileSync(
			new URL('../facts/fixtures/heldout-1/26-halvenia-pension-age.txt', import.meta.url),
			'utf8'
		);
		expect(page.startsWith('Skip to main content')).toBe(true);
		expect(idWords(page)).toBe('Halvenia votes to raise state pension age to 67 by 2036');
		expect(newUserArticleId(idWords(page), new Date(0))).toMatch(/^mine-halvenia-votes-/);
		// A text with no headline found: its opening words, as before.
		expect(idWords('Just a note. Nothing here reads as a headline.')).toBe(
			'Just a note. Nothing here reads as a headline.'
		);
	});
});

// @vitest-environment jsdom
/**
 * The HTML path (Readability, DOMPurify, plain paragraphs) on pages saved from real news sites
 * (fixtures/, from Mozilla Readability's test suite: fixtures/README.md): each page's title,
 * publisher, byline, date (or unknown when the page states none), first paragraph, the whole
 * article, and none of the page's menus, share buttons, advertising or related links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { userArticle } from '$lib/domain/user/build';
import { importHtml } from './html';

interface Expected {
	site: string;
	title: string;
	publisher?: string;
	byline?: string;
	/** ISO day, or null when the page states no date. */
	date: string | null;
	firstParagraph: string;
	/** A paragraph from late in the article: the whole article is kept, not only its start. */
	laterParagraph: string;
	/** Text of the page outside the article (menus, share buttons, ads, related links). */
	boilerplate: string[];
}

const DIR = join(process.cwd(), 'src/lib/import/fixtures');
const PAGES = readdirSync(DIR, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

/** Words that only the furniture around an article uses, on any news site. */
const FURNITURE = [
	/^advertisement$/i,
	/^(share|tweet|email|print)( this( story| article)?)?$/i,
	/^share on \w+$/i,
	/^(related|recommended|most (popular|read))( stories| articles)?$/i,
	/^(sign in|log ?in|subscribe|sign up)$/i,
	/^skip to (main )?content$/i
];

/** The paragraphs of an import: the text after its title line. */
function paragraphs(text: string): string[] {
	return text.split('\n\n').slice(1);
}

test('there are saved news pages to test', () => {
	expect(PAGES.length).toBeGreaterThanOrEqual(4);
});

describe.each(PAGES)('%s', (name) => {
	const html = readFileSync(join(DIR, name, 'source.html'), 'utf8');
	const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
	const imported = importHtml(html);
	const paras = paragraphs(imported.text);

	test('title, publisher and byline as the page states them', () => {
		expect(imported.meta.title).toBe(expected.title);
		expect(imported.text.split('\n\n')[0]).toBe(expected.title);
		if (expected.publisher) expect(imported.meta.publisher).toBe(expected.publisher);
		if (expected.byline) expect(imported.meta.byline).toContain(expected.byline);
	});

	test('the date the page states, or unknown when it states none', () => {
		expect(imported.meta.date ?? null).toBe(expected.date);
	});

	test('the article from its first paragraph to its last', () => {
		expect(paras[0]).toBe(expected.firstParagraph);
		expect(paras).toContain(expected.laterParagraph);
		expect(imported.meta.from).toBe('page');
	});

	test('no menu, share button, advertising or related link among the paragraphs', () => {
		for (const text of expected.boilerplate)
			expect(
				paras.filter((p) => p.includes(text)),
				text
			).toEqual([]);
		for (const p of paras) for (const word of FURNITURE) expect(p, String(word)).not.toMatch(word);
	});

	test('saved as an article: its title, and its first paragraph first', async () => {
		const article = await userArticle({
			articleId: `u-${name}`,
			name: `${name}.html`,
			text: imported.text,
			meta: imported.meta
		});
		expect(article.title).toBe(expected.title);
		expect(article.paragraphs.find((p) => p.kind === 'body')?.text).toBe(expected.firstParagraph);
		expect(article.published.value ?? null).toBe(expected.date);
	});

	test('plain text: no markup, no address of a script', () => {
		expect(imported.text).not.toMatch(/<\/?[a-z][^>]*>/i);
		expect(imported.text).not.toMatch(/javascript:/i);
	});
});

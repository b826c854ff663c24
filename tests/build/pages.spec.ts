/**
 * What a prerendered page carries: a reader page holds its article's text once (in its
 * HTML, not again in its hydration data or __data.json), and no page carries quiz items,
 * which only the review deck reads from IndexedDB. Reads build/ (run after `vite build`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/lib/domain/pack-format';

const pack = JSON.parse(readFileSync('build/pack.json', 'utf8')) as Pack;

/** How often `needle` occurs in `haystack`. */
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The text as the HTML and the serialized data write it (quotes and ampersands escaped). */
const forms = (text: string) => [
	text,
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
	JSON.stringify(text).slice(1, -1)
];

/** Sentences a fact quotes or states: the page's key facts carry those as well. */
const quoted = new Set(pack.facts.flatMap((f) => [f.statement, ...f.evidence.map((e) => e.text)]));

for (const article of pack.articles) {
	test(`the reader page of ${article.id} carries each paragraph once`, () => {
		const html = readFileSync(`build/read/${article.id}.html`, 'utf8');
		const data = readFileSync(`build/read/${article.id}/__data.json`, 'utf8');
		expect(data).not.toContain('paragraphs');
		const paragraphs = article.paragraphs.filter((p) => p.text.length > 60 && !quoted.has(p.text));
		expect(paragraphs.length).toBeGreaterThan(2);
		for (const { text } of paragraphs) {
			const seen = Math.max(...forms(text).map((form) => count(html, form)));
			expect(seen, text).toBe(1);
			expect(Math.max(...forms(text).map((form) => count(data, form))), text).toBe(0);
		}
	});
}

test('no page carries quiz items', () => {
	const prompts = pack.facts.flatMap((f) => f.quiz.map((q) => q.prompt)).filter((p) => p.length > 40);
	expect(prompts.length).toBeGreaterThan(0);
	const pages = ['index.html', 'facts.html', 'review.html', ...pack.articles.map((a) => `read/${a.id}.html`)];
	for (const page of pages) {
		const html = readFileSync(`build/${page}`, 'utf8');
		for (const prompt of prompts) expect(html.includes(JSON.stringify(prompt).slice(1, -1)), page).toBe(false);
	}
});

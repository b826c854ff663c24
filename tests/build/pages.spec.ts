/**
 * What a prerendered page carries: no page carries quiz items, which only the review deck
 * reads (from IndexedDB); they once made up half of a reader page. Reads build/ (run after
 * `vite build`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/lib/domain/pack-format';

const pack = JSON.parse(readFileSync('build/pack.json', 'utf8')) as Pack;

test('no page carries quiz items', () => {
	const prompts = pack.facts.flatMap((f) => f.quiz.map((q) => q.prompt)).filter((p) => p.length > 40);
	expect(prompts.length).toBeGreaterThan(0);
	const pages = ['index.html', 'facts.html', 'review.html', ...pack.articles.map((a) => `read/${a.id}.html`)];
	for (const page of pages) {
		const html = readFileSync(`build/${page}`, 'utf8');
		for (const prompt of prompts) expect(html.includes(JSON.stringify(prompt).slice(1, -1)), page).toBe(false);
	}
});

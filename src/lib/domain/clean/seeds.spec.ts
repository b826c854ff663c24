/**
 * The five launch articles against goldens written by reading each raw capture
 * (golden/<slug>.json): title, stated metadata, every paragraph in order, and the
 * boilerplate that must be gone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCleaning, readExpectation } from './expect-cleaned';

const content = new URL('../../../../content/', import.meta.url);
const golden = new URL('./golden/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('catalog.json', content), 'utf8')) as {
	file: string;
	slug: string;
}[];

describe('seed articles', () => {
	it('has a golden for every catalog entry, naming the same file', () => {
		expect(catalog).toHaveLength(5);
		for (const { file, slug } of catalog) {
			expect(readExpectation(new URL(`${slug}.json`, golden)).file).toBe(file);
		}
	});

	for (const { file, slug } of catalog) {
		const raw = readFileSync(new URL(`articles/${file}`, content), 'utf8');
		describeCleaning(raw, readExpectation(new URL(`${slug}.json`, golden)));
	}
});

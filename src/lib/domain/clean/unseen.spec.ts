/**
 * Raw articles the cleaner was not written against (team-written, in the seeds' raw style,
 * with boilerplate the seeds lack). Their expectations were written before the cleaner
 * first ran on them; a failure here means the cleaner does not generalise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCleaning, readExpectation } from './expect-cleaned';

const fixtures = new URL('./fixtures/', import.meta.url);
const names = readdirSync(fixtures)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => f.replace(/\.txt$/, ''))
	.sort();

describe('unseen raw articles', () => {
	it('has at least three fixtures, each with an expectation', () => {
		expect(names.length).toBeGreaterThanOrEqual(3);
		for (const name of names) {
			expect(readExpectation(new URL(`${name}.expected.json`, fixtures)).file).toBe(`${name}.txt`);
		}
	});

	for (const name of names) {
		const raw = readFileSync(new URL(`${name}.txt`, fixtures), 'utf8');
		describeCleaning(raw, readExpectation(new URL(`${name}.expected.json`, fixtures)));
	}
});

/**
 * A long article of real news prose, for tests (Node only): the paragraphs of the unseen facts
 * fixtures, their title lines left out and only whole sentences of 12 words or more kept, file
 * by file until `words` words, under one title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../domain/text';

const UNSEEN = new URL('../domain/facts/fixtures/unseen/', import.meta.url);

export function longNewsText(words: number): string {
	const paragraphs: string[] = [];
	let count = 0;
	for (const name of readdirSync(UNSEEN)
		.filter((n) => n.endsWith('.txt'))
		.sort()) {
		for (const p of readFileSync(new URL(name, UNSEEN), 'utf8')
			.split(/\n\s*\n/)
			.slice(1)) {
			const text = p.replace(/\s+/g, ' ').trim();
			if (countWords(text) < 12 || !/[.!?”"]$/.test(text)) continue;
			paragraphs.push(text);
			count += countWords(text);
		}
		if (count >= words) break;
	}
	return ['Budgets, quotas and tariffs in five countries', ...paragraphs].join('\n\n');
}

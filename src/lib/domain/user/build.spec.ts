import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildUserArticle, withMeta } from './build';

const TEXT = readFileSync(
	new URL('../facts/fixtures/unseen/02-kestria-budget.txt', import.meta.url),
	'utf8'
);
const input = (text: string, meta = {}) => ({
	articleId: 'mine-test-1',
	name: 'Pasted text',
	text,
	meta
});

describe('buildUserArticle', () => {
	it('builds the article as the pack would, with facts under its own ids', async () => {
		const { article, facts } = await buildUserArticle(input(TEXT));
		expect(article.origin).toBe('imported');
		expect(article.id).toBe('mine-test-1');
		expect(article.source).toBe('Pasted text');
		expect(article.paragraphs.some((p) => p.kind === 'body')).toBe(true);
		expect(facts.length).toBeGreaterThan(0);
		for (const fact of facts) {
			expect(fact.id.startsWith('mine-test-1.')).toBe(true);
			expect(fact.articleIds).toEqual(['mine-test-1']);
			for (const e of fact.evidence)
				expect(article.paragraphs[e.paragraph]!.text.slice(e.start, e.end)).toBe(e.text);
		}
	});

	it('never invents a date: a text without one stays undated, and a cleared date is unknown', async () => {
		const undated =
			'Kestria raised its rail budget.\n\nThe government of Kestria said it would double its rail budget to 4 billion crowns, the finance minister told parliament.';
		const { article } = await buildUserArticle(input(undated));
		expect(article.published).toEqual({ precision: 'unknown', basis: 'none' });
		const cleared = await buildUserArticle(input(TEXT, { date: null }));
		expect(cleared.article.published.precision).toBe('unknown');
	});

	it('takes the title, publisher, date and address the page or the user states', async () => {
		const { article } = await buildUserArticle(
			input(TEXT, {
				title: 'Kestria budget',
				publisher: 'The Harbour Gazette',
				date: '2025-02-05',
				from: 'page',
				url: 'https://news.example/kestria'
			})
		);
		expect(article.title).toBe('Kestria budget');
		expect(article.publisher).toMatchObject({ name: 'The Harbour Gazette', basis: 'stated' });
		expect(article.published).toMatchObject({ precision: 'day', value: '2025-02-05' });
		expect(article.source).toBe('https://news.example/kestria');
	});

	it('refuses what holds no article, saying why', async () => {
		await expect(buildUserArticle(input(''))).rejects.toThrow(/no text to add/);
		await expect(buildUserArticle(input('one\ntwo\nthree'))).rejects.toThrow(/no sentences/);
		expect(() => withMeta({} as never, { date: '27 March' })).toThrow(/not a date/);
	});

	it('keeps markup in the text as text', async () => {
		const text =
			'A hostile title\n\nThe page said <script>alert(1)</script> and <img src=x onerror=alert(2)> in its text, the minister said on Monday.';
		const { article } = await buildUserArticle(input(text));
		expect(article.paragraphs.map((p) => p.text).join(' ')).toContain('<script>alert(1)</script>');
	});
});

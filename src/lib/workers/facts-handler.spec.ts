import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearMemos } from '$lib/domain/facts/memo';
import { factsReport } from '$lib/domain/facts/report';
import { countWords } from '$lib/domain/text';
import { buildUserArticle, OPENING_WORDS, type AddInput } from '$lib/domain/user/build';
import { longNewsText } from '$lib/testing/long-article';
import { handleFacts } from './facts-handler';
import type { FactsRequest, FactsResponse } from './facts-protocol';

const UNSEEN = new URL('../domain/facts/fixtures/unseen/', import.meta.url);

const LONG = longNewsText(3 * OPENING_WORDS);
const SHORT = readFileSync(new URL('02-kestria-budget.txt', UNSEEN), 'utf8');
const add = (text: string): AddInput => ({
	articleId: 'mine-test-1',
	name: 'Pasted text',
	text,
	meta: {}
});

async function answers(request: FactsRequest): Promise<FactsResponse[]> {
	const replies: FactsResponse[] = [];
	await handleFacts(request, (reply) => replies.push(reply));
	return replies;
}

describe('the facts worker, progressively', () => {
	it('answers a long article with the facts of its opening, then exactly the whole article’s', async () => {
		clearMemos();
		const [partial, final, ...more] = await answers({ id: 7, add: add(LONG), progressive: true });
		expect(more).toEqual([]);
		if (!partial?.ok || !('built' in partial) || !final?.ok || !('built' in final))
			throw new Error(`Expected two built answers, got ${JSON.stringify([partial, final])}`);
		expect(partial).toMatchObject({ id: 7, partial: true });
		expect('partial' in final).toBe(false);
		// The partial answer is the whole article, with fewer facts, all from its opening.
		expect(partial.built.article).toEqual(final.built.article);
		expect(partial.built.facts.length).toBeGreaterThan(0);
		expect(partial.built.facts.length).toBeLessThan(final.built.facts.length);
		const body = final.built.article.paragraphs.map((p) =>
			p.kind === 'body' ? countWords(p.text) : 0
		);
		for (const fact of partial.built.facts)
			for (const e of fact.evidence) {
				const before = body.slice(0, e.paragraph).reduce((a, b) => a + b, 0);
				expect(before).toBeLessThan(OPENING_WORDS);
			}
		expect(final.steps?.opening).toBeGreaterThan(0);
		// The final list is what a build without the opening gives, byte for byte, cold or warm.
		clearMemos();
		const alone = await buildUserArticle(add(LONG));
		expect(JSON.stringify(final.built)).toBe(JSON.stringify(alone));
		const [plain, ...others] = await answers({ id: 8, add: add(LONG) });
		expect(others).toEqual([]);
		expect(plain && 'built' in plain && JSON.stringify(plain.built)).toBe(JSON.stringify(alone));
	}, 60_000);

	it('answers a short article once, with its final facts', async () => {
		const replies = await answers({ id: 3, add: add(SHORT), progressive: true });
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ id: 3, ok: true });
		expect('partial' in replies[0]!).toBe(false);
	}, 60_000);

	it('does the same for the Key facts screen’s pasted text', async () => {
		const files = [{ name: 'pasted.txt', text: LONG }];
		const [partial, final, ...more] = await answers({ id: 4, files, progressive: true });
		expect(more).toEqual([]);
		if (!partial?.ok || !('report' in partial) || !final?.ok || !('report' in final))
			throw new Error('Expected two reports');
		expect(partial.partial).toBe(true);
		expect(partial.report.articles).toEqual(final.report.articles);
		expect(partial.report.facts.length).toBeLessThan(final.report.facts.length);
		expect(JSON.stringify(final.report)).toBe(JSON.stringify(await factsReport(files)));
	}, 60_000);

	it('answers a text that holds no article with its reason only, no partial answer', async () => {
		expect(await answers({ id: 5, add: add(''), progressive: true })).toEqual([
			{ id: 5, ok: false, message: expect.stringMatching(/no text to add/) }
		]);
		expect(
			await answers({ id: 6, files: [{ name: 'empty.txt', text: ' ' }], progressive: true })
		).toEqual([{ id: 6, ok: false, message: 'empty.txt: the file is empty.' }]);
	});
});

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AddInput, BuiltArticle } from '$lib/domain/user/build';
import { makeArticle, makeFact } from '$lib/testing/factories';
import { clock, testDatabase } from './testing';

/** The worker as the state sees it: each build hands over its opening, then waits for `finish`. */
const worker = vi.hoisted(() => ({
	calls: [] as { input: unknown; opening: boolean }[],
	finish: (() => undefined) as (result: unknown) => void,
	fail: (() => undefined) as (error: Error) => void,
	partial: null as unknown
}));

vi.mock('$lib/workers/facts-client', () => ({
	warmUpFactsWorker: () => undefined,
	buildInWorker: (
		input: AddInput,
		_timeout?: number,
		onOpening?: (partial: { built: BuiltArticle; ms: number }) => void
	) => {
		worker.calls.push({ input, opening: onOpening !== undefined });
		return new Promise((resolve, reject) => {
			worker.finish = resolve;
			worker.fail = reject;
			if (onOpening && worker.partial)
				queueMicrotask(() => onOpening(worker.partial as { built: BuiltArticle; ms: number }));
		});
	}
}));

const { AddArticle } = await import('./add-article.svelte');

const article = makeArticle({ id: 'mine-1', origin: 'imported', title: 'A long article' });
const opening: BuiltArticle = { article, facts: [makeFact(article, { id: 'mine-1.f1' })] };
const whole: BuiltArticle = {
	article,
	facts: [
		makeFact(article, { id: 'mine-1.f1' }),
		makeFact(article, { id: 'mine-1.f2' }),
		makeFact(article, { id: 'mine-1.f3' })
	]
};
const TEXT = 'A long article\n\nIt has sentences. Many of them, said the minister on Monday.';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A preview of TEXT whose opening's facts are on screen while the rest is read. */
async function previewShowingOpening() {
	const { local } = await testDatabase(0);
	const add = new AddArticle(local, clock);
	worker.partial = { built: opening, ms: 5 };
	add.text = TEXT;
	const previewing = add.makePreview();
	await vi.waitFor(() => expect(add.reading).toBe(true));
	return { local, add, previewing };
}

describe('adding a long article', () => {
	it('shows the opening’s facts, saves nothing until the whole list came, then saves that list', async () => {
		const { local, add, previewing } = await previewShowingOpening();
		expect(worker.calls.at(-1)!.opening).toBe(true);
		expect(add.phase).toBe('preview');
		expect(add.preview!.built.facts.map((f) => f.id)).toEqual(['mine-1.f1']);
		expect(add.fields.title).toBe('A long article');
		// Save refuses while the rest is read: the opening is never saved.
		expect(await add.save()).toBe(false);
		expect(add.phase).toBe('preview');
		expect(await local.run((db) => db.get('articles', 'mine-1'))).toBeUndefined();
		// A title corrected meanwhile stays corrected when the whole list comes.
		add.fields.title = 'A long article, corrected';

		worker.finish({ built: whole, ms: 50 });
		await previewing;
		expect(add.reading).toBe(false);
		expect(add.preview!.built.facts.map((f) => f.id)).toEqual([
			'mine-1.f1',
			'mine-1.f2',
			'mine-1.f3'
		]);
		expect(add.fields.title).toBe('A long article, corrected');
		worker.partial = null;
		const saving = add.save();
		// The corrected title is derived again in the worker: the whole article, no opening.
		await vi.waitFor(() => expect(worker.calls).toHaveLength(2));
		expect(worker.calls[1]!.opening).toBe(false);
		worker.finish({
			built: { ...whole, article: { ...article, title: 'A long article, corrected' } },
			ms: 50
		});
		expect(await saving).toBe(true);
		const facts = await local.run((db) => db.getAllFromIndex('facts', 'articleIds', 'mine-1'));
		expect(facts.map((f) => f.id).sort()).toEqual(['mine-1.f1', 'mine-1.f2', 'mine-1.f3']);
	});

	it('shows the cards again, saving nothing, when a corrected detail changes them', async () => {
		const quiz = (id: string, answer: string) => [
			{ id: `${id}:cloze`, type: 'cloze' as const, prompt: `It was _____.`, answer, claim: answer }
		];
		const first: BuiltArticle = {
			article,
			facts: [makeFact(article, { id: 'mine-1.f1', quiz: quiz('mine-1.f1', 'Monday') })]
		};
		const { local } = await testDatabase(0);
		const add = new AddArticle(local, clock);
		worker.partial = null;
		add.text = TEXT;
		const calls = worker.calls.length;
		const previewing = add.makePreview();
		await vi.waitFor(() => expect(worker.calls).toHaveLength(calls + 1));
		worker.finish({ built: first, ms: 5 });
		await previewing;
		add.chooseCard('mine-1.f1', false);

		// The date placed "on Monday" elsewhere: another card, and one the learner never saw.
		add.fields.date = '2024-03-27';
		const dated = {
			...article,
			published: {
				precision: 'day' as const,
				value: '2024-03-27',
				basis: 'dateline' as const,
				evidence: 'Entered when the article was added'
			}
		};
		const rebuilt: BuiltArticle = {
			article: dated,
			facts: [
				makeFact(article, { id: 'mine-1.f1', quiz: quiz('mine-1.f1', '25 March 2024') }),
				makeFact(article, { id: 'mine-1.f2', quiz: quiz('mine-1.f2', 'the ministry') })
			]
		};
		const saving = add.save();
		await vi.waitFor(() => expect(worker.calls).toHaveLength(calls + 2));
		worker.finish({ built: rebuilt, ms: 5 });
		expect(await saving).toBe(false);
		expect(add.phase).toBe('preview');
		expect(add.error).toMatch(/check the cards, then save again/);
		expect(add.preview!.built).toBe(rebuilt);
		expect(add.leftOut).toEqual(['mine-1.f1']);
		expect(await local.run((db) => db.get('articles', 'mine-1'))).toBeUndefined();

		// Saved as now shown: the card left out stays out, the new one goes to reviews.
		expect(await add.save()).toBe(true);
		const cards = await local.run((db) => db.getAllFromIndex('cards', 'articleIds', 'mine-1'));
		expect(cards.map((c) => [c.id, c.suspended ?? null]).sort()).toEqual([
			['mine-1.f1', 'user'],
			['mine-1.f2', null]
		]);
	});

	it('takes the opening away and says why when the whole article fails', async () => {
		const { add, previewing } = await previewShowingOpening();
		worker.fail(new Error('Finding the facts took longer than 45 seconds, so it was stopped.'));
		await previewing;
		expect(add.preview).toBeNull();
		expect(add.reading).toBe(false);
		expect(add.phase).toBe('input');
		expect(add.error).toMatch(/took longer than 45 seconds/);
	});

	it('drops the answers of a preview the user left for another paste', async () => {
		const { local } = await testDatabase(0);
		const add = new AddArticle(local, clock);
		worker.partial = null;
		add.text = TEXT;
		const previewing = add.makePreview();
		await tick();
		add.fromPaste('Another text', null);
		worker.finish({ built: whole, ms: 50 });
		await previewing;
		expect(add.preview).toBeNull();
		expect(add.phase).toBe('input');
	});
});

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { searchDocuments } from '$lib/domain/search/documents';
import { LibrarySearch } from '$lib/state/search.svelte';
import { testDatabase } from '$lib/state/testing';
import { makeArticle } from '$lib/testing/factories';
import { searchHandler } from './search-handler';
import type { SearchRequest } from './search-protocol';

vi.mock('./search.worker.ts?worker&url', () => ({ default: '/search.worker.js' }));

const { SearchWorker, SearchWorkerLost } = await import('./search-client');

/**
 * The search worker's own handler behind a fake Worker: each answer comes after the delay
 * `delayOf` gives its request (so answers can come back out of order), or an error event.
 */
class FakeWorker extends EventTarget {
	terminated = false;
	readonly handle = searchHandler();
	constructor(private delayOf: (request: SearchRequest) => number | 'crash' = () => 1) {
		super();
	}
	postMessage(request: SearchRequest) {
		const delay = this.delayOf(request);
		if (delay === 'crash') {
			setTimeout(
				() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' })),
				1
			);
			return;
		}
		const reply = this.handle(request);
		setTimeout(() => {
			if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: reply }));
		}, delay);
	}
	terminate() {
		this.terminated = true;
	}
}

const article = makeArticle({
	id: 'mine',
	title: 'Notes on aardvarks',
	paragraphs: [
		{ kind: 'body', text: 'An intro.' },
		{ kind: 'body', text: 'Aardvarks dig at night. They eat ants.' }
	]
});

describe('SearchWorker', () => {
	it('builds the index in the worker and answers from it', async () => {
		const client = new SearchWorker(() => new FakeWorker() as unknown as Worker);
		await client.sync(searchDocuments([article], []));
		const results = await client.search('aardvark');
		expect(results.articles[0]?.hits.map((h) => h.paragraph)).toEqual([null, 1]);
	});

	it('rejects what was pending when the worker fails, and starts a new one next time', async () => {
		const created: FakeWorker[] = [];
		const client = new SearchWorker(() => {
			const worker = new FakeWorker(created.length === 0 ? () => 'crash' : () => 1);
			created.push(worker);
			return worker as unknown as Worker;
		});
		await expect(client.sync(searchDocuments([article], []))).rejects.toBeInstanceOf(
			SearchWorkerLost
		);
		expect(created[0]!.terminated).toBe(true);
		await client.sync(searchDocuments([article], []));
		expect((await client.search('ants')).total).toBe(1);
		expect(created).toHaveLength(2);
	});
});

describe('LibrarySearch with its index in a worker', () => {
	it('never lets a slow answer replace the answer to a later query', async () => {
		const test = await testDatabase();
		// "a" (the first query) is answered after 60 ms, anything else at once.
		const worker = new FakeWorker((r) => (r.type === 'search' && r.query === 'a' ? 60 : 1));
		const search = new LibrarySearch({
			source: test.local,
			backend: () => new SearchWorker(() => worker as unknown as Worker)
		});
		await search.prepare();
		search.search('a');
		search.search('paragraph');
		await vi.waitFor(() => expect(search.results?.query).toBe('paragraph'));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(search.results?.query).toBe('paragraph');
	});

	it('says the search stopped when the worker fails, and a retry builds the index again', async () => {
		const test = await testDatabase();
		let crashes = 1;
		const search = new LibrarySearch({
			source: test.local,
			backend: () =>
				new SearchWorker(
					() =>
						new FakeWorker((r) =>
							r.type === 'search' && crashes-- > 0 ? 'crash' : 1
						) as unknown as Worker
				)
		});
		await search.prepare();
		search.search('paragraph');
		await vi.waitFor(() => expect(search.status).toBe('error'));
		expect(search.error).toMatch(/search stopped/);
		await search.prepare();
		expect(search.status).toBe('ready');
		expect(search.results?.total).toBeGreaterThan(0);
	});
});

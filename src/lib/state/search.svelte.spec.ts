import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDossierDB } from '$lib/db/open';
import { makeArticle } from '$lib/testing/factories';
import { LibrarySearch } from './search.svelte';
import { testDatabase } from './testing';

const mine = makeArticle({
	id: 'mine',
	title: 'Notes on aardvarks',
	origin: 'imported',
	paragraphs: [
		{ kind: 'body', text: 'An intro.' },
		{ kind: 'body', text: 'Aardvarks dig at night. They eat ants.' }
	]
});

/** A search on a fresh two-article library, counting how often the index code loads. */
async function setup() {
	const test = await testDatabase();
	let engineLoads = 0;
	const search = new LibrarySearch({
		source: test.local,
		engine: () => {
			engineLoads++;
			return import('$lib/domain/search/engine');
		}
	});
	const write = async (
		work: (db: Awaited<ReturnType<typeof openDossierDB>>) => Promise<unknown>
	) => {
		const db = await openDossierDB(test.name);
		await work(db);
		db.close();
	};
	return { test, search, write, engineLoads: () => engineLoads };
}

describe('LibrarySearch', () => {
	it('loads nothing until asked, then builds the index from the stored library', async () => {
		const { search, engineLoads } = await setup();
		expect(search.status).toBe('idle');
		expect(engineLoads()).toBe(0);
		search.search('paragraph');
		expect(search.results).toBeNull();
		const preparing = search.prepare();
		expect(search.status).toBe('loading');
		await preparing;
		expect(search.status).toBe('ready');
		expect(engineLoads()).toBe(1);
		// Two titles, two paragraphs and three facts; the query typed before is answered.
		expect(search.documents).toBe(7);
		expect(search.results?.articles.map((a) => a.articleId).sort()).toEqual(['a', 'b']);
	});

	it('answers nothing for an empty query', async () => {
		const { search } = await setup();
		await search.prepare();
		search.search('   ');
		expect(search.results).toBeNull();
	});

	it('finds an article added after the index was built, and forgets a deleted one', async () => {
		const { search, write } = await setup();
		await search.prepare();
		search.search('aardvark');
		expect(search.results?.total).toBe(0);

		await write((db) => db.put('articles', mine));
		await search.prepare();
		const group = search.results?.articles[0];
		expect(group?.articleId).toBe('mine');
		// The title first, then the paragraph it lands on.
		expect(group?.hits.map((h) => [h.paragraph, h.snippet.text])).toEqual([
			[null, 'Notes on aardvarks'],
			[1, 'Aardvarks dig at night.']
		]);

		await write((db) => db.delete('articles', 'mine'));
		await search.prepare();
		expect(search.results?.total).toBe(0);
		expect(search.documents).toBe(7);
	});

	it('does not read the library again while it is unchanged', async () => {
		const { search, write } = await setup();
		await search.prepare();
		// Changed behind the index's back without a new key: the fingerprint says unchanged,
		// so the old text is still what it finds (the index is kept, not rebuilt).
		await write(async (db) => {
			const a = await db.get('articles', 'a');
			await db.put('articles', { ...a!, paragraphs: [{ kind: 'body', text: 'Zebras.' }] });
		});
		await search.prepare();
		search.search('zebras');
		expect(search.results?.total).toBe(0);
	});

	it('says why when the database cannot be opened, and a retry recovers', async () => {
		const { test, search } = await setup();
		test.failNextOpens(1, new DOMException('The user denied permission.', 'SecurityError'));
		await search.prepare();
		expect(search.status).toBe('error');
		expect(search.error).toMatch(/\w/);
		await search.prepare();
		expect(search.status).toBe('ready');
		expect(search.error).toBeNull();
	});
});

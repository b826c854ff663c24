/**
 * Search of the whole library, offline. The index is built on first use in a worker
 * (minisearch and the index code load there, never with the library, reader or review
 * screens, and building it never holds up typing), kept for the rest of the visit, and
 * brought up to date whenever the stored articles or facts change.
 */
import { libraryKeys, readLibrary } from '$lib/db/search-source';
import { passageCount, searchDocuments, signatureOf } from '$lib/domain/search/documents';
import type { SearchResults } from '$lib/domain/search/results';
import { SearchWorker, type SearchBackend } from '$lib/workers/search-client';
import { explain } from './errors';
import { localDb, type DatabaseSource } from './local-db.svelte';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

type Engine = typeof import('$lib/domain/search/engine');

export interface LibrarySearchOptions {
	source?: DatabaseSource;
	/** Keeps the index in this thread, with the index code this loads (tests count the loads). */
	engine?: () => Promise<Engine>;
	/** Where the index is kept; by default a worker. */
	backend?: () => SearchBackend;
}

/** The index in this thread (tests; the app uses the worker). Answers at once. */
export function inThread(load: () => Promise<Engine>): SearchBackend {
	let engine: Engine | null = null;
	let index: ReturnType<Engine['buildSearchIndex']> | null = null;
	return {
		async sync(docs) {
			engine ??= await load();
			if (index) engine.updateSearchIndex(index, docs);
			else index = engine.buildSearchIndex(docs);
		},
		search(query) {
			if (!engine || !index) throw new Error('the index is not built yet');
			return engine.searchIndex(index, query);
		}
	};
}

export class LibrarySearch {
	/** 'loading' only while there is no index yet: a refresh keeps answering from the old one. */
	status = $state<SearchStatus>('idle');
	/** Why the index could not be built, in plain words, else null. */
	error = $state<string | null>(null);
	/** The query as last searched. */
	query = $state('');
	/** The answer to `query`, or null for an empty query or before the index is ready. */
	results = $state.raw<SearchResults | null>(null);
	/** How many passages the index holds (titles, paragraphs, facts). */
	documents = $state(0);
	#source: DatabaseSource;
	#makeBackend: () => SearchBackend;
	#backend: SearchBackend | null = null;
	/** The fingerprint of the library the index holds; null when there is no index. */
	#signature: string | null = null;
	#preparing: Promise<void> | null = null;
	/** Counts queries asked, so that a slow answer never replaces a newer one. */
	#asked = 0;

	constructor(options: LibrarySearchOptions = {}) {
		this.#source = options.source ?? localDb;
		const { engine } = options;
		this.#makeBackend =
			options.backend ?? (engine ? () => inThread(engine) : () => new SearchWorker());
	}

	/**
	 * Builds the index, or brings it up to date when the library changed since (articles
	 * added or deleted, a new pack). Never rejects: `status` and `error` say how it went.
	 */
	prepare(): Promise<void> {
		this.#preparing ??= this.#prepare().finally(() => (this.#preparing = null));
		return this.#preparing;
	}

	/** Searches for `query` now if the index is ready, else as soon as it is. */
	search(query: string): void {
		this.query = query;
		void this.#answer();
	}

	async #prepare(): Promise<void> {
		const hadIndex = this.#signature !== null;
		if (!hadIndex) this.status = 'loading';
		this.error = null;
		try {
			const backend = (this.#backend ??= this.#makeBackend());
			const changed = await this.#source.run(async (db) => {
				const signature = signatureOf(await libraryKeys(db));
				if (signature === this.#signature) return null;
				const { articles, facts } = await readLibrary(db);
				return { signature, docs: searchDocuments(articles, facts) };
			});
			if (changed) {
				// A failed update leaves the index in an unknown state: the next prepare sends it all.
				await backend.sync(changed.docs).catch((error: unknown) => {
					this.#signature = null;
					throw error;
				});
				this.#signature = changed.signature;
				this.documents = passageCount(changed.docs);
			}
			this.status = 'ready';
			await this.#answer();
		} catch (error) {
			this.error = await explain(error);
			// An index built before still answers (from the library as it was).
			this.status = hadIndex && this.#signature !== null ? 'ready' : 'error';
		}
	}

	async #answer(): Promise<void> {
		const query = this.query.trim();
		const asked = ++this.#asked;
		if (!this.#backend || this.#signature === null || !query) {
			this.results = null;
			return;
		}
		try {
			const answer = this.#backend.search(query);
			const results = answer instanceof Promise ? await answer : answer;
			if (asked === this.#asked) this.results = results;
		} catch (error) {
			if (asked !== this.#asked) return;
			// The worker stopped, and its index with it: the next prepare builds it again.
			this.#signature = null;
			this.results = null;
			this.error = await explain(error);
			this.status = 'error';
		}
	}
}

/** The app's search: one index for the whole visit. */
export const librarySearch = new LibrarySearch();

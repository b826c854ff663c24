/**
 * Search of the whole library, offline. The index is built on first use (minisearch and the
 * index code load then, never with the library, reader or review screens), kept for the rest
 * of the visit, and brought up to date whenever the stored articles or facts change.
 */
import { libraryKeys, readLibrary } from '$lib/db/search-source';
import { searchDocuments, signatureOf } from '$lib/domain/search/documents';
import type { SearchResults } from '$lib/domain/search/results';
import type { SearchIndex } from '$lib/domain/search/engine';
import { explain } from './errors';
import { localDb, type DatabaseSource } from './local-db.svelte';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

type Engine = typeof import('$lib/domain/search/engine');

export interface LibrarySearchOptions {
	source?: DatabaseSource;
	/** Loads the index code (tests count the loads). */
	engine?: () => Promise<Engine>;
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
	/** How many documents the index holds (titles, paragraphs, facts). */
	documents = $state(0);
	#source: DatabaseSource;
	#loadEngine: () => Promise<Engine>;
	#engine: Engine | null = null;
	#index: SearchIndex | null = null;
	#signature: string | null = null;
	#preparing: Promise<void> | null = null;

	constructor(options: LibrarySearchOptions = {}) {
		this.#source = options.source ?? localDb;
		this.#loadEngine = options.engine ?? (() => import('$lib/domain/search/engine'));
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
		this.#answer();
	}

	async #prepare(): Promise<void> {
		if (!this.#index) this.status = 'loading';
		this.error = null;
		try {
			const engine = (this.#engine ??= await this.#loadEngine());
			await this.#source.run(async (db) => {
				const signature = signatureOf(await libraryKeys(db));
				if (this.#index && signature === this.#signature) return;
				const { articles, facts } = await readLibrary(db);
				const docs = searchDocuments(articles, facts);
				if (this.#index) engine.updateSearchIndex(this.#index, docs);
				else this.#index = engine.buildSearchIndex(docs);
				this.#signature = signature;
				this.documents = this.#index.docs.size;
			});
			this.status = 'ready';
			this.#answer();
		} catch (error) {
			this.error = await explain(error);
			// An index built before still answers (from the library as it was).
			this.status = this.#index ? 'ready' : 'error';
		}
	}

	#answer(): void {
		const query = this.query.trim();
		if (!this.#index || !this.#engine || !query) {
			this.results = null;
			return;
		}
		this.results = this.#engine.searchIndex(this.#index, query);
	}
}

/** The app's search: one index for the whole visit. */
export const librarySearch = new LibrarySearch();

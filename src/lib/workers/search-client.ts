/**
 * The search index in its worker, started on first use and kept for the visit. The worker is
 * small (minisearch and the index code, about 9 kB gzip) and precached, so search works
 * offline from the first visit, as the rest of the app does.
 */
import type { SearchDoc } from '$lib/domain/search/documents';
import type { SearchResults } from '$lib/domain/search/results';
import type { SearchRequest, SearchResponse } from './search-protocol';
import url from './search.worker.ts?worker&url';

export const SEARCH_WORKER_URL: string = url;

type WorkerLike = Pick<
	Worker,
	'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'
>;

type Request = { type: 'sync'; docs: SearchDoc[] } | { type: 'search'; query: string };
type Reply = Extract<SearchResponse, { ok: true }>;

/** Where the index is kept: answers may come back later than asked (from the worker). */
export interface SearchBackend {
	/** Makes the index hold exactly `docs`: builds it the first time, then updates it in place. */
	sync(docs: SearchDoc[]): Promise<void>;
	/** The answer to `query`, now (in this thread) or later (from a worker). */
	search(query: string): SearchResults | Promise<SearchResults>;
}

/** The index in a worker. When the worker fails, every pending request is rejected and it goes. */
export class SearchWorker implements SearchBackend {
	#worker: WorkerLike | undefined;
	#nextId = 1;
	readonly #pending = new Map<
		number,
		{ resolve: (r: Reply) => void; reject: (e: Error) => void }
	>();
	readonly #create: () => WorkerLike;

	constructor(create: () => WorkerLike = () => new Worker(SEARCH_WORKER_URL, { type: 'module' })) {
		this.#create = create;
	}

	async sync(docs: SearchDoc[]): Promise<void> {
		await this.#run({ type: 'sync', docs });
	}

	async search(query: string): Promise<SearchResults> {
		const reply = await this.#run({ type: 'search', query });
		if (reply.type !== 'search') throw new Error('The search worker answered another question.');
		return reply.results;
	}

	#run(request: Request): Promise<Reply> {
		const worker = (this.#worker ??= this.#start());
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			worker.postMessage({ id, ...request } as SearchRequest);
		});
	}

	#start(): WorkerLike {
		const worker = this.#create();
		worker.addEventListener('message', ((event: MessageEvent<SearchResponse>) => {
			const pending = this.#pending.get(event.data.id);
			if (!pending) return;
			this.#pending.delete(event.data.id);
			if (event.data.ok) pending.resolve(event.data);
			else pending.reject(new SearchError(`The search failed: ${event.data.message}.`));
		}) as EventListener);
		worker.addEventListener('error', ((event: ErrorEvent) => {
			// Its index is gone with it: the next request starts a new worker, which must be synced.
			worker.terminate();
			if (this.#worker === worker) this.#worker = undefined;
			const error = new SearchWorkerLost(
				`The search stopped: ${event.message || 'its code could not be loaded'}.`
			);
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
		}) as EventListener);
		return worker;
	}
}

/** A search that failed, with a message written for the reader. */
export class SearchError extends Error {
	override name = 'SearchError';
}

/** The worker stopped (and its index with it): the library must be sent again. */
export class SearchWorkerLost extends SearchError {
	override name = 'SearchWorkerLost';
}

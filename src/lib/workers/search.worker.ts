/**
 * The library's search index in a Web Worker: building it (seconds at 1,000 articles) and
 * answering queries never hold up typing or scrolling. The index lives as long as the worker,
 * that is for the visit; the app sends the library's documents whenever they changed.
 */
import {
	buildSearchIndex,
	searchIndex,
	updateSearchIndex,
	type SearchIndex
} from '$lib/domain/search/engine';
import type { SearchRequest, SearchResponse } from './search-protocol';

let index: SearchIndex | null = null;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
	const started = performance.now();
	const reply = (message: SearchResponse) => self.postMessage(message);
	const request = event.data;
	const ms = () => performance.now() - started;
	try {
		if (request.type === 'sync') {
			let change = null;
			if (index) change = updateSearchIndex(index, request.docs);
			else index = buildSearchIndex(request.docs);
			reply({ id: request.id, ok: true, type: 'sync', change, ms: ms() });
		} else {
			if (!index) throw new Error('the index is not built yet');
			const results = searchIndex(index, request.query);
			reply({ id: request.id, ok: true, type: 'search', results, ms: ms() });
		}
	} catch (error) {
		reply({
			id: request.id,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};

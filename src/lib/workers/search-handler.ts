/** What the search worker does with a request: the index it keeps, and the answer. */
import {
	buildSearchIndex,
	searchIndex,
	updateSearchIndex,
	type SearchIndex
} from '$lib/domain/search/engine';
import type { SearchRequest, SearchResponse } from './search-protocol';

/** A search index kept between requests (one per worker). */
export function searchHandler(): (request: SearchRequest) => SearchResponse {
	let index: SearchIndex | null = null;
	return (request) => {
		const started = performance.now();
		const ms = () => performance.now() - started;
		try {
			if (request.type === 'sync') {
				let change = null;
				if (index) change = updateSearchIndex(index, request.docs);
				else index = buildSearchIndex(request.docs);
				return { id: request.id, ok: true, type: 'sync', change, ms: ms() };
			}
			if (!index) throw new Error('the index is not built yet');
			const results = searchIndex(index, request.query);
			return { id: request.id, ok: true, type: 'search', results, ms: ms() };
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return { id: request.id, ok: false, message };
		}
	};
}

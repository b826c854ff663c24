/** Messages between the app and the search worker. */
import type { SearchDoc } from '$lib/domain/search/documents';
import type { IndexChange } from '$lib/domain/search/engine';
import type { SearchResults } from '$lib/domain/search/results';

/** Make the index hold exactly `docs` (build it, or bring it up to date), or answer a query. */
export type SearchRequest =
	{ id: number; type: 'sync'; docs: SearchDoc[] } | { id: number; type: 'search'; query: string };

export type SearchResponse =
	| { id: number; ok: true; type: 'sync'; change: IndexChange | null; ms: number }
	| { id: number; ok: true; type: 'search'; results: SearchResults; ms: number }
	| { id: number; ok: false; message: string };

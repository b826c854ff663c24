/**
 * The library's search index: the one module that imports minisearch (loaded only when search
 * is used). Builds the index, keeps it in step with a changed library, and answers queries.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDoc } from './documents';
import { PREFIX_FROM, typosAllowed } from './locate';
import { groupHits, type SearchResults } from './results';
import { foldWord, tokenize } from './words';

export interface SearchIndex {
	mini: MiniSearch<SearchDoc>;
	/** Every indexed document by id: the text of a hit comes from here. */
	docs: Map<string, SearchDoc>;
}

/**
 * Prefix from 3 letters ("pat" finds "Patriot"; fewer would match most of a large library);
 * one typo from 5 letters, two from 10 (more would find unrelated words, and slowly). A word
 * in a title counts most.
 */
const QUERY_OPTIONS: SearchOptions = {
	prefix: (term) => term.length >= PREFIX_FROM,
	fuzzy: (term) => typosAllowed(term) || false,
	boost: { title: 2.5 }
};

/** An article's text is its paragraphs; a fact's is its statement (and it has no title). */
function extractField(doc: SearchDoc, field: string): string | undefined {
	if (field === 'title') return doc.kind === 'article' ? doc.title : undefined;
	if (field === 'text') return doc.kind === 'article' ? doc.paragraphs.join('\n') : doc.text;
	return field === 'id' ? doc.id : undefined;
}

const INDEX_OPTIONS = {
	fields: ['title', 'text'],
	storeFields: [],
	extractField,
	tokenize,
	processTerm: (term: string) => foldWord(term),
	searchOptions: QUERY_OPTIONS
};

function newMiniSearch(): MiniSearch<SearchDoc> {
	return new MiniSearch<SearchDoc>(INDEX_OPTIONS);
}

/** The index as JSON (to measure whether keeping it stored would pay: scripts/bench/search.ts). */
export function serializeSearchIndex(index: SearchIndex): string {
	return JSON.stringify(index.mini);
}

/** An index read back from `serializeSearchIndex`, with the documents it was built from. */
export function loadSearchIndex(json: string, docs: readonly SearchDoc[]): SearchIndex {
	const mini = MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
	return { mini, docs: new Map(docs.map((d) => [d.id, d])) };
}

/** An index of `docs`. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
	const mini = newMiniSearch();
	mini.addAll(docs);
	return { mini, docs: new Map(docs.map((d) => [d.id, d])) };
}

/** What an update changed. */
export interface IndexChange {
	added: number;
	removed: number;
	changed: number;
}

/**
 * Brings `index` in step with `docs` in place: new documents are added, gone ones removed,
 * changed ones replaced; the rest (most of a large library) is not touched.
 */
export function updateSearchIndex(index: SearchIndex, docs: readonly SearchDoc[]): IndexChange {
	const change: IndexChange = { added: 0, removed: 0, changed: 0 };
	const next = new Map(docs.map((d) => [d.id, d]));
	for (const id of index.docs.keys()) {
		if (next.has(id)) continue;
		index.mini.discard(id);
		index.docs.delete(id);
		change.removed++;
	}
	for (const doc of docs) {
		const old = index.docs.get(doc.id);
		if (!old) {
			index.mini.add(doc);
			change.added++;
		} else if (JSON.stringify(old) !== JSON.stringify(doc)) {
			index.mini.replace(doc);
			change.changed++;
		} else continue;
		index.docs.set(doc.id, doc);
	}
	return change;
}

/**
 * The hits for `query`, grouped by article. Every word must match (as a prefix or with a
 * typo) somewhere in an article or fact; when none holds them all, those with any are shown.
 */
export function searchIndex(index: SearchIndex, query: string): SearchResults {
	const words = tokenize(query);
	if (words.length === 0)
		return {
			query,
			total: 0,
			articleCount: 0,
			factCount: 0,
			articles: [],
			facts: [],
			anyWord: false
		};
	let hits = index.mini.search(query, { combineWith: 'AND' });
	const anyWord = hits.length === 0 && words.length > 1;
	if (anyWord) hits = index.mini.search(query, { combineWith: 'OR' });
	return groupHits(
		query,
		hits.map((h) => ({ id: String(h.id), score: h.score, terms: h.terms })),
		index.docs,
		anyWord
	);
}

/** The library screen's state: every article with its reading progress. */
import { progressByArticle } from '$lib/db/progress';
import { compareByDate, summarize, type Article, type ArticleSummary } from '$lib/domain/article';
import { progressStatus, type ProgressStatus, type ReadingProgress } from '$lib/domain/progress';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/**
 * The user's own articles. Most libraries have none: one count on the index, and the articles
 * store's code (with its record checks) loads only when there are some to read.
 */
async function importedArticles(db: DossierDatabase): Promise<Article[]> {
	if ((await db.countFromIndex('articles', 'origin', 'imported')) === 0) return [];
	return (await import('$lib/db/articles')).listImportedArticles(db);
}

export class LibraryState extends Loadable {
	#imported = $state.raw<ArticleSummary[]>([]);
	#prerendered: () => ArticleSummary[];
	/**
	 * The pack's articles as prerendered (the local store holds the same pack: the page syncs
	 * it to its own version) and the user's own articles from the store, newest first.
	 */
	articles = $derived.by(() =>
		this.#imported.length === 0
			? this.#prerendered()
			: [
					// An imported article with a pack article's id takes its place.
					...this.#prerendered().filter((a) => !this.#imported.some((i) => i.id === a.id)),
					...this.#imported
				].sort(compareByDate)
	);
	/** True when the library holds the user's own articles (their delete and re-derive code is needed). */
	get hasOwnArticles(): boolean {
		return this.#imported.length > 0;
	}
	// Replaced as a whole on load, never mutated: no need for a SvelteMap.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	progress = $state.raw<ReadonlyMap<string, ReadingProgress>>(new Map());
	constructor(prerendered: () => ArticleSummary[], options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
		this.#prerendered = prerendered;
	}

	/**
	 * Reads progress and the user's own articles from the local store. The pack's articles are
	 * not read back: deserialising every full text only to list titles was most of a slow
	 * phone's first-visit work on this screen.
	 */
	protected async read(db: DossierDatabase): Promise<void> {
		const [imported, progress] = await Promise.all([importedArticles(db), progressByArticle(db)]);
		this.#imported = imported.map(summarize);
		this.progress = progress;
	}

	/** Unread, reading (with percentage) or finished. */
	progressOf(articleId: string): ProgressStatus {
		return progressStatus(this.progress.get(articleId));
	}
}

/** The library screen's state: every article with its reading progress. */
import { progressByArticle } from '$lib/db/progress';
import { compareByDate, type ArticleSummary } from '$lib/domain/article';
import { progressStatus, type ProgressStatus, type ReadingProgress } from '$lib/domain/progress';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/**
 * The user's own articles, as the list shows them. Most libraries have none: one count on the
 * index, and the summaries' code loads only when there are some. A library of 1,000 is listed
 * from their small summary records, never from 1,000 full texts (see db/article-summaries).
 */
async function importedArticles(db: DossierDatabase): Promise<ArticleSummary[]> {
	if ((await db.countFromIndex('articles', 'origin', 'imported')) === 0) return [];
	return (await import('$lib/db/article-summaries')).listImportedSummaries(db);
}

/**
 * Articles are listed a page at a time: a library of 1,000 would otherwise build 1,000 cards
 * (some 15,000 elements) before the first paint, and a page as long as a book.
 */
export const LIBRARY_PAGE = 50;

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
	#shown = $state(LIBRARY_PAGE);
	/** The articles listed so far: the first pages of `articles`. */
	listed = $derived(this.articles.slice(0, this.#shown));
	/** Lists one more page. */
	showMore(): void {
		this.#shown += LIBRARY_PAGE;
	}
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
	 * Reads progress and the user's own articles' summaries from the local store. No full text
	 * is read back: deserialising every text only to list titles was most of a slow phone's
	 * first-visit work on this screen (the pack's) and 2 s at 1,000 articles (the user's).
	 */
	protected async read(db: DossierDatabase): Promise<void> {
		const [imported, progress] = await Promise.all([importedArticles(db), progressByArticle(db)]);
		this.#imported = imported;
		this.progress = progress;
	}

	/** Unread, reading (with percentage) or finished. */
	progressOf(articleId: string): ProgressStatus {
		return progressStatus(this.progress.get(articleId));
	}
}

/** The library screen's state: every stored article with its reading progress. */
import { listArticles } from '$lib/db/articles';
import { progressByArticle } from '$lib/db/progress';
import type { DossierDatabase } from '$lib/db/schema';
import { compareByDate, summarize, type ArticleSummary } from '$lib/domain/article';
import { progressStatus, type ProgressStatus, type ReadingProgress } from '$lib/domain/progress';

export class LibraryState {
	#stored = $state.raw<ArticleSummary[] | null>(null);
	#prerendered: () => ArticleSummary[];
	/** The stored articles once read, the prerendered list until then. */
	articles = $derived.by(() => this.#stored ?? this.#prerendered());
	// Replaced as a whole on load, never mutated: no need for a SvelteMap.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	progress = $state.raw<ReadonlyMap<string, ReadingProgress>>(new Map());
	/** False until the local store has been read; until then the list is the prerendered one. */
	loaded = $state(false);

	constructor(prerendered: () => ArticleSummary[]) {
		this.#prerendered = prerendered;
	}

	/** Reads articles and progress from the local store, the source of truth. */
	async load(db: DossierDatabase): Promise<void> {
		const [articles, progress] = await Promise.all([listArticles(db), progressByArticle(db)]);
		if (articles.length > 0) this.#stored = articles.map(summarize).sort(compareByDate);
		this.progress = progress;
		this.loaded = true;
	}

	/** Unread, reading (with percentage) or finished. */
	status(articleId: string): ProgressStatus {
		return progressStatus(this.progress.get(articleId));
	}
}

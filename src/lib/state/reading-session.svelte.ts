/** One visit to an article: the stored copy, where the reader is, and saving that position. */
import type { Article } from '$lib/domain/article';
import type { ReadingProgress } from '$lib/domain/progress';
import { explain } from './errors';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

export interface ReadingPosition {
	paragraph: number;
	percent: number;
	reachedEnd: boolean;
}

/**
 * The progress store's code (and the progress rules it writes by) loads beside the database:
 * it is not needed to show the text, and every byte on a reader's first visit counts.
 */
const progressStore = () => import('$lib/db/progress');
/** The stored copy's reader (and its record checks) load likewise: the text is prerendered. */
const articleStore = () => import('$lib/db/articles');

/** Position writes wait this long for scrolling to settle. */
const SAVE_DELAY_MS = 400;

export class ReadingSession extends Loadable {
	#stored = $state.raw<Article | null>(null);
	#prerendered: () => Article;
	/** The stored copy once read (the local store is the source of truth), the prerendered one until then. */
	article = $derived.by(() => this.#stored ?? this.#prerendered());
	progress = $state.raw<ReadingProgress | undefined>();
	/** Why the position is not saved yet (it is kept, and written when the data is back), else null. */
	saveError = $state<string | null>(null);
	#pending: ReadingPosition | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#onFinished: () => void;

	/** `onFinished` runs when the reader reaches the end for the first time. */
	constructor(
		prerendered: () => Article,
		onFinished: () => void = () => undefined,
		options: StateOptions = {}
	) {
		super(options.source ?? localDb, options.now);
		this.#prerendered = prerendered;
		this.#onFinished = onFinished;
	}

	protected async read(db: DossierDatabase): Promise<void> {
		const id = this.article.id;
		const [{ getProgress }, { getArticle }] = await Promise.all([progressStore(), articleStore()]);
		const [stored, progress] = await Promise.all([getArticle(db, id), getProgress(db, id)]);
		if (stored) this.#stored = stored;
		this.progress = progress;
	}

	/** Reads the stored article and progress, then writes a position kept while it could not be. */
	override async load(): Promise<void> {
		await super.load();
		if (this.status === 'ready' && this.#pending) await this.flush();
	}

	/** Notes the position; it is written shortly after scrolling stops. */
	report(position: ReadingPosition): void {
		this.#pending = position;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/**
	 * Writes the last reported position now (on leaving the page, for instance). When the
	 * database cannot be reached the position stays in memory and the next flush writes it.
	 */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		const position = this.#pending;
		const id = this.article.id;
		if (!position) return;
		this.#pending = null;
		const wasFinished = this.progress?.finished ?? false;
		try {
			const { recordReading } = await progressStore();
			this.progress = await this.source.run((db) =>
				recordReading(db, { articleId: id, ...position }, this.now().getTime())
			);
			this.saveError = null;
		} catch (error) {
			// Keep it unless a newer position was reported meanwhile.
			this.#pending ??= position;
			this.saveError = `Your reading position is not saved yet: ${await explain(error)}`;
			return;
		}
		if (!wasFinished && this.progress.finished) this.#onFinished();
	}

	/** A position waiting to be written (for tests and the page's leave handler). */
	get unsaved(): ReadingPosition | null {
		return this.#pending;
	}
}

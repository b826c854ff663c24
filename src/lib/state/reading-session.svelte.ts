/** One visit to an article: the stored copy, where the reader is, and saving that position. */
import { getArticle } from '$lib/db/articles';
import { getProgress, recordReading } from '$lib/db/progress';
import type { DossierDatabase } from '$lib/db/schema';
import type { Article } from '$lib/domain/article';
import type { ReadingProgress } from '$lib/domain/progress';

export interface ReadingPosition {
	paragraph: number;
	percent: number;
	reachedEnd: boolean;
}

/** Position writes wait this long for scrolling to settle. */
const SAVE_DELAY_MS = 400;

export class ReadingSession {
	#stored = $state.raw<Article | null>(null);
	#prerendered: () => Article;
	/** The stored copy once read (the local store is the source of truth), the prerendered one until then. */
	article = $derived.by(() => this.#stored ?? this.#prerendered());
	progress = $state.raw<ReadingProgress | undefined>();
	#db: DossierDatabase | null = null;
	#pending: ReadingPosition | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;

	#onFinished: () => void;

	/** `onFinished` runs when the reader reaches the end for the first time. */
	constructor(prerendered: () => Article, onFinished: () => void = () => undefined) {
		this.#prerendered = prerendered;
		this.#onFinished = onFinished;
	}

	/** Reads the stored article and progress; returns the progress to resume from. */
	async open(db: DossierDatabase): Promise<ReadingProgress | undefined> {
		this.#db = db;
		const id = this.article.id;
		const [stored, progress] = await Promise.all([getArticle(db, id), getProgress(db, id)]);
		if (stored) this.#stored = stored;
		this.progress = progress;
		return progress;
	}

	/** Notes the position; it is written shortly after scrolling stops. */
	report(position: ReadingPosition): void {
		this.#pending = position;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Writes the last reported position now (on leaving the page, for instance). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		const position = this.#pending;
		const db = this.#db;
		const id = this.article.id;
		if (!position || !db) return;
		this.#pending = null;
		const wasFinished = this.progress?.finished ?? false;
		this.progress = await recordReading(db, { articleId: id, ...position }, Date.now());
		if (!wasFinished && this.progress.finished) this.#onFinished();
	}
}

/**
 * The user's own articles across screens: delete with a few seconds to undo, re-deriving
 * their facts after a new facts pipeline, and a revision that goes up with every change (a
 * search index or any list of articles watches it). The database code loads on first use.
 */
import type { DeletedArticle } from '$lib/db/user-articles';
import { explain } from './errors';
import { localDb, type DatabaseSource } from './local-db.svelte';
import { deviceClock } from './loadable.svelte';
import { userArticlesUsed } from './user-articles-used';

/** How long Undo is offered after a delete. */
export const UNDO_MS = 8000;

const store = () => import('$lib/db/user-articles');

export class UserArticles {
	/** Goes up with every article added, deleted, put back or re-derived in this tab. */
	revision = $state(0);
	/** The article just deleted, while Undo is offered. */
	deleted = $state.raw<DeletedArticle | null>(null);
	/** Why the last delete, undo or re-derivation failed, else null. */
	error = $state<string | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#source: DatabaseSource;
	#now: () => Date;

	constructor(source: DatabaseSource = localDb, now: () => Date = deviceClock) {
		this.#source = source;
		this.#now = now;
	}

	/** Notes a change made elsewhere (an article saved on /add). */
	changed(): void {
		this.revision++;
	}

	/** Deletes a user article; Undo is offered for UNDO_MS. Returns false (with `error`) on failure. */
	async remove(id: string): Promise<boolean> {
		this.error = null;
		try {
			const { deleteUserArticle } = await store();
			const deleted = await this.#source.run((db) => deleteUserArticle(db, id));
			this.deleted = deleted;
			this.revision++;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => (this.deleted = null), UNDO_MS);
			return true;
		} catch (error) {
			this.error = await explain(error);
			return false;
		}
	}

	/** Puts the article just deleted back, with its facts and its cards in review. */
	async undo(): Promise<boolean> {
		const deleted = this.deleted;
		if (!deleted) return false;
		clearTimeout(this.#timer);
		this.deleted = null;
		try {
			const { undoDelete } = await store();
			await this.#source.run((db) => undoDelete(db, deleted));
			this.revision++;
			return true;
		} catch (error) {
			this.error = await explain(error);
			return false;
		}
	}

	/** Closes the Undo offer. */
	dismiss(): void {
		clearTimeout(this.#timer);
		this.deleted = null;
	}

	/**
	 * Derives again, in the worker, the facts of user articles stored by an older facts
	 * pipeline; their cards follow their points (suspended if a point is gone, never deleted).
	 * Returns how many articles were re-derived. The worker loads only when one is stale.
	 */
	async rederiveStale(): Promise<number> {
		try {
			const { staleUserArticles, saveUserArticle } = await store();
			const stale = await this.#source.run((db) => staleUserArticles(db));
			if (stale.length === 0) return 0;
			const { buildInWorker } = await import('$lib/workers/facts-client');
			const { rederiveInput } = await import('$lib/domain/user/rederive');
			for (const article of stale) {
				const { built } = await buildInWorker(rederiveInput(article));
				await this.#source.run((db) => saveUserArticle(db, built, this.#now()));
			}
			this.revision++;
			return stale.length;
		} catch (error) {
			this.error = await explain(error);
			return 0;
		}
	}
}

/** The app's one instance: the Undo of a delete in the reader is offered in the library. */
export const userArticles = new UserArticles();
userArticlesUsed.value = true;

/** The loading, status and error every screen's state shares. */
import { explain } from './errors';
import type { DatabaseSource, DossierDatabase } from './local-db.svelte';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** Options every screen state takes: where the data is, and the clock (tests fix both). */
export interface StateOptions {
	source?: DatabaseSource;
	now?: () => Date;
}

/** The device clock. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never mutated
export const deviceClock = (): Date => new Date();

export abstract class Loadable {
	status = $state<LoadStatus>('loading');
	/** Why the last load failed, in plain words, else null. */
	error = $state<string | null>(null);
	protected readonly source: DatabaseSource;
	protected readonly now: () => Date;
	#loading: Promise<void> | null = null;

	constructor(source: DatabaseSource, now: () => Date = deviceClock) {
		this.source = source;
		this.now = now;
	}

	/** False until the local store has been read. */
	get loaded(): boolean {
		return this.status === 'ready';
	}

	/** Reads from the database; never rejects: `status` and `error` say how it went. */
	load(): Promise<void> {
		this.#loading ??= this.#load().finally(() => (this.#loading = null));
		return this.#loading;
	}

	/** Loads again after a failure (the database open is retried too). */
	retry(): Promise<void> {
		return this.load();
	}

	async #load(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		try {
			await this.source.run((db) => this.read(db));
			this.status = 'ready';
		} catch (error) {
			this.error = await explain(error);
			this.status = 'error';
		}
	}

	/** The screen's reads; a throw becomes status 'error'. */
	protected abstract read(db: DossierDatabase): Promise<void>;
}

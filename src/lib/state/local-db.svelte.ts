/**
 * The app's one connection to IndexedDB, brought up to the content pack the page was built
 * with. The layout names the pack (`use`); state classes reach the data through `run`, which
 * opens the database on first use, opens it again after the browser closed it, and never
 * keeps a failed open: the next call (a Retry) tries again.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { installedPackVersion } from '$lib/db/meta';
import { openDossierDB, type OpenHooks } from '$lib/db/open';
import type { DossierDatabase } from '$lib/db/schema';
import { dropPrestarted, prestartPackWorker, syncPackOffMain } from '$lib/workers/pack-client';
import {
	errorName,
	explain,
	isClosedConnection,
	isStorageError,
	NewerVersionError
} from './errors';

export type { DossierDatabase };

/** Where state classes get the database from (the app's connection, or a test's). */
export interface DatabaseSource {
	/** Runs `work` on an open database; rejects with the reason when it cannot be opened. */
	run<T>(work: (db: DossierDatabase) => Promise<T>): Promise<T>;
}

export type LocalDbStatus = 'idle' | 'opening' | 'ready' | 'error' | 'replaced';

export interface LocalDatabaseOptions {
	/** Opens the database (tests pass their own name). */
	open?: (hooks: OpenHooks) => Promise<DossierDatabase>;
	/** Writes the pack when the stored one is not `packVersion`; null skips the sync. */
	syncPack?: ((db: DossierDatabase, packVersion: string) => Promise<void>) | null;
}

/**
 * Fetches /pack.json and writes it, in a worker (a first visit's biggest work, kept off the
 * page's main thread). The worker's side is small and imported with the app: a lazy import
 * would be one more round trip before a first visit's cards can show.
 */
async function fetchAndSyncPack(db: DossierDatabase, packVersion: string): Promise<void> {
	try {
		if ((await installedPackVersion(db)) !== packVersion)
			await syncPackOffMain(db, `${base}/pack.json`);
	} finally {
		// Not taken by a sync (none needed, or the read failed): the worker started for it goes.
		dropPrestarted();
	}
	rememberStoredPack(packVersion);
}

/**
 * Tells app.html's first-paint script that a pack is stored, so that it stops preloading one
 * on every visit (only a first visit needs it before the app starts).
 */
function rememberStoredPack(packVersion: string): void {
	try {
		localStorage.setItem(STORED_PACK_KEY, packVersion);
	} catch {
		// No localStorage (private mode, a full quota): visits go on preloading the pack and
		// starting its worker early, as a first visit does; nothing else changes.
	}
}

function storedPackMark(): string | null {
	try {
		return localStorage.getItem(STORED_PACK_KEY);
	} catch {
		return null;
	}
}

/** The localStorage key app.html reads (its script cannot import this module). */
const STORED_PACK_KEY = 'dossier.pack';

export class LocalDatabase implements DatabaseSource {
	status = $state<LocalDbStatus>('idle');
	/** Why the database cannot be used, in plain words, else null. */
	error = $state<string | null>(null);
	/** Something the user should know that does not stop the app (a pack not updated), else null. */
	message = $state<string | null>(null);
	#packVersion: string | null = null;
	#db: Promise<DossierDatabase> | null = null;
	/** The connection #db resolved to, to tell a stale close from the current one. */
	#current: DossierDatabase | null = null;
	#open: (hooks: OpenHooks) => Promise<DossierDatabase>;
	#syncPack: ((db: DossierDatabase, packVersion: string) => Promise<void>) | null;

	constructor(options: LocalDatabaseOptions = {}) {
		this.#open = options.open ?? ((hooks) => openDossierDB(undefined, hooks));
		this.#syncPack = options.syncPack === undefined ? fetchAndSyncPack : options.syncPack;
	}

	/** The pack this page was built with: written to the database when it opens. */
	use(packVersion: string): void {
		this.#packVersion = packVersion;
		// A page that has not stored this pack yet (a first visit, a new pack) will write it:
		// its worker starts now, while the page hydrates, not after the database has opened.
		if (browser && this.#syncPack === fetchAndSyncPack && storedPackMark() !== packVersion)
			prestartPackWorker();
	}

	/** The open database; a failed open is not kept, so calling again tries again. */
	ready(): Promise<DossierDatabase> {
		if (this.status === 'replaced')
			return Promise.reject(new NewerVersionError('a newer tab took the database over'));
		if (this.#db) return this.#db;
		const connecting = this.#connect();
		this.#db = connecting;
		// Set after the call: an open that throws at once must not stay cached either.
		connecting.catch(() => {
			if (this.#db === connecting) this.#db = null;
		});
		return connecting;
	}

	async run<T>(work: (db: DossierDatabase) => Promise<T>): Promise<T> {
		const db = await this.ready();
		try {
			return await work(db);
		} catch (error) {
			// A closed connection fails before anything is written: open again, try once more.
			if (!isClosedConnection(error) || this.status === 'replaced') throw error;
			this.#forget(db);
			return work(await this.ready());
		}
	}

	async #connect(): Promise<DossierDatabase> {
		this.status = 'opening';
		let db: DossierDatabase;
		try {
			db = await this.#open({
				onBlocked: () => {
					this.message =
						'Dossier is open in another tab with an older version. Close that tab to continue.';
				},
				onVersionChange: () => {
					this.#db = null;
					this.status = 'replaced';
					this.error = new NewerVersionError().message;
				}
			});
		} catch (error) {
			// No pack will be written on this page: the worker started for it goes too.
			dropPrestarted();
			// Data of a newer schema: like a newer tab taking over, only a reload helps.
			this.status = ['NewerVersionError', 'VersionError'].includes(errorName(error))
				? 'replaced'
				: 'error';
			this.error = await explain(error);
			throw error;
		}
		// iOS closes connections of backgrounded pages: the next use opens a new one.
		this.#current = db;
		db.addEventListener('close', () => this.#forget(db));
		if (this.#packVersion && this.#syncPack) await this.#sync(db, this.#packVersion);
		this.status = 'ready';
		this.error = null;
		return db;
	}

	async #sync(db: DossierDatabase, packVersion: string): Promise<void> {
		try {
			await this.#syncPack!(db, packVersion);
			this.message = null;
		} catch (error) {
			// The articles already stored (if any) stay readable; the next open tries again.
			const reason = error instanceof Error ? error.message : String(error);
			// An older tab meeting a newer pack: its own words say what to do (reload). A full
			// disk: the sync was one transaction, so the articles stored before are all kept.
			this.message =
				errorName(error) === 'NewerVersionError'
					? reason
					: isStorageError(error)
						? `The articles could not be updated for offline reading. ${await explain(error)}`
						: `The articles could not be updated for offline reading (${reason}).`;
		}
	}

	/** Drops a connection that can no longer be used, unless a newer one replaced it. */
	#forget(db: DossierDatabase): void {
		if (this.#current !== db) return;
		this.#current = null;
		this.#db = null;
		if (this.status === 'ready') this.status = 'idle';
	}
}

/** The app-wide database connection. */
export const localDb = new LocalDatabase();

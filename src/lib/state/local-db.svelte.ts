/**
 * The app's one connection to IndexedDB, brought up to the content pack the page was built with.
 * Screens await `localDb.ready(packVersion)` and then read from the local store.
 */
import { base } from '$app/paths';
import { installedPackVersion } from '$lib/db/meta';
import { openDossierDB } from '$lib/db/open';
import type { DossierDatabase } from '$lib/db/schema';

export type LocalDbStatus = 'idle' | 'opening' | 'ready' | 'blocked' | 'closed' | 'failed';

class LocalDatabase {
	status = $state<LocalDbStatus>('idle');
	/** What the user should know when something went wrong, else null. */
	message = $state<string | null>(null);
	#db: Promise<DossierDatabase> | null = null;
	#synced: Promise<DossierDatabase> | null = null;

	/** The database, with the pack of `packVersion` written to it (fetched only when it changed). */
	ready(packVersion: string): Promise<DossierDatabase> {
		this.#synced ??= this.#open().then((db) => this.#sync(db, packVersion));
		return this.#synced;
	}

	#open(): Promise<DossierDatabase> {
		this.status = 'opening';
		this.#db ??= openDossierDB(undefined, {
			onBlocked: () => {
				this.status = 'blocked';
				this.message =
					'Dossier is open in another tab with an older version. Close that tab to continue.';
			},
			onVersionChange: () => {
				this.status = 'closed';
				this.message =
					'A newer version of Dossier was opened in another tab. Reload this page to keep going.';
			}
		});
		return this.#db;
	}

	async #sync(db: DossierDatabase, packVersion: string): Promise<DossierDatabase> {
		try {
			if ((await installedPackVersion(db)) !== packVersion) {
				const response = await fetch(`${base}/pack.json`);
				if (!response.ok) throw new Error(`the server answered ${response.status}`);
				// Validating and writing a pack is rare: its code loads only then.
				const { syncPack } = await import('$lib/db/pack');
				await syncPack(db, await response.json());
			}
			this.status = 'ready';
			this.message = null;
		} catch (error) {
			// The articles already stored (if any) stay readable; the next visit tries again.
			this.#synced = null;
			this.status = 'failed';
			this.message = `The articles could not be updated for offline reading (${(error as Error).message}).`;
		}
		return db;
	}
}

/** The app-wide database connection. */
export const localDb = new LocalDatabase();

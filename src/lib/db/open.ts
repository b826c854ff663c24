/** Opens Dossier's database: the only place that calls idb's openDB. */
import { openDB } from 'idb';
import {
	DB_NAME,
	DB_VERSION,
	upgradeDossierDB,
	type DossierDB,
	type DossierDatabase
} from './schema';

export interface OpenHooks {
	/** Another tab runs a newer version and needs this connection: it has been closed. */
	onVersionChange?: () => void;
	/** An older tab keeps the database open, so the upgrade waits for it to close. */
	onBlocked?: () => void;
}

/**
 * Opens (and upgrades) the database; `name` is for tests. A database left by a newer version
 * of the app (its schema is ahead of this one) rejects with NewerVersionError.
 */
export function openDossierDB(name = DB_NAME, hooks: OpenHooks = {}): Promise<DossierDatabase> {
	// The error module loads on this rare path only: every page's first visit opens the database.
	return open(name, hooks).catch((error: unknown) =>
		import('./errors').then(({ openError }) => openError(error))
	);
}

function open(name: string, hooks: OpenHooks): Promise<DossierDatabase> {
	return openDB<DossierDB>(name, DB_VERSION, {
		upgrade: (db, oldVersion, _newVersion, tx) => upgradeDossierDB(db, oldVersion, tx),
		blocked: () => hooks.onBlocked?.(),
		blocking: (_current, _blocked, event) => {
			// Never hold a newer version's upgrade hostage: close, then tell the user to reload.
			(event.target as IDBDatabase).close();
			hooks.onVersionChange?.();
		}
	});
}

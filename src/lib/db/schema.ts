/**
 * The one schema of Dossier's IndexedDB and its upgrade ladder.
 * Append a block for each new version; never edit a block that has shipped.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Article } from '$lib/domain/article';
import type { ReadingProgress } from '$lib/domain/progress';

export const DB_NAME = 'dossier';
export const DB_VERSION = 1;

/** A settings record; `value` is validated by its reader, never trusted. */
export interface SettingRecord {
	key: string;
	value: unknown;
	updatedAt: number;
}

/** Bookkeeping that is not the user's data (the installed pack version). */
export interface MetaRecord {
	key: string;
	value: unknown;
}

export interface DossierDB extends DBSchema {
	articles: {
		key: string;
		value: Article;
		indexes: { origin: Article['origin'] };
	};
	progress: {
		key: string;
		value: ReadingProgress;
		indexes: { lastRead: number };
	};
	settings: {
		key: string;
		value: SettingRecord;
	};
	meta: {
		key: string;
		value: MetaRecord;
	};
}

export type DossierDatabase = IDBPDatabase<DossierDB>;

/** Brings a database at `oldVersion` up to DB_VERSION, one step at a time. */
export function upgradeDossierDB(
	db: DossierDatabase,
	oldVersion: number,
	// Later steps migrate data through the upgrade transaction.
	_tx: IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		const articles = db.createObjectStore('articles', { keyPath: 'id' });
		articles.createIndex('origin', 'origin');
		const progress = db.createObjectStore('progress', { keyPath: 'articleId' });
		progress.createIndex('lastRead', 'lastRead');
		db.createObjectStore('settings', { keyPath: 'key' });
		db.createObjectStore('meta', { keyPath: 'key' });
	}
}

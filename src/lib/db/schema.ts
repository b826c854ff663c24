/**
 * The one schema of Dossier's IndexedDB and its upgrade ladder.
 * Append a block for each new version; never edit a block that has shipped.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Article, ArticleOrigin } from '$lib/domain/article';
import type { Fact } from '$lib/domain/facts/types';
import type { ReadingProgress } from '$lib/domain/progress';
import type { ReviewEntry, StoredCard } from '$lib/domain/review/cards';

export const DB_NAME = 'dossier';
export const DB_VERSION = 3;

/** A settings record; `value` is validated by its reader, never trusted. */
export interface SettingRecord {
	key: string;
	value: unknown;
	updatedAt: number;
}

/** A key fact as stored: pack facts are replaced by a new pack, imported ones never. */
export type StoredFact = Fact & { origin: ArticleOrigin };

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
	facts: {
		key: string;
		value: StoredFact;
		indexes: { articleIds: string; origin: ArticleOrigin };
	};
	meta: {
		key: string;
		value: MetaRecord;
	};
	cards: {
		key: string;
		value: StoredCard;
		indexes: { queue: [number, number]; articleIds: string; state: number };
	};
	reviewLog: {
		key: number;
		value: ReviewEntry;
		indexes: { cardId: string; reviewedAt: number };
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
	if (oldVersion < 2) {
		// Key facts. The next pack sync fills it: the pack version changes with the facts in it.
		const facts = db.createObjectStore('facts', { keyPath: 'id' });
		facts.createIndex('articleIds', 'articleIds', { multiEntry: true });
		facts.createIndex('origin', 'origin');
	}
	if (oldVersion < 3) {
		// The review deck: cards by queue and due time (the next card is one index lookup),
		// and an append-only log. The next pack sync creates a card for every fact.
		const cards = db.createObjectStore('cards', { keyPath: 'id' });
		cards.createIndex('queue', ['queue', 'due']);
		cards.createIndex('articleIds', 'articleIds', { multiEntry: true });
		cards.createIndex('state', 'state');
		const log = db.createObjectStore('reviewLog', { keyPath: 'id', autoIncrement: true });
		log.createIndex('cardId', 'cardId');
		log.createIndex('reviewedAt', 'reviewedAt');
	}
}

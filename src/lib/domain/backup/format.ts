/**
 * The backup file: one versioned JSON document of everything the user owns (their own
 * articles and facts, reading progress, settings, cards and the whole review log).
 * docs/backup-format.md documents it field by field.
 */
import type { Article } from '../article';
import type { Fact } from '../facts/types';
import type { ReadingProgress } from '../progress';
import type { ReviewEntry, StoredCard } from '../review/cards';

export const BACKUP_FORMAT = 'dossier-backup';
/** Increase when the shape of `data` changes; readers refuse versions they do not know. */
export const BACKUP_VERSION = 1;
/** A backup bigger than this is refused before it is read (a real one is a few MB). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** A settings record as stored (its value is checked by its own reader, as in the database). */
export interface BackupSetting {
	key: string;
	value: unknown;
	updatedAt: number;
}

export interface BackupData {
	/** The user's own articles (origin 'imported'); the pack's are not theirs. */
	articles: Article[];
	/** The key facts of the user's own articles. */
	facts: (Fact & { origin: 'imported' })[];
	progress: ReadingProgress[];
	settings: BackupSetting[];
	cards: StoredCard[];
	reviewLog: ReviewEntry[];
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO 8601 time of the export. */
	exportedAt: string;
	app: { name: 'Dossier'; build: string; schema: number };
	data: BackupData;
}

/** How a restore treats what is already stored. */
export type RestoreMode = 'merge' | 'replace';

/** What a backup holds, as the restore screen shows it. */
export interface BackupSummary {
	exportedAt: string;
	cards: number;
	/** Cards that have been reviewed at least once. */
	reviewedCards: number;
	reviews: number;
	articles: number;
	progress: number;
	settings: number;
}

/** Thrown when a file cannot be restored; `message` says why in plain words. */
export class BackupError extends Error {
	override name = 'BackupError';
}

/** Builds the backup document around the user's data. */
export function makeBackup(data: BackupData, now: Date, build: string, schema: number): BackupFile {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		app: { name: 'Dossier', build, schema },
		data
	};
}

/** The counts a user needs to recognise a backup before restoring it. */
export function summarizeBackup(file: BackupFile): BackupSummary {
	const { data } = file;
	return {
		exportedAt: file.exportedAt,
		cards: data.cards.length,
		reviewedCards: data.cards.filter((c) => c.fsrs.reps > 0).length,
		reviews: data.reviewLog.length,
		articles: data.articles.length,
		progress: data.progress.length,
		settings: data.settings.length
	};
}

/** The file name of a backup made at `now` (local date, sorts by date). */
export function backupFileName(now: Date, extension = 'json'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return `dossier-backup-${day}.${extension}`;
}

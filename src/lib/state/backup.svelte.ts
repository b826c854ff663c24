/**
 * Settings → Backup: export to a JSON file, restore one (checked whole, then merged or
 * replaced), and the cards as an Anki import file. Owns its status and error. The code that
 * reads, checks and writes a backup loads only when a user asks for it.
 */
import { version } from '$app/environment';
import { recordExport } from '$lib/db/backup-meta';
import { DB_VERSION, type DossierDatabase } from '$lib/db/schema';
import {
	BackupError,
	backupFileName,
	makeBackup,
	summarizeBackup,
	type BackupFile,
	type BackupSummary,
	type RestoreMode
} from '$lib/domain/backup/format';
import { dataRevision } from './data-revision.svelte';
import { explain, isStorageError } from './errors';
import { readingPrefs } from './reading-prefs.svelte';

export type BackupStatus =
	'idle' | 'exporting' | 'exported' | 'checking' | 'checked' | 'restoring' | 'restored' | 'failed';

/** Saves `blob` as a file: an <a download> on an object URL works offline, with no server. */
function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download; give the browser a moment before freeing the URL.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The device clock. */
function deviceClock(): Date {
	return new Date();
}

/** The reason in plain words: a refused file says why; a full disk says so (nothing written). */
async function plain(error: unknown): Promise<string> {
	if (error instanceof BackupError) return error.message;
	if (isStorageError(error)) return `Nothing was changed. ${await explain(error)}`;
	return `Something went wrong (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`;
}

export class BackupState {
	status = $state<BackupStatus>('idle');
	/** What went wrong, in plain words, or null. */
	error = $state<string | null>(null);
	/** What just happened (exported, restored), for a status line. */
	message = $state<string | null>(null);
	/** What the checked file holds, shown before the user chooses Merge or Replace. */
	summary = $state.raw<BackupSummary | null>(null);
	fileName = $state<string | null>(null);

	#db: () => Promise<DossierDatabase>;
	#file: BackupFile | null = null;
	#now: () => Date;

	/** `db` resolves the database; `now` is the clock (a test passes its own). */
	constructor(db: () => Promise<DossierDatabase>, now: () => Date = deviceClock) {
		this.#db = db;
		this.#now = now;
	}

	get busy(): boolean {
		return ['exporting', 'checking', 'restoring'].includes(this.status);
	}

	#start(status: BackupStatus): void {
		this.status = status;
		this.error = null;
		this.message = null;
	}

	async #fail(error: unknown): Promise<void> {
		this.error = await plain(error);
		this.status = 'failed';
	}

	/** Writes every record the user owns into one JSON file and downloads it. */
	async exportBackup(): Promise<void> {
		this.#start('exporting');
		try {
			const db = await this.#db();
			const { readBackupData } = await import('$lib/db/backup');
			const now = this.#now();
			const file = makeBackup(await readBackupData(db), now, version, DB_VERSION);
			download(new Blob([JSON.stringify(file)], { type: 'application/json' }), backupFileName(now));
			await recordExport(db, now.getTime());
			const { cards, reviewLog } = file.data;
			this.message = `Exported ${cards.length} cards and ${reviewLog.length} reviews to ${backupFileName(now)}.`;
			this.status = 'exported';
		} catch (error) {
			await this.#fail(error);
		}
	}

	/** Writes the cards as a tab-separated file for Anki's File → Import. */
	async exportAnki(): Promise<void> {
		this.#start('exporting');
		try {
			const db = await this.#db();
			const [{ toAnkiText }, { readDeck }] = await Promise.all([
				import('$lib/domain/backup/anki'),
				import('$lib/db/backup')
			]);
			const { cards, facts, articles } = await readDeck(db);
			const text = toAnkiText(cards, facts, articles);
			const name = backupFileName(this.#now(), 'txt').replace('backup', 'anki');
			download(new Blob([text], { type: 'text/plain;charset=utf-8' }), name);
			this.message = `Saved ${cards.length} cards for Anki in ${name}.`;
			this.status = 'exported';
		} catch (error) {
			await this.#fail(error);
		}
	}

	/** Reads and checks a picked file whole; shows what it holds, or why it cannot be used. */
	async check(file: File): Promise<void> {
		this.#start('checking');
		this.summary = null;
		this.#file = null;
		this.fileName = file.name;
		try {
			const { checkBackupSize, parseBackup } = await import('$lib/db/backup-schema');
			checkBackupSize(file.size);
			const parsed = parseBackup(await file.text());
			this.#file = parsed;
			this.summary = summarizeBackup(parsed);
			this.status = 'checked';
		} catch (error) {
			await this.#fail(error);
		}
	}

	/** Restores the checked file, merging or replacing, in one transaction. */
	async restore(mode: RestoreMode): Promise<void> {
		const file = this.#file;
		if (!file || this.busy) return;
		this.#start('restoring');
		try {
			const db = await this.#db();
			const { restoreBackup } = await import('$lib/db/backup');
			const result = await restoreBackup(db, file, mode, this.#now());
			// Every screen that read the data before reads it again (the review settings form
			// showed the old values); the theme and text size may come from the file: apply them.
			dataRevision.bump();
			await readingPrefs.load();
			this.message =
				mode === 'replace'
					? `Restored: your data is now the backup’s (${result.cards} cards, ${result.reviews} reviews).`
					: `Merged: ${result.cards} cards, ${result.reviews} reviews and ${result.progress} reading positions taken from the backup.`;
			this.#file = null;
			this.summary = null;
			this.status = 'restored';
		} catch (error) {
			await this.#fail(error);
		}
	}

	/** Forgets a checked file without restoring it. */
	cancel(): void {
		this.#file = null;
		this.summary = null;
		this.fileName = null;
		this.status = 'idle';
		this.error = null;
	}
}

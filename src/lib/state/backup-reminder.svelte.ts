/** The "Back up your progress" reminder: shown after 7 days or 100 reviews without an export. */
import { backupActivity, dismissBackupReminder } from '$lib/db/backup-meta';
import type { DossierDatabase } from '$lib/db/schema';
import { shouldRemind } from '$lib/domain/backup/reminder';

export class BackupReminderState {
	visible = $state(false);
	/** Why the reminder could not be read, or null (the reminder then stays hidden). */
	error = $state<string | null>(null);
	#db: DossierDatabase | null = null;
	#now: () => number;

	/** `now` is the clock (a test passes its own). */
	constructor(now: () => number = () => Date.now()) {
		this.#now = now;
	}

	/** Reads the last export and the reviews since, and decides. */
	async load(db: DossierDatabase): Promise<void> {
		this.#db = db;
		try {
			this.visible = shouldRemind(await backupActivity(db), this.#now());
			this.error = null;
		} catch (error) {
			// A reminder is never worth an error on the library: it just stays hidden.
			this.visible = false;
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Hides the reminder; it comes back after another 7 days or 100 reviews. */
	async dismiss(): Promise<void> {
		this.visible = false;
		if (this.#db) await dismissBackupReminder(this.#db, this.#now()).catch(() => undefined);
	}
}

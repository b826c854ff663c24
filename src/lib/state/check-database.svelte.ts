/**
 * Settings → Check database: runs the check (its code and the validator load only then),
 * owns its status, its report and its error.
 */
import type { CheckReport } from '$lib/db/check-database';
import { badRecordsSeen, type BadRecord } from '$lib/db/integrity';
import { deviceClock, type StateOptions } from './loadable.svelte';
import { localDb, type DatabaseSource } from './local-db.svelte';

export type CheckStatus = 'idle' | 'running' | 'done' | 'failed';

export class CheckDatabaseState {
	status = $state<CheckStatus>('idle');
	report = $state.raw<CheckReport | null>(null);
	error = $state<string | null>(null);
	/** Records skipped as unreadable since the app started (before any check). */
	skipped = $state.raw<BadRecord[]>(badRecordsSeen());
	#source: DatabaseSource;
	#now: () => Date;

	constructor(options: StateOptions = {}) {
		this.#source = options.source ?? localDb;
		this.#now = options.now ?? deviceClock;
	}

	/** Checks and repairs the database. */
	async run(): Promise<void> {
		if (this.status === 'running') return;
		this.status = 'running';
		this.error = null;
		try {
			const { checkDatabase } = await import('$lib/db/check-database');
			this.report = await this.#source.run((db) => checkDatabase(db, this.#now()));
			this.status = 'done';
		} catch (e) {
			this.error = `The check could not finish (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`;
			this.status = 'failed';
		} finally {
			this.skipped = badRecordsSeen();
		}
	}
}

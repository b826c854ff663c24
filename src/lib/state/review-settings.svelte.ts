/** Review settings as the Settings screen edits them: read, checked and saved. */
import { getReviewSettings, saveReviewSettings } from '$lib/db/settings';
import {
	DEFAULT_REVIEW_SETTINGS,
	MAX_NEW_PER_DAY,
	MAX_REVIEWS_PER_DAY,
	type ReviewSettings
} from '$lib/domain/review/settings';
import { MAX_LEECH_THRESHOLD, MIN_LEECH_THRESHOLD } from '$lib/domain/review/card-actions';
import { explain, isStorageError } from './errors';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

export class ReviewSettingsState extends Loadable {
	settings = $state<ReviewSettings>({ ...DEFAULT_REVIEW_SETTINGS });
	/** "Saved." after a save, else null. */
	message = $state<string | null>(null);
	/** Why the last save did not happen, else null. */
	saveError = $state<string | null>(null);

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	protected async read(db: DossierDatabase): Promise<void> {
		this.settings = await getReviewSettings(db);
		// A "Saved." from before a reload (after a restore) no longer describes what is shown.
		this.message = null;
	}

	/** The save in flight: the next one starts from what it left. */
	private saving: Promise<void> = Promise.resolve();

	/**
	 * Saves a change; a refused value or a failed write changes nothing and says why. Saves run
	 * one after the other: a change made while another is being written starts from that one's
	 * result (it would otherwise write back the old value of the first), and a slower earlier
	 * "Saved." never clears a later refusal (a full test run once failed on that race).
	 */
	save(patch: Partial<ReviewSettings>): Promise<void> {
		const run = this.saving.then(() => this.write(patch));
		// A save that throws past its own handling still leaves the next one free to run.
		this.saving = run.catch(() => undefined);
		return run;
	}

	private async write(patch: Partial<ReviewSettings>): Promise<void> {
		const next = { ...$state.snapshot(this.settings), ...patch };
		try {
			await this.source.run((db) => saveReviewSettings(db, next, this.now().getTime()));
			this.settings = next;
			this.saveError = null;
			this.message = 'Saved.';
		} catch (error) {
			this.saveError = isStorageError(error)
				? `Not saved. ${await explain(error)}`
				: `Not saved: new cards a day must be 0–${MAX_NEW_PER_DAY}, reviews a day 1–${MAX_REVIEWS_PER_DAY} and leech lapses ${MIN_LEECH_THRESHOLD}–${MAX_LEECH_THRESHOLD}.`;
			this.message = null;
		}
	}
}

/** How many cards are due today, for the library's review banner. */
import type { DueSummary } from '$lib/db/cards';
import { getReviewSettings } from '$lib/db/settings';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

export type { DueSummary };

export class DueState extends Loadable {
	due = $state.raw<DueSummary | null>(null);

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	protected async read(db: DossierDatabase): Promise<void> {
		// The deck's code loads after the library's first paint: the banner is prerendered.
		const { dueSummary } = await import('$lib/db/cards');
		this.due = await dueSummary(db, this.now(), await getReviewSettings(db));
	}
}

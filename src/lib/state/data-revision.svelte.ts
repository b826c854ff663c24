/**
 * Counts changes of the stored data as a whole (a restore, merged or replaced). A screen that
 * shows stored values it read once (the review settings form) reads them again when this
 * moves, so it never shows what the data held before the restore.
 */
class DataRevision {
	current = $state(0);

	/** Says the stored data changed under every screen: each reads its values again. */
	bump(): void {
		this.current++;
	}
}

/** The app's one data revision. */
export const dataRevision = new DataRevision();

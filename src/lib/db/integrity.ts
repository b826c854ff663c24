/**
 * Records that could not be read: each is skipped where it was met and reported once (one
 * console warning, and listed by Check database) instead of breaking the screen.
 */

export interface BadRecord {
	store: string;
	key: string;
	problem: string;
}

const seen = new Map<string, BadRecord>();

/** Notes a record that was skipped because it is not valid; warns the first time only. */
export function reportBadRecord(store: string, key: unknown, problem: string): void {
	const id = `${store}\u0000${String(key)}`;
	if (seen.has(id)) return;
	seen.set(id, { store, key: String(key), problem });
	console.warn(`Dossier skipped an unreadable ${store} record (${String(key)}): ${problem}`);
}

/** The records skipped since the app started. */
export function badRecordsSeen(): BadRecord[] {
	return [...seen.values()];
}

/** Forgets a record once it has been repaired. */
export function forgetBadRecord(store: string, key: unknown): void {
	seen.delete(`${store}\u0000${String(key)}`);
}

/** Forgets every report (tests; a new session). */
export function forgetBadRecords(): void {
	seen.clear();
}

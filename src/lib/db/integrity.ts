import type { CheckedStore } from './records';

/**
 * The record checks (valibot, ./records.ts): every store's reader loads them through here,
 * on first use, so that no screen carries them in its first paint and they are one chunk.
 */
export const recordChecks = () => import('./records');

/**
 * The records of `store` that are valid; each bad one is reported once and left out. The
 * validator loads only when there is a record to check: a first visit never loads it for this.
 */
export async function validated<T>(
	store: CheckedStore,
	records: T[],
	keyOf: (record: T) => unknown
): Promise<T[]> {
	return records.length === 0
		? records
		: (await recordChecks()).validRecords(store, records, keyOf);
}

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

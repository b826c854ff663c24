import type { CheckedStore } from './records';

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

/**
 * The records of `store` that are valid; each bad one is reported once and left out. The
 * validator (valibot) loads only when there is a record to check: a first visit, with nothing
 * stored, never loads it for this, and a screen calls this after its first paint.
 */
export async function keepValid<T>(
	store: CheckedStore,
	records: readonly T[],
	keyOf: (record: T) => unknown
): Promise<T[]> {
	const present = records.filter((r) => r !== undefined && r !== null);
	if (present.length === 0) return [];
	const { recordProblem } = await import('./records');
	return present.filter((record) => {
		const problem = recordProblem(store, record);
		if (problem === null) return true;
		let key: unknown;
		try {
			key = keyOf(record);
		} catch {
			key = undefined;
		}
		reportBadRecord(store, key ?? '?', problem);
		return false;
	});
}

/** One record if it is valid, else undefined (and reported once). */
export async function validOrUndefined<T>(
	store: CheckedStore,
	record: T | undefined,
	key: unknown
): Promise<T | undefined> {
	if (record === undefined) return undefined;
	const [kept] = await keepValid(store, [record], () => key);
	return kept;
}

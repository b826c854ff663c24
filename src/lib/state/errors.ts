/** What went wrong with the local data, in words a reader can act on. */

import { NEWER_VERSION_MESSAGE, NewerVersionError } from '$lib/db/newer-version';

/**
 * A newer tab took the database over, or the data is newer than this app: one error and one
 * message for both (see NewerVersionError for why they are one concept).
 */
export { NEWER_VERSION_MESSAGE, NewerVersionError };

/** The browser's name for the error (DOMException or Error), or '' for anything else. */
export function errorName(error: unknown): string {
	return typeof error === 'object' && error !== null && 'name' in error
		? String((error as { name: unknown }).name)
		: '';
}

/** The device has no room: IndexedDB aborted the write, so nothing was changed. */
export function isQuotaError(error: unknown): boolean {
	return errorName(error) === 'QuotaExceededError';
}

/** The connection was closed under us (by the browser, or after a versionchange). */
export function isClosedConnection(error: unknown): boolean {
	return errorName(error) === 'InvalidStateError';
}

/** Errors of the storage itself, as opposed to a value the app refused. */
const STORAGE_ERRORS = new Set([
	'QuotaExceededError',
	'VersionError',
	'SecurityError',
	'InvalidAccessError',
	'InvalidStateError',
	'UnknownError',
	'AbortError',
	'NewerVersionError'
]);

/** True when `error` came from IndexedDB rather than from validating a value. */
export function isStorageError(error: unknown): boolean {
	return STORAGE_ERRORS.has(errorName(error));
}

/**
 * A plain-words reason for a failed read, write or open of the local data. The wording loads
 * only when something failed: it is not part of any screen's first visit.
 */
export async function explain(error: unknown): Promise<string> {
	try {
		return (await import('./error-text')).describeError(error);
	} catch {
		return error instanceof Error ? error.message : String(error);
	}
}

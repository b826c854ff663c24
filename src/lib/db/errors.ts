/**
 * Errors the database layer throws for the screens to tell apart. Light (no validator, no
 * idb): a screen may import them to check `instanceof` or compare `error.name`.
 */

import { NewerVersionError } from './newer-version';

export { NEWER_VERSION_MESSAGE, NewerVersionError } from './newer-version';

/** True for a NewerVersionError, also one that crossed a module or realm boundary. */
export function isNewerVersionError(error: unknown): error is NewerVersionError {
	return error instanceof Error && error.name === 'NewerVersionError';
}

/** Rethrows a failed open: a VersionError (the data is of a newer schema) as NewerVersionError. */
export function openError(error: unknown): never {
	if (error instanceof Error && error.name === 'VersionError') {
		throw new NewerVersionError('its data is at a newer schema than this app reads', {
			cause: error
		});
	}
	throw error;
}

/**
 * Why a transaction failed: its own error (a QuotaExceededError when the disk is full) rather
 * than the AbortError that each of its pending requests gets when it aborts, which names no
 * cause. IndexedDB sets the transaction's error before it fails those requests.
 */
export function failureOf(tx: { readonly error: DOMException | null }, error: unknown): unknown {
	return tx.error ?? error;
}

/**
 * Errors the database layer throws for the screens to tell apart. Light (no validator, no
 * idb): a screen may import them to check `instanceof` or compare `error.name`.
 */

export const NEWER_VERSION_MESSAGE =
	'A newer version of Dossier is open in another tab, or was used on this device. Reload this page to use it.';

/**
 * This app is older than the data: the database's schema (a VersionError on open) or the
 * content already stored (a newer pack format or derivation). Nothing was written.
 */
export class NewerVersionError extends Error {
	override name = 'NewerVersionError';
	constructor(detail?: string, options?: ErrorOptions) {
		super(detail ? `${NEWER_VERSION_MESSAGE} (${detail})` : NEWER_VERSION_MESSAGE, options);
	}
}

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

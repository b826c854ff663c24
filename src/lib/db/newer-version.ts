/**
 * The one error for "this tab runs an older Dossier than the data", apart from the rest of
 * ./errors.ts so that every screen's first paint carries only this (the state layer's
 * connection names it) and not the helpers the database layer loads when it needs them.
 */

/** The one message for "this tab's app is older than the data": there is one remedy, a reload. */
export const NEWER_VERSION_MESSAGE =
	'A newer version of Dossier is open in another tab, or was used on this device — reload to continue.';

/**
 * This tab runs an older Dossier than the data, and a reload is the only remedy. It covers
 * three ways of finding that out, which used to be two errors with two messages
 * (NewerVersionError here and DatabaseReplacedError in the state layer):
 * - the open fails with a VersionError: the database's schema is ahead of this app;
 * - the content already stored is of a newer pack format or derivation (nothing is written);
 * - a newer tab upgraded the database, so this tab's connection was closed for it.
 * They were judged one concept: in each case a newer version of the app has been on this
 * device, this tab must not write, and reloading (which fetches the newer app) fixes it. So
 * one class and one message; how it was found is kept in `detail` (for logs and tests).
 */
export class NewerVersionError extends Error {
	override name = 'NewerVersionError';
	/** How the newer version was noticed, for a developer; never part of the message. */
	readonly detail: string | undefined;
	constructor(detail?: string, options?: ErrorOptions) {
		super(NEWER_VERSION_MESSAGE, options);
		this.detail = detail;
	}
}

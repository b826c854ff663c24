/** The words for what went wrong with the local data (loaded only when something did). */
import { errorName, NEWER_VERSION_MESSAGE } from './errors';

/** A plain-words reason for a failed read, write or open of the local data. */
export function describeError(error: unknown): string {
	const detail = error instanceof Error ? error.message : String(error);
	switch (errorName(error)) {
		case 'QuotaExceededError':
			return 'Your device is out of storage: nothing was changed. Free some space, then try again.';
		case 'VersionError':
		case 'NewerVersionError':
			return NEWER_VERSION_MESSAGE;
		case 'SecurityError':
		case 'InvalidAccessError':
			return 'This browser is not letting Dossier keep data on this device (private browsing, or storage blocked in the browser’s settings). Allow storage for this site, then try again.';
		case 'InvalidStateError':
			return 'The connection to Dossier’s data on this device was closed. Try again.';
		case 'UnknownError':
		case 'AbortError':
		case 'Error':
		case 'TypeError':
		case '':
			return `Dossier could not reach its data on this device (${detail || 'no reason given'}). Try again.`;
		default:
			// The app's own typed errors carry a message written for the reader.
			return detail;
	}
}

import type { HandleClientError } from '@sveltejs/kit';

/**
 * A page whose code or data could not be fetched (no network, or a network that answers
 * nothing) is not an internal error: the error page says it is not available offline even
 * when the browser still believes it is online (navigator.onLine is only a hint).
 */
export const handleError: HandleClientError = ({ error, message }) => ({
	message,
	unreachable: isNetworkFailure(error)
});

/** fetch's and import()'s failure when nothing answers: a TypeError, worded per browser. */
export function isNetworkFailure(error: unknown): boolean {
	return (
		error instanceof TypeError &&
		/failed to fetch|networkerror|load failed|dynamically imported module|importing a module script failed/i.test(
			error.message
		)
	);
}

/**
 * Gives the main thread back to the browser (input, paint) before more work: long tasks on a
 * first visit are what a phone's user feels as a page that does not answer.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One request of a transaction, not yet made. */
export type Request = () => Promise<unknown>;

/**
 * Makes a transaction's requests a slice at a time: each slice runs for at most `budgetMs`
 * (storing a record copies it, which takes time), then waits for its last request. That
 * request's success event starts the next slice in a task of its own, so the page can answer
 * input in between, and the transaction stays open because a request is always pending.
 * Returns every request's promise, for the caller to await with the transaction's end; after
 * a failure (the transaction aborts) no more requests are made. The caller handles the
 * transaction's `done` before it starts: the transaction may abort while slices are made.
 */
export async function inSlices(
	requests: readonly Request[],
	budgetMs = 8
): Promise<Promise<unknown>[]> {
	const made: Promise<unknown>[] = [];
	let i = 0;
	while (i < requests.length) {
		const start = performance.now();
		let last: Promise<unknown>;
		do {
			last = requests[i++]!();
			// Rejections reach the caller through `made`; this only keeps them from being unhandled.
			last.catch(() => undefined);
			made.push(last);
		} while (i < requests.length && performance.now() - start < budgetMs);
		try {
			await last;
		} catch {
			break;
		}
	}
	return made;
}

/**
 * Gives the main thread back to the browser (input, paint) before more work: long tasks on a
 * first visit are what a phone's user feels as a page that does not answer.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What the service worker does not precache but caches at run time, fetched once the app is
 * cached and the browser is idle: the facts worker and /add's HTML import. This module loads
 * at that moment only, so the warm-up adds nothing to a screen's first visit.
 */
import { warmHtmlImport } from '$lib/import/html-url';
import { warmFactsWorker } from '$lib/workers/facts-worker-url';

/** Caches both (each on its own: one failing does not stop the other). */
export async function warmRuntimeCaches(): Promise<void> {
	await Promise.allSettled([warmFactsWorker(), warmHtmlImport()]);
}

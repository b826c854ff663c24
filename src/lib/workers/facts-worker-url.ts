/**
 * Where the built facts worker is. It holds the language libraries (about 170 kB gzip), so it
 * is not in the service worker's precache, which every install downloads: the app caches it
 * once the app itself is cached, when the browser is idle (see warmFactsWorker).
 */
import { FACTS_WORKER_CACHE } from '$lib/pwa/caches';
import url from './facts.worker.ts?worker&url';

export const FACTS_WORKER_URL: string = url;

/**
 * Puts this version's facts worker in its cache (and drops its older versions), so that finding
 * facts in an article of one's own works offline after one online visit. The service worker
 * answers from that cache. Does nothing when it is cached already or when the user asked
 * their browser to save data.
 */
export async function warmFactsWorker(): Promise<void> {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData || !('caches' in globalThis)) return;
	const cache = await caches.open(FACTS_WORKER_CACHE);
	const url = new URL(FACTS_WORKER_URL, location.href).href;
	// Older versions of the worker go; anything else the route cached stays.
	for (const request of await cache.keys())
		if (/\/facts\.worker-[^/]*\.js$/.test(request.url) && request.url !== url)
			await cache.delete(request);
	if (!(await cache.match(url))) await cache.add(url);
}

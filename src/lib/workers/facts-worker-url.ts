/**
 * Where the built facts worker is. It holds the language libraries (about 170 kB gzip), so it
 * is not in the service worker's precache, which every install downloads: the app caches it
 * once the app itself is cached, when the browser is idle (see warmFactsWorker).
 */
import { cacheOneVersion, FACTS_WORKER_CACHE, mayWarmCaches } from '$lib/pwa/caches';
import url from './facts.worker.ts?worker&url';

export const FACTS_WORKER_URL: string = url;

/**
 * Puts this version's facts worker in its cache (and drops its older versions), so that finding
 * facts in an article of one's own works offline after one online visit. The service worker
 * answers from that cache. Does nothing when it is cached already or when the user asked
 * their browser to save data.
 */
export async function warmFactsWorker(): Promise<void> {
	if (!mayWarmCaches()) return;
	await cacheOneVersion(FACTS_WORKER_CACHE, new URL(FACTS_WORKER_URL, location.href).href, (url) =>
		/\/facts\.worker-[^/]*\.js$/.test(url)
	);
}

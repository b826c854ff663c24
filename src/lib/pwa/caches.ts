/** The service worker's runtime cache for the facts worker, named once for the app and the build. */
export const FACTS_WORKER_CACHE = 'dossier-facts-worker';

/**
 * The service worker's runtime cache for /add's HTML import (Readability and DOMPurify, about
 * 25 kB gzip), which is not precached either (vite.config.ts, htmlImportChunk).
 */
export const HTML_IMPORT_CACHE = 'dossier-html-import';

/**
 * The HTML import's built chunk is `_app/immutable/chunks/html-import-<hash>.js`: a name the
 * service worker's configuration can leave out of the precache and route to its runtime cache.
 */
export const HTML_IMPORT_CHUNK = 'html-import';

/**
 * A file the build writes beside the chunks, `{ "file": "_app/immutable/chunks/html-import-<hash>.js" }`:
 * where this version's HTML import is, for the app to cache it (src/lib/import/html-url.ts).
 * Precached, so it always names the chunk of the version the service worker serves.
 */
export const HTML_IMPORT_INDEX = '_app/html-import.json';

/** False when the user asked their browser to save data, or there is no Cache Storage. */
export function mayWarmCaches(): boolean {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	return !connection?.saveData && 'caches' in globalThis;
}

/**
 * Puts `url` in the runtime cache `name` unless it is there already, after dropping the entries
 * that `isVersion` says are other versions of the same file (anything else the route cached
 * stays). The service worker answers from that cache, first from the cache.
 */
export async function cacheOneVersion(
	name: string,
	url: string,
	isVersion: (url: string) => boolean
): Promise<void> {
	const cache = await caches.open(name);
	for (const request of await cache.keys())
		if (isVersion(request.url) && request.url !== url) await cache.delete(request);
	if (!(await cache.match(url))) await cache.add(url);
}

/**
 * Where the built HTML import (./html.ts with Readability and DOMPurify, about 25 kB gzip) is,
 * and its warm-up. Only /add's web pages need it, so it is not in the service worker's
 * precache, which every install downloads: like the facts worker, the app caches it once the
 * app itself is cached, when the browser is idle, and the service worker answers /add's
 * import() from that cache (vite.config.ts).
 *
 * Its URL has the chunk's hash, known only once the build has written the chunks, after the
 * app's code: the build writes it to a small precached file (HTML_IMPORT_INDEX), read here.
 * Not import('./html') itself: that would run both libraries on every screen, and its request
 * would bypass the service worker on a first visit, which no service worker controls yet.
 */
import { base } from '$app/paths';
import {
	cacheOneVersion,
	HTML_IMPORT_CACHE,
	HTML_IMPORT_CHUNK,
	HTML_IMPORT_INDEX,
	mayWarmCaches
} from '$lib/pwa/caches';

/**
 * Puts this version's HTML import in its cache (and drops its older versions), so that adding a
 * web page works offline after one online visit. Does nothing when it is cached already or
 * when the user asked their browser to save data; rejects where there is no index (vite dev).
 */
export async function warmHtmlImport(): Promise<void> {
	if (!mayWarmCaches()) return;
	const index = await fetch(`${base}/${HTML_IMPORT_INDEX}`);
	if (!index.ok) throw new Error(`No ${HTML_IMPORT_INDEX}: ${index.status}`);
	const { file } = (await index.json()) as { file: string };
	const older = new RegExp(`/${HTML_IMPORT_CHUNK}-[^/]*\\.js$`);
	await cacheOneVersion(HTML_IMPORT_CACHE, new URL(`${base}/${file}`, location.href).href, (url) =>
		older.test(url)
	);
}

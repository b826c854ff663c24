/**
 * The service worker's precache must hold every page and everything a page needs, or a
 * route fails offline. Reads the generated build/sw.js (run after `vite build`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ClientBuild } from '../../scripts/bench/sizes';
import {
	FACTS_WORKER_CACHE,
	HTML_IMPORT_CACHE,
	HTML_IMPORT_CHUNK,
	HTML_IMPORT_INDEX
} from '../../src/lib/pwa/caches';

const BUILD = 'build';

/** The precached URLs, as paths relative to the site root. */
function precacheUrls(): Set<string> {
	return new Set(new ClientBuild().precacheUrls().map((url) => url.replace(/^\//, '')));
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [relative(BUILD, path)];
	});
}

/** The fallback page for client-only routes: the service worker serves it by its file name. */
const FALLBACK = '200.html';

/** The URL a static host serves a built file at: read/x.html is /read/x, index.html is /. */
function urlOf(file: string): string {
	if (file === 'index.html') return '';
	if (file === FALLBACK) return FALLBACK;
	return file.replace(/\.html$/, '');
}

const files = filesUnder(BUILD).filter((f) => !/\.(gz|br)$/.test(f));
const pages = files.filter((f) => f.endsWith('.html'));

test('every prerendered page, its data and the pack are precached', () => {
	const urls = precacheUrls();
	const expected = [
		...pages.map(urlOf),
		...files.filter((f) => f.endsWith('__data.json')),
		'pack.json',
		'manifest.webmanifest',
		'_app/version.json'
	];
	expect(pages.length).toBeGreaterThanOrEqual(7);
	expect(pages).toContain(FALLBACK);
	expect(expected.filter((url) => !urls.has(url))).toEqual([]);
});

test('navigations to routes that are not prerendered fall back to the precached 200.html', () => {
	const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
	expect(sw).toContain(`createHandlerBoundToURL("/${FALLBACK}")`);
});

test('every script, style and icon in the build is precached', () => {
	const urls = precacheUrls();
	const assets = files.filter((f) => /\.(js|css|png|svg|ico|webmanifest)$/.test(f));
	const notPrecached = assets.filter(
		(f) =>
			!urls.has(f) &&
			f !== 'sw.js' &&
			!/^workbox-[\w-]+\.js$/.test(f) &&
			// The install sheet's screenshots are only shown online, by the browser.
			!f.startsWith('screenshots/') &&
			// The facts worker has a runtime cache (next test), the pack worker none (offline
			// without it the page writes the pack itself); the search worker is precached.
			!/^_app\/immutable\/workers\/(facts|pack)\.worker-/.test(f) &&
			// /add's HTML import has a runtime cache too (below).
			!f.startsWith(`_app/immutable/chunks/${HTML_IMPORT_CHUNK}-`)
	);
	expect(notPrecached).toEqual([]);
});

test('the facts worker is served from a runtime cache, first from the cache; the pack worker from none', () => {
	for (const name of ['facts', 'pack']) {
		const workers = files.filter(
			(f) => f.startsWith(`_app/immutable/workers/${name}.worker-`) && f.endsWith('.js')
		);
		expect(workers).toHaveLength(1);
		expect(precacheUrls().has(workers[0]!)).toBe(false);
	}
	const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
	// The runtime route matches the facts worker's files only (the pack worker's are not cached).
	const route =
		/startsWith\("\/_app\/immutable\/workers\/facts\.worker-"\)[^;]*?CacheFirst\(\{cacheName:"([\w-]+)"/.exec(
			sw
		);
	expect(route?.[1]).toBe(FACTS_WORKER_CACHE);
});

test('/add’s HTML import is served from a runtime cache, first from the cache; the precached index names it', () => {
	const build = new ClientBuild();
	const chunk = build.manifest['src/lib/import/html.ts']!.file;
	expect(chunk).toMatch(new RegExp(`^_app/immutable/chunks/${HTML_IMPORT_CHUNK}-[\\w-]+\\.js$`));
	// Readability and DOMPurify are in it, and in no other chunk that is precached.
	for (const marker of ['_grabArticle', 'SAFE_FOR_TEMPLATES']) {
		expect(build.code('src/lib/import/html.ts')).toContain(marker);
		const holders = Object.keys(build.manifest).filter((key) => build.code(key).includes(marker));
		expect(holders.map((key) => build.manifest[key]!.file)).toEqual([chunk]);
	}
	const urls = precacheUrls();
	expect(urls.has(chunk)).toBe(false);
	// Where the app's warm-up finds it (src/lib/import/html-url.ts): precached, this build's chunk.
	expect(urls.has(HTML_IMPORT_INDEX)).toBe(true);
	expect(JSON.parse(readFileSync(join(BUILD, HTML_IMPORT_INDEX), 'utf8'))).toEqual({ file: chunk });
	const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
	const route =
		/startsWith\("\/_app\/immutable\/chunks\/([\w-]+)-"\)[^;]*?CacheFirst\(\{cacheName:"([\w-]+)"/.exec(
			sw
		);
	expect(route?.slice(1)).toEqual([HTML_IMPORT_CHUNK, HTML_IMPORT_CACHE]);
});

test('every asset that a page references is precached', () => {
	const urls = precacheUrls();
	const missing: string[] = [];
	for (const page of pages) {
		const html = readFileSync(join(BUILD, page), 'utf8');
		const refs = [
			...html.matchAll(/(?:href|src)="([^"]+)"/g),
			...html.matchAll(/import\("([^"]+)"\)/g)
		].map((m) => m[1]!);
		for (const ref of refs) {
			if (/^(https?:|data:|mailto:|#)/.test(ref)) continue;
			// Pages link with paths relative to themselves ("../_app/…") or absolute ("/read/x").
			const path = new URL(ref, `http://host/${page}`).pathname.slice(1);
			if (!urls.has(path)) missing.push(`${page} → ${ref}`);
		}
	}
	expect(missing).toEqual([]);
});

test('the manifest’s icons are precached, and its screenshots exist in the build', () => {
	const urls = precacheUrls();
	const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.webmanifest'), 'utf8')) as {
		icons: { src: string }[];
		screenshots: { src: string }[];
	};
	const icons = manifest.icons.map((i) => i.src.replace(/^\//, ''));
	expect(icons.filter((src) => !urls.has(src))).toEqual([]);
	const screenshots = manifest.screenshots.map((i) => i.src.replace(/^\//, ''));
	expect(screenshots.length).toBeGreaterThan(0);
	expect(screenshots.filter((src) => !files.includes(src))).toEqual([]);
});

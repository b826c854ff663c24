import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/lib/domain/pack';
import { FACTS_WORKER_CACHE, HTML_IMPORT_CACHE } from '../../src/lib/pwa/caches';
import { goOffline, launchProfile, waitForServiceWorker } from './profile';
import { factGroups, openAdd, openAllGroups, paste } from './support';

const PASTED = readFileSync('src/lib/domain/facts/fixtures/gcap-export-decision.txt', 'utf8');
const WEB_PAGE = readFileSync('tests/e2e/fixtures/hostile-news-page.html', 'utf8');

/** Pastes an article of one's own on the Key facts screen and asks for its facts. */
async function pasteArticle(page: Page) {
	await page.getByText('Find key facts in an article of your own').click();
	await page.getByLabel(/Paste an article as text/).fill(PASTED);
	await page.getByRole('button', { name: 'Find key facts' }).click();
}

/** How many versions of the facts worker the app has cached (it is not in the precache). */
const cachedFactsWorkers = (page: Page) =>
	page.evaluate(
		async (name) => (await (await caches.open(name)).keys()).length,
		FACTS_WORKER_CACHE
	);

/**
 * Empties a runtime cache for good, offline: a fetch begun online may still be written after a
 * first deletion (the service worker writes what its route fetched after answering the page,
 * and the page's warm-up writes it too), so it deletes until the cache stays empty a while.
 */
async function emptyCache(page: Page, name: string) {
	await expect
		.poll(
			async () => {
				await page.evaluate((name) => caches.delete(name), name);
				await page.waitForTimeout(1_000);
				return page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, name);
			},
			{ timeout: 30_000 }
		)
		.toBe(0);
}

/** The URLs in the runtime cache of /add's HTML import (Readability, DOMPurify; not precached). */
const cachedHtmlImports = (page: Page) =>
	page.evaluate(
		async (name) => (await (await caches.open(name)).keys()).map((request) => request.url),
		HTML_IMPORT_CACHE
	);

/** Every URL in the service worker's precache (Workbox's cache of it). */
const precachedUrls = (page: Page) =>
	page.evaluate(async () => {
		const names = (await caches.keys()).filter((name) => name.includes('precache'));
		const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
		return requests.flat().map((request) => request.url);
	});

/** Pastes a copied web page on /add and asks for its preview. */
async function pasteWebPage(page: Page) {
	await openAdd(page);
	await paste(page, 'Kestria doubles its rail budget', WEB_PAGE);
	await page.getByRole('button', { name: 'Preview' }).click();
}

/** Visits every screen and article and checks that each shows its content. */
async function visitEverything(context: BrowserContext, pack: Pack) {
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	for (const article of pack.articles) {
		await page.goto(`/read/${article.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
		await expect(page.locator('[data-paragraph]')).toHaveCount(article.paragraphs.length);
		await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	}
	await page.goto('/facts');
	await expect(page.getByRole('heading', { level: 1, name: 'Key facts' })).toBeVisible();
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	await openAllGroups(page);
	await expect(factGroups(page).locator('article.fact')).toHaveCount(pack.facts.length);
	await pasteArticle(page);
	await expect(page.getByRole('status').filter({ hasText: 'key facts found in' })).toContainText(
		'Japan Clears Way to Export Next-Generation Fighter Jet'
	);
	await page.goto('/review');
	await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
	await expect(page.getByTestId('due-count')).toHaveText(/^\d+ due$/);
	// "Quiz me on this article" opened as an address (a bookmark, a reload): the same page.
	await page.goto(`/review?article=${encodeURIComponent(pack.articles[0]!.id)}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(`On “${pack.articles[0]!.title}”`);
	await page.goto('/stats');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	// A route that was never prerendered gets the app shell, which shows its own not-found page.
	await page.goto('/read/no-such-article');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available offline');
	await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible();
	// Links work too, not only typed addresses.
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await page.getByRole('link', { name: pack.articles[1]!.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(pack.articles[1]!.title);
	await page.close();
}

test('after one online visit, everything works offline, also after a browser restart', async ({
	request
}, testInfo) => {
	// Every screen twice offline, on a persistent profile: up to 108 s in a full run on a busy
	// two-core machine.
	test.setTimeout(360_000);
	const pack = (await (await request.get('/pack.json')).json()) as Pack;
	const baseURL = testInfo.project.use.baseURL!;
	const profile = testInfo.outputPath('profile');

	let context = await launchProfile(profile, baseURL);
	const first = await context.newPage();
	await first.goto('/');
	await expect(first.getByText('Ready to work offline.')).toBeVisible();
	await waitForServiceWorker(first);
	await expect(first.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	// The facts worker follows the precache once the browser is idle.
	await expect.poll(() => cachedFactsWorkers(first)).toBe(1);

	await goOffline(context);
	await first.close();
	await visitEverything(context, pack);
	const indicator = await context.newPage();
	await indicator.goto('/');
	await expect(indicator.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await context.close();

	// A new browser process on the same profile, with no network from the start.
	context = await launchProfile(profile, baseURL, { offline: true });
	await visitEverything(context, pack);
	await context.close();
});

test('a first visit straight to an article is enough to work offline', async ({
	request
}, testInfo) => {
	const pack = (await (await request.get('/pack.json')).json()) as Pack;
	const article = pack.articles.at(-1)!;
	const context = await launchProfile(
		testInfo.outputPath('profile'),
		testInfo.project.use.baseURL!
	);
	const page = await context.newPage();
	await page.goto(`/read/${article.id}`);
	await waitForServiceWorker(page);
	// One worker for the whole app, not one per folder.
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/');

	await goOffline(context);
	await page.getByRole('link', { name: 'Library', exact: true }).click();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await page.reload();
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await context.close();
});

test('offline, before the facts worker is cached, pasting an article says what is missing', async ({
	request
}, testInfo) => {
	// A persistent profile, a service worker and a worker cache: up to 18 s on a busy machine.
	test.setTimeout(180_000);
	const context = await launchProfile(
		testInfo.outputPath('profile'),
		testInfo.project.use.baseURL!
	);
	const page = await context.newPage();
	await page.goto('/facts');
	await waitForServiceWorker(page);
	await expect.poll(() => cachedFactsWorkers(page)).toBe(1);
	// As if the browser had not been idle yet, or the user saves data: in no cache at all. Offline
	// first: on a busy machine the page's own idle-time caching could otherwise put the worker
	// back between the deletion and the network going (a run beside another suite saw it).
	await goOffline(context);
	await emptyCache(page, FACTS_WORKER_CACHE);
	await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
	await page.reload();
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	expect(await cachedFactsWorkers(page)).toBe(0);
	await pasteArticle(page);
	await expect(page.getByRole('alert')).toContainText(
		'needs its language tools (about 170 kB), which are not on this device yet'
	);
	// The rest of the screen goes on working.
	const pack = (await (await request.get('/pack.json')).json()) as Pack;
	await openAllGroups(page);
	await expect(factGroups(page).locator('article.fact')).toHaveCount(pack.facts.length);
	await context.close();
});

test('with the network gone while the browser still says online, a page not saved says so', async ({
	baseURL
}, testInfo) => {
	// navigator.onLine is only a hint: a lost signal leaves it true. The failed fetch is what
	// the error page goes by. The browser is made to say online whatever its emulation does.
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	await context.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true });
	});
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/read/no-such-article');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available offline');
	await expect(page.getByText('The network cannot be reached, and')).toBeVisible();
	await context.close();
});

test('after one online visit, a web page pasted on /add is read offline, its tools from their runtime cache', async ({
	baseURL
}, testInfo) => {
	// A persistent profile, a service worker, two warmed caches and a preview: up to 30 s.
	test.setTimeout(240_000);
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	const first = await context.newPage();
	await first.goto('/');
	await waitForServiceWorker(first);
	// Not downloaded with the app: the page's tools follow it once the browser is idle, as the
	// facts worker (which the preview needs too) does.
	await expect.poll(() => cachedFactsWorkers(first)).toBe(1);
	await expect.poll(() => cachedHtmlImports(first)).toHaveLength(1);
	const [tools] = await cachedHtmlImports(first);
	expect(new URL(tools!).pathname).toMatch(/^\/_app\/immutable\/chunks\/html-import-[\w-]+\.js$/);
	const precached = await precachedUrls(first);
	expect(precached.some((url) => url.includes('/_app/immutable/chunks/'))).toBe(true);
	expect(precached.filter((url) => url.includes('html-import-'))).toEqual([]);

	await goOffline(context);
	await first.close();
	const page = await context.newPage();
	const served: string[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/html-import-') && response.fromServiceWorker())
			served.push(new URL(response.url()).href);
	});
	await pasteWebPage(page);
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toBeVisible({ timeout: 60_000 });
	await expect(preview.getByLabel('Title')).toHaveValue('Kestria doubles its rail budget');
	await expect(preview.getByLabel('Publisher')).toHaveValue('The Harbour Gazette');
	await expect(preview.locator('.opening')).not.toContainText('Subscribe');
	expect(served).toEqual([tools]);
	await context.close();
});

test('offline, before the page tools are cached, pasting a web page says what is missing', async ({
	baseURL
}, testInfo) => {
	test.setTimeout(180_000);
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	const page = await context.newPage();
	await openAdd(page);
	await waitForServiceWorker(page);
	await expect.poll(() => cachedHtmlImports(page)).toHaveLength(1);
	// As if the browser had not been idle yet, or the user saves data (offline first: see above).
	await goOffline(context);
	await emptyCache(page, HTML_IMPORT_CACHE);
	await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
	await page.reload();
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	expect(await cachedHtmlImports(page)).toEqual([]);
	await paste(page, 'Kestria doubles its rail budget', WEB_PAGE);
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Reading a web page needs its page tools (about 25 kB), which are not on this device yet'
	);
	await context.close();
});

import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/lib/domain/pack';
import { FACTS_WORKER_CACHE } from '../../src/lib/pwa/caches';
import { goOffline, launchProfile, waitForServiceWorker } from './profile';
import { factGroups, openAllGroups } from './support';

const PASTED = readFileSync('src/lib/domain/facts/fixtures/gcap-export-decision.txt', 'utf8');

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
	await page.evaluate((name) => caches.delete(name), FACTS_WORKER_CACHE);
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

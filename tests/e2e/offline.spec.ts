import { expect, test, type BrowserContext } from '@playwright/test';
import type { Pack } from '../../src/lib/domain/pack';
import { launchProfile, waitForServiceWorker } from './profile';

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
	await expect(page.locator('article.fact')).toHaveCount(pack.facts.length);
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
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
	test.setTimeout(90_000);
	const pack = (await (await request.get('/pack.json')).json()) as Pack;
	const baseURL = testInfo.project.use.baseURL!;
	const profile = testInfo.outputPath('profile');

	let context = await launchProfile(profile, baseURL);
	const first = await context.newPage();
	await first.goto('/');
	await expect(first.getByText('Dossier is ready to work offline')).toBeVisible();
	await waitForServiceWorker(first);
	await expect(first.locator('ul.articles[data-loaded="true"]')).toBeVisible();

	await context.setOffline(true);
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

	await context.setOffline(true);
	await page.getByRole('link', { name: 'Library', exact: true }).click();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await page.reload();
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await context.close();
});

import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './support';

/**
 * A first visit writes the content pack in a worker, off the page's main thread; when the
 * worker's script cannot be loaded (offline before it was ever fetched), the page writes the
 * pack itself. Either way the cards are there to review.
 */
test.use({ serviceWorkers: 'block' });

/** The URLs of the dedicated workers the page starts. */
function workersOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('worker', (worker) => urls.push(worker.url()));
	return urls;
}

async function expectCardsToReview(page: Page) {
	await page.goto('/review');
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
}

test('a first visit writes the pack in a worker', async ({ page }) => {
	const workers = workersOf(page);
	await openLibrary(page);
	expect(workers.some((url) => /\/workers\/pack\.worker-[\w-]+\.js$/.test(url))).toBe(true);
	await expectCardsToReview(page);
});

test('without the worker’s script, the page writes the pack itself', async ({ page }) => {
	let refused = 0;
	await page.route(/\/workers\/pack\.worker-[\w-]+\.js$/, (route) => {
		refused++;
		return route.abort('internetdisconnected');
	});
	await openLibrary(page);
	expect(refused).toBeGreaterThan(0);
	await expect(page.getByText(/could not be updated for offline reading/)).toHaveCount(0);
	await expectCardsToReview(page);
});

test('a first visit fetches the pack once, as the page starts; later visits fetch none', async ({
	page
}) => {
	const packs: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/pack.json') packs.push(request.url());
	});
	await openLibrary(page);
	// Fetched by app.html's own script, before the app's code has run.
	const started = await page.evaluate(() => {
		const pack = performance.getEntriesByName(new URL('/pack.json', location.href).href)[0];
		const app = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
			(entry) => /\/_app\/immutable\/entry\//.test(entry.name)
		);
		return { pack: pack?.startTime ?? NaN, lastEntry: Math.max(...app.map((e) => e.responseEnd)) };
	});
	expect(started.pack).toBeLessThan(started.lastEntry);
	await expectCardsToReview(page);
	await page.reload();
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	expect(packs).toHaveLength(1);
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { NEWER_VERSION_MESSAGE } from '../../src/lib/db/errors';
import { fetchPack } from './support';

/**
 * Screens that recover (issue 12): with IndexedDB refusing its first open, as a browser with
 * storage blocked does, every screen says why with a Retry instead of loading forever, and
 * Retry opens the database for real. A newer tab that upgrades the database makes this one
 * say so, with a Reload.
 */

/** Makes the page's first indexedDB.open throw, as a blocked storage does; later opens work. */
async function blockFirstOpen(page: Page) {
	await page.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		let refused = false;
		IDBFactory.prototype.open = function (
			this: IDBFactory,
			...args: Parameters<IDBFactory['open']>
		) {
			if (!refused) {
				refused = true;
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
			return open.apply(this, args);
		};
	});
}

const BLOCKED = /not letting Dossier keep data on this device/;

/** The error a screen shows for the blocked open, with its Retry button. */
function failure(page: Page, within: Locator | Page = page): Locator {
	return within.getByRole('alert').filter({ hasText: BLOCKED });
}

test.describe('when the database cannot be opened', () => {
	test.beforeEach(({ page }) => blockFirstOpen(page));

	test('the library says why, and Retry shows the progress', async ({ page }) => {
		await page.goto('/');
		const list = page.locator('ul.articles');
		const error = failure(page).filter({ has: page.getByRole('button', { name: 'Retry' }) });
		await expect(error).toBeVisible();
		await expect(list).toHaveAttribute('data-loaded', 'false');
		// The articles are still listed from the page itself.
		await expect(list.locator('li')).toHaveCount(5);
		await error.getByRole('button', { name: 'Retry' }).click();
		await expect(list).toHaveAttribute('data-loaded', 'true');
		await expect(error).toHaveCount(0);
	});

	test('the reader keeps the text, says why, and Retry restores the stored copy', async ({
		page,
		request
	}) => {
		const [article] = (await fetchPack(request)).articles;
		await page.goto(`/read/${article!.id}`);
		await expect(page.locator('article.reader h1')).toHaveText(article!.title);
		const error = failure(page);
		await expect(error).toBeVisible();
		await error.getByRole('button', { name: 'Retry' }).click();
		await expect(error).toHaveCount(0);
		await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	});

	test('the review says why instead of "Loading your cards…", and Retry starts it', async ({
		page
	}) => {
		await page.goto('/review');
		const error = failure(page);
		await expect(error).toBeVisible();
		await expect(page.getByText('Loading your cards…')).toHaveCount(0);
		await error.getByRole('button', { name: 'Retry' }).click();
		await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
		await expect(page.getByTestId('due-count')).toHaveText(/\d+ due/);
	});

	test('the stats say why, and Retry shows them', async ({ page }) => {
		await page.goto('/stats');
		const error = failure(page);
		await expect(error).toBeVisible();
		await error.getByRole('button', { name: 'Retry' }).click();
		await expect(page.locator('.grid[data-loaded="true"]')).toBeVisible();
		await expect(page.getByTestId('state-new')).toHaveText(/^\d+$/);
	});

	test('the settings say why, and Retry loads them', async ({ page }) => {
		await page.goto('/settings');
		const review = page.locator('section[aria-labelledby="review-heading"]');
		const reading = page.locator('section[aria-labelledby="reading-heading"]');
		await expect(failure(page, review)).toBeVisible();
		await expect(failure(page, reading)).toBeVisible();
		await failure(page, review).getByRole('button', { name: 'Retry' }).click();
		await expect(review.locator('fieldset[data-loaded="true"]')).toBeVisible();
		await failure(page, reading).getByRole('button', { name: 'Retry' }).click();
		await expect(failure(page)).toHaveCount(0);
	});

	test('the key facts say why, and Retry reads the stored facts', async ({ page }) => {
		await page.goto('/facts');
		const error = failure(page);
		await expect(error).toBeVisible();
		await error.getByRole('button', { name: 'Retry' }).click();
		await expect(page.locator('.summary[data-loaded="true"]')).toBeVisible();
		await expect(error).toHaveCount(0);
	});
});

test('a newer version in another tab makes this one say so, with a Reload', async ({
	page,
	context
}) => {
	await page.goto('/review');
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();

	// The other tab: a page of the same origin that opens the database at a higher version.
	const other = await context.newPage();
	await other.goto('/pack.json');
	const upgraded = await other.evaluate(async () => {
		const current = (await indexedDB.databases()).find((d) => d.name === 'dossier')!.version!;
		return new Promise<number>((resolve, reject) => {
			const request = indexedDB.open('dossier', current + 1);
			request.onsuccess = () => {
				request.result.close();
				resolve(current + 1);
			};
			request.onerror = () => reject(request.error);
		});
	});
	expect(upgraded).toBeGreaterThan(1);

	const notice = page.getByRole('alert').filter({ hasText: NEWER_VERSION_MESSAGE }).first();
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { fetchPack, openReader, openSettings, readToTheEnd } from './support';

/** Replaces navigator.storage.persist/persisted with a browser that grants on request, and counts. */
async function fakePersistence(page: Page) {
	await page.addInitScript(() => {
		let granted = false;
		const calls = { persist: 0 };
		(window as unknown as { persistCalls: typeof calls }).persistCalls = calls;
		navigator.storage.persisted = async () => granted;
		navigator.storage.persist = async () => {
			calls.persist++;
			granted = true;
			return true;
		};
	});
}

function persistCalls(page: Page): Promise<number> {
	return page.evaluate(
		() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist
	);
}

test('Settings shows the storage used and whether the browser keeps it', async ({ page }) => {
	await openSettings(page);
	const usage = page.getByTestId('storage-usage');
	await expect(usage).toHaveText(/^\d+(\.\d)? (B|kB|MB|GB)\b/);
	await expect(usage).toContainText('available');
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	await expect(page.getByTestId('storage-persisted')).toContainText(persisted ? 'Yes' : 'Not yet');
});

test('"Keep my data on this device" asks the browser and shows the answer', async ({ page }) => {
	await fakePersistence(page);
	await openSettings(page);
	await expect(page.getByTestId('storage-persisted')).toContainText('Not yet');
	await page.getByRole('button', { name: 'Keep my data on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'the browser will keep' })).toBeVisible();
	await expect(page.getByTestId('storage-persisted')).toContainText('Yes');
	await expect(page.getByRole('button', { name: 'Keep my data on this device' })).toHaveCount(0);
	expect(await persistCalls(page)).toBe(1);
});

test('finishing the first article asks once for persistent storage', async ({ page, request }) => {
	await fakePersistence(page);
	const [first, second] = (await fetchPack(request)).articles;
	await openReader(page, first!);
	expect(await persistCalls(page)).toBe(0);
	await readToTheEnd(page);
	await expect.poll(() => persistCalls(page)).toBe(1);

	// Already granted: finishing another article does not ask again.
	await page.getByRole('link', { name: second!.title }).first().click();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	await readToTheEnd(page);
	expect(await persistCalls(page)).toBe(1);
});

test('review settings: retention and the daily new-card limit are kept and used', async ({
	page
}) => {
	await openSettings(page);
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	const newPerDay = page.getByLabel('New cards a day');
	await expect(newPerDay).toHaveValue('10');
	await newPerDay.fill('3');
	await newPerDay.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	const retention = page.getByLabel(/Desired retention/);
	await retention.fill('0.95');
	await retention.dispatchEvent('change');
	await expect(page.getByTestId('retention-value')).toHaveText('95%');
	const leech = page.getByLabel(/Lapses that make a card a leech/);
	await expect(leech).toHaveValue('8');
	await leech.fill('5');
	await leech.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	// A value out of range is refused with a message, and what was stored stays.
	await newPerDay.fill('9000');
	await newPerDay.press('Tab');
	await expect(page.getByRole('alert')).toContainText('Not saved');

	await page.reload();
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	await expect(page.getByLabel('New cards a day')).toHaveValue('3');
	await expect(page.getByTestId('retention-value')).toHaveText('95%');
	await expect(page.getByLabel(/Lapses that make a card a leech/)).toHaveValue('5');
	await page.goto('/review');
	await expect(page.getByTestId('due-count')).toHaveText('3 due');
});

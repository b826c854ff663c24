import { expect, test, type Page } from '@playwright/test';
import { fetchPack, openLibrary, openReader, paragraphs, readToTheEnd } from './support';

async function fontSize(page: Page): Promise<number> {
	return paragraphs(page)
		.first()
		.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
}

test('display preferences survive a reload, from IndexedDB', async ({ page, request }) => {
	const [article] = (await fetchPack(request)).articles;
	await openReader(page, article!);
	const before = await fontSize(page);
	await page.getByRole('button', { name: 'Display' }).click();
	await page.getByRole('button', { name: 'Larger text' }).click();
	await page.getByRole('button', { name: 'Larger text' }).click();
	await page.getByRole('radio', { name: 'Sepia' }).check();
	await page.getByRole('radio', { name: 'Relaxed' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
	const larger = await fontSize(page);
	expect(larger).toBeGreaterThan(before);

	// The localStorage copy only serves first paint: without it, IndexedDB restores everything.
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
	expect(await fontSize(page)).toBe(larger);
	await page.getByRole('button', { name: 'Display' }).click();
	await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Relaxed' })).toBeChecked();
	await expect(page.getByText('Size 5 of 7')).toBeVisible();
});

test('the reader reopens at the paragraph where you stopped', async ({ page, request }) => {
	const pack = await fetchPack(request);
	const long = [...pack.articles].sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0]!;
	const target = Math.floor(long.paragraphs.length / 2);
	await openReader(page, long);
	await page.locator(`#p-${target}`).evaluate((p) => p.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 1); // a user scroll, as a person would make
	await page.waitForTimeout(800);

	await page.reload();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	await expect(page.getByText('Continuing where you stopped.')).toBeVisible();
	const top = await page.locator(`#p-${target}`).evaluate((p) => p.getBoundingClientRect().top);
	expect(Math.abs(top)).toBeLessThan(40);

	await openLibrary(page);
	const card = page.locator('ul.articles > li', { hasText: long.title });
	await expect(card).toContainText(/\d+% read/);
});

test('reaching the end marks an article finished', async ({ page, request }) => {
	const [article] = (await fetchPack(request)).articles;
	await openReader(page, article!);
	await readToTheEnd(page);
	await openLibrary(page);
	await expect(page.locator('ul.articles > li', { hasText: article!.title })).toContainText(
		'Finished'
	);
});

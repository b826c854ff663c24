import { expect, test } from '@playwright/test';
import { formatPublished } from '../../src/lib/domain/format';
import { fetchPack, openLibrary } from './support';

test('the library lists every article with publisher, date, reading time and progress', async ({
	page,
	request
}) => {
	const pack = await fetchPack(request);
	expect(pack.articles).toHaveLength(5);
	await openLibrary(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	const cards = page.locator('ul.articles > li');
	await expect(cards).toHaveCount(5);
	for (const [index, article] of pack.articles.entries()) {
		const card = cards.nth(index);
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(article.title);
		await expect(card).toContainText(article.publisher?.name ?? 'Publisher unknown');
		await expect(card).toContainText(formatPublished(article.published));
		await expect(card).toContainText(`${article.readingMinutes} min read`);
		await expect(card).toContainText('Unread');
	}
	await expect(page.getByText('Date unknown')).toHaveCount(
		pack.articles.filter((a) => a.published.precision === 'unknown').length
	);
});

test('the library is readable before any script runs (prerendered)', async ({
	browser,
	request
}) => {
	const pack = await fetchPack(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	for (const article of pack.articles) {
		await expect(page.getByRole('link', { name: article.title })).toBeVisible();
	}
	await page.goto(`/read/${pack.articles[0]!.id}`);
	await expect(page.locator('[data-paragraph="0"]')).toHaveText(
		pack.articles[0]!.paragraphs[0]!.text
	);
	await context.close();
});

test('a card opens its article', async ({ page, request }) => {
	const [first] = (await fetchPack(request)).articles;
	await openLibrary(page);
	await page.getByRole('link', { name: first!.title }).click();
	await expect(page).toHaveURL(`/read/${first!.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
});

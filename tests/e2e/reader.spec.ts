import { expect, test } from '@playwright/test';
import { BOILERPLATE, fetchPack, openReader, paragraphs } from './support';

test('every reader page shows the clean text: all paragraphs in order, no boilerplate', async ({
	page,
	request
}) => {
	const pack = await fetchPack(request);
	for (const article of pack.articles) {
		await openReader(page, article);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
		const shown = paragraphs(page);
		await expect(shown).toHaveCount(article.paragraphs.length);
		const texts = await shown.allInnerTexts();
		expect(texts.map((t) => t.replace(/^Image caption:\s*/, '').trim())).toEqual(
			article.paragraphs.map((p) => p.text)
		);
		const readerText = [await page.locator('h1').innerText(), ...texts].join('\n');
		for (const line of BOILERPLATE)
			expect(readerText, `${article.id}: ${line}`).not.toContain(line);
	}
});

test('the source line says what is known and what is not', async ({ page, request }) => {
	const pack = await fetchPack(request);
	const dated = pack.articles.find((a) => a.published.precision === 'day')!;
	await openReader(page, dated);
	await expect(page.locator('.source')).toContainText('26 December 2023');
	await expect(page.locator('.source')).toContainText('By Kyle Anzalone');
	await expect(page.locator('.source')).toContainText('Publisher unknown');

	const derived = pack.articles.find((a) => a.titleDerived)!;
	await openReader(page, derived);
	await page.getByText('About this text').click();
	await expect(page.getByText('The original has no headline')).toBeVisible();
	await expect(page.locator('.source')).toContainText('(estimated)');
});

test('previous and next follow the library order', async ({ page, request }) => {
	const [first, second] = (await fetchPack(request)).articles;
	await openReader(page, first!);
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
	await page.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(`/read/${second!.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
	await page.locator('a[rel="prev"]').click();
	await expect(page).toHaveURL(`/read/${first!.id}`);
});

test('captions are marked as captions for every reader', async ({ page, request }) => {
	const pack = await fetchPack(request);
	const withCaption = pack.articles.find((a) => a.paragraphs.some((p) => p.kind === 'caption'))!;
	await openReader(page, withCaption);
	const caption = page.locator('p.caption');
	await expect(caption).toHaveCount(1);
	await expect(caption).toContainText('Image caption:');
	await expect(caption).toContainText('(Picture source: US DoD)');
});

test('an address with no article says so and leads back to the library', async ({ page }) => {
	await page.goto('/read/no-such-article');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Go to the library' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('ul.articles > li').first()).toBeVisible();
});

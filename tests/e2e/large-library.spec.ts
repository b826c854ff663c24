/**
 * A library of 1,000 articles of the user's own, at phone size: it lists them a page at a time
 * (scrolling and the keyboard reach the rest), and search finds a word of article 900 and
 * lands on its paragraph.
 */
import { expect, test } from '@playwright/test';
import {
	LARGE_LIBRARY,
	libraryFirstRender,
	seedLargeLibrary,
	seededId
} from '../../scripts/bench/large-library';
import { fetchPack, openLibrary } from './support';

test('1,000 articles: listed a page at a time, reachable by scrolling and keyboard, searched', async ({
	page,
	request
}, testInfo) => {
	// Seeding, a load of 1,000 articles and the index built in its worker took ~25 s on the
	// shared 2-core machine under load.
	test.setTimeout(240_000);
	const pack = await fetchPack(request);
	await openLibrary(page);
	const total = await seedLargeLibrary(page);
	expect(total).toBe(LARGE_LIBRARY.articles + pack.articles.length);

	const renderMs = await libraryFirstRender(page, testInfo.project.use.baseURL!, total);
	console.log(`library of ${total} articles listed ${renderMs.toFixed(0)} ms after navigation`);
	const list = page.locator('ul.articles[data-loaded="true"]');
	const cards = list.locator(':scope > li');
	await expect(page.locator('p.count')).toHaveText(`${total} articles`);
	// Newest first (the pack's articles are newer than any seeded one): one page, not 1,000 cards.
	await expect(
		cards.getByRole('heading', { level: 2, name: /^Article \d+:/ }).first()
	).toContainText(`Article ${LARGE_LIBRARY.articles}:`);
	await expect(cards).toHaveCount(50);
	const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(pageHeight).toBeLessThan(50 * 400);

	// Scrolling reaches the end of the page and its button; the keyboard shows the next page
	// and goes on at its first article.
	const more = page.getByRole('button', { name: /Show more articles \(50 of \d+ shown\)/ });
	await page.mouse.wheel(0, pageHeight);
	await expect(more).toBeInViewport();
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(cards).toHaveCount(100);
	await expect(cards.nth(50).getByRole('link').first()).toBeFocused();
	// Then its Delete button (an article of the user's), then the next article.
	await page.keyboard.press('Tab');
	await expect(cards.nth(50).getByRole('button', { name: /^Delete/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(cards.nth(51).getByRole('link').first()).toBeFocused();

	// Search: a word only article 900 has, from the nav.
	await page.getByRole('link', { name: 'Search', exact: true }).click();
	const field = page.getByLabel('Search titles, text and key facts');
	await expect(field).toBeFocused();
	await field.pressSequentially(LARGE_LIBRARY.word.slice(0, 6), { delay: 30 });
	// While the index is built in its worker, the screen says so and typing goes on.
	await expect(page.locator('#search-status')).toHaveText('1 match in 1 article.', {
		timeout: 120_000
	});
	const hit = page
		.getByRole('region', { name: 'Articles' })
		.getByRole('link', { name: new RegExp(LARGE_LIBRARY.word, 'i') });
	await expect(hit.locator('mark')).toHaveText(['Quokkaville']);
	await expect(
		page.getByRole('region', { name: 'Articles' }).getByRole('heading', { level: 3 })
	).toHaveText(new RegExp(`^Article ${LARGE_LIBRARY.target + 1}:`));
	await hit.click();
	const paragraph = LARGE_LIBRARY.paragraph;
	await expect(page).toHaveURL(`/read/user?id=${seededId(LARGE_LIBRARY.target)}#p-${paragraph}`);
	const target = page.locator(`#p-${paragraph}`);
	await expect(target).toBeFocused();
	await expect(target).toBeInViewport();
	await expect(target).toContainText('Quokkaville');
});

test.describe('while the search index is built', () => {
	// The search worker's script is held back until the screen has been seen building: with the
	// service worker blocked it comes from the network, where the test can hold it. (Waiting
	// for the build to outlast the typing would make the test pass or fail by machine speed.)
	test.use({ serviceWorkers: 'block' });

	test('the search screen says the index is being built, and typing goes on meanwhile', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await openLibrary(page);
		await seedLargeLibrary(page);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked = false;
		await page.route(/search\.worker[^/]*\.js/, async (route) => {
			asked = true;
			await held;
			await route.continue();
		});
		await page.goto('/search');
		await expect(page.locator('form[data-ready="true"]')).toBeVisible();
		const field = page.getByLabel('Search titles, text and key facts');
		await field.pressSequentially('quokka', { delay: 10 });
		await expect(page.locator('#search-status')).toContainText('Building the index');
		await expect(
			page.getByRole('progressbar', { name: 'Building the search index' })
		).toBeVisible();
		// The main thread is free: the field takes more letters while the index is not ready.
		await field.pressSequentially('ville', { delay: 10 });
		await expect(field).toHaveValue('quokkaville');
		expect(asked).toBe(true);
		release();
		await expect(page.locator('#search-status')).toHaveText('1 match in 1 article.', {
			timeout: 120_000
		});
		await expect(page.getByRole('progressbar')).toHaveCount(0);
	});
});

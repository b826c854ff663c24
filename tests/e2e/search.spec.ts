/** Searching the whole library at phone size: offline, with typos, key facts, and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goOffline, launchProfile, waitForServiceWorker } from './profile';
import { chooseTheme, fetchPack, openReader } from './support';

const field = (page: Page) => page.getByLabel('Search titles, text and key facts');
const status = (page: Page) => page.locator('#search-status');
const articleHits = (page: Page) => page.getByRole('region', { name: 'Articles' });

test('offline after a reload: a word from an article finds its sentence and lands on its paragraph', async ({
	request
}, testInfo) => {
	// A persistent profile, a service worker and an offline reload: up to ~20 s on a busy machine.
	test.setTimeout(180_000);
	const pack = await fetchPack(request);
	// A word that only one paragraph of the launch library has.
	const word = 'reequipping';
	const article = pack.articles.find((a) => a.paragraphs.some((p) => p.text.includes(word)))!;
	const paragraph = article.paragraphs.findIndex((p) => p.text.includes(word));

	const context = await launchProfile(
		testInfo.outputPath('profile'),
		testInfo.project.use.baseURL!
	);
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.reload();
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();

	await page.getByRole('link', { name: 'Search', exact: true }).click();
	await expect(field(page)).toBeFocused();
	await expect(status(page)).toContainText('Type a word');
	await field(page).pressSequentially(word.slice(0, 7), { delay: 30 });
	// Results as one types: the beginning of the word is enough.
	await expect(status(page)).toHaveText('1 match in 1 article.');
	await expect(page).toHaveURL(/\/search\?q=reequip$/);
	const hit = articleHits(page).getByRole('link', { name: /reequipping/ });
	await expect(hit.locator('mark')).toHaveText(['reequipping']);
	await expect(articleHits(page).getByRole('heading', { level: 3 })).toHaveText(article.title);

	await hit.click();
	await expect(page).toHaveURL(`/read/${article.id}#p-${paragraph}`);
	const target = page.locator(`#p-${paragraph}`);
	await expect(target).toHaveAttribute('data-target', '');
	await expect(target).toBeFocused();
	await expect(target).toBeInViewport();
	await expect(target).toContainText(word);

	// Back: the same search, its results again.
	await page.goBack();
	await expect(field(page)).toHaveValue('reequip');
	await expect(status(page)).toHaveText('1 match in 1 article.');
	await context.close();
});

test('a word typed with a mistake still finds it, marked as it is written', async ({ page }) => {
	await page.goto('/search?q=Mitsubushi');
	const hits = articleHits(page).locator('mark');
	await expect(hits.first()).toHaveText('Mitsubishi');
	await expect(status(page)).toContainText(/\d+ matches in \d+ articles/);
	// Nothing that matches says so, and what to try.
	await field(page).fill('zzzzqqq');
	await expect(status(page)).toHaveText('No matches for “zzzzqqq”.');
	await expect(page.getByText('Check the spelling')).toBeVisible();
	await field(page).fill('');
	await expect(status(page)).toContainText('Type a word');
	await expect(page).toHaveURL(/\/search$/);
});

test('a key fact is found and opens on the Key facts screen', async ({ page, request }) => {
	const pack = await fetchPack(request);
	const fact = pack.facts.find((f) => f.statement.includes('replenishing'))!;
	await page.goto('/search');
	// Typed before the page's handlers are attached, the word would not be searched.
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
	await field(page).fill('replenishing');
	const facts = page.getByRole('region', { name: 'Key facts' });
	const link = facts.getByRole('link', { name: fact.statement });
	await expect(link.locator('mark')).toHaveText('replenishing');
	await link.click();
	await expect(page).toHaveURL(`/facts#fact-${fact.id}`);
	await expect(page.locator(`[id="fact-${fact.id}"]`)).toBeInViewport();

	// Its "Read in context" opens the reader at the source sentence's paragraph.
	await page.goBack();
	const source = fact.evidence[0]!;
	await facts.getByRole('link', { name: 'Read in context' }).first().click();
	await expect(page).toHaveURL(`/read/${source.articleId}#p-${source.paragraph}`);
	await expect(page.locator(`#p-${source.paragraph}`)).toBeFocused();
});

for (const theme of ['system', 'light', 'dark', 'sepia'] as const) {
	test(`no axe violations on the search screen in the ${theme} theme`, async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		const [article] = (await fetchPack(request)).articles;
		if (theme === 'system') await page.emulateMedia({ colorScheme: 'dark' });
		else {
			await openReader(page, article!);
			await chooseTheme(page, theme);
		}
		await page.goto('/search?q=patriot export');
		await expect(status(page)).toContainText(/\d+ matches/);
		await expect(page.getByRole('region', { name: 'Key facts' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes`)).toEqual(
			[]
		);
	});
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, factGroups, fetchPack, openLibrary, openReader } from './support';

const THEMES = ['light', 'dark', 'sepia'] as const;

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes`);
	expect(summary, label).toEqual([]);
}

/** The Key facts screen with its first subject group opened by its button. */
async function openFactsWithAGroupOpen(page: Page) {
	await page.goto('/facts');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	const toggle = factGroups(page)
		.getByRole('button', { name: / more facts? in / })
		.first();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

for (const theme of THEMES) {
	test(`no axe violations in the ${theme} theme, library and reader`, async ({ page, request }) => {
		// Nine axe runs over six screens: up to 114 s in a full run on a busy two-core machine.
		test.setTimeout(360_000);
		const [article] = (await fetchPack(request)).articles;
		await openReader(page, article!);
		await chooseTheme(page, theme);
		await expectNoViolations(page, `reader, ${theme}`);
		await page.getByRole('button', { name: 'Display' }).click();
		// The panel opens at once and its content follows when its code has loaded.
		await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
		await expectNoViolations(page, `reader with display settings open, ${theme}`);
		await page.getByRole('button', { name: /Key facts/ }).click();
		await page.getByRole('region', { name: 'Key facts' }).getByRole('button').first().click();
		await expectNoViolations(page, `reader with key facts and a highlighted source, ${theme}`);
		await openLibrary(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await expectNoViolations(page, `library, ${theme}`);
		await openFactsWithAGroupOpen(page);
		await expectNoViolations(page, `key facts with a group open, ${theme}`);
		await page.goto('/review');
		await expect(page.getByTestId('prompt')).toBeVisible();
		await expectNoViolations(page, `review question, ${theme}`);
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) await show.click();
		else await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
		await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
		await expectNoViolations(page, `review answer, ${theme}`);
		await page.goto('/stats');
		await expect(page.locator('[data-loaded="true"]')).toBeVisible();
		await expectNoViolations(page, `stats, ${theme}`);
		await page.goto('/settings');
		await expectNoViolations(page, `settings, ${theme}`);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no axe violations with the system theme in ${colorScheme} mode`, async ({
		page,
		request
	}) => {
		// Three axe runs: up to 21 s on a busy two-core machine.
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme });
		const [article] = (await fetchPack(request)).articles;
		await openLibrary(page);
		await expectNoViolations(page, `library, system ${colorScheme}`);
		await openReader(page, article!);
		await expectNoViolations(page, `reader, system ${colorScheme}`);
		await openFactsWithAGroupOpen(page);
		await expectNoViolations(page, `key facts with a group open, system ${colorScheme}`);
	});
}

test('one h1, landmarks and a language on every page', async ({ page, request }) => {
	const pack = await fetchPack(request);
	for (const path of [
		'/',
		'/facts',
		'/review',
		'/stats',
		'/settings',
		...pack.articles.map((a) => `/read/${a.id}`)
	]) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
	}
});

test('keyboard: skip link, then reach and use the display settings', async ({ page, request }) => {
	const [article] = (await fetchPack(request)).articles;
	await openReader(page, article!);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	const display = page.getByRole('button', { name: 'Display' });
	await display.focus();
	await page.keyboard.press('Enter');
	await expect(display).toHaveAttribute('aria-expanded', 'true');
	// The panel's content follows when its code has loaded: only then is it in the tab order.
	await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
	// The toolbar's other button comes first, then the opened panel.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: /Key facts/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Larger text' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Size 4 of 7')).toBeVisible();
});

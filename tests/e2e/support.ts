/** Shared helpers for the browser journeys. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Article } from '../../src/lib/domain/article';
import type { Pack } from '../../src/lib/domain/pack';

/** The pack the build serves: the expected articles, in library order. */
export async function fetchPack(request: APIRequestContext): Promise<Pack> {
	const response = await request.get('/pack.json');
	expect(response.ok()).toBe(true);
	return (await response.json()) as Pack;
}

/** Opens the library and waits until it shows what IndexedDB holds. */
/**
 * The two sides of the launch articles' disagreement on when Japan changed its export rules:
 * the October 2023 fact and the one dated 22 December 2023, worked out from "on Friday".
 */
export function ruleChangeSides(pack: Pack): {
	october: Pack['facts'][number];
	december: Pack['facts'][number];
} {
	const disputed = pack.facts.filter((f) => f.conflicts.length > 0 && f.date);
	const october = disputed.find((f) => f.date!.iso === '2023-10');
	const december = disputed.find((f) => f.date!.iso === '2023-12-22' && f.date!.inferred);
	if (!october || !december)
		throw new Error('The pack lacks a side of the rule-change disagreement');
	return { october, december };
}

export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
}

/** Opens an article and waits until its position is restored and tracked. */
export async function openReader(page: Page, article: Pick<Article, 'id'>): Promise<void> {
	await page.goto(`/read/${article.id}`);
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
}

/**
 * Scrolls to the end of the open article until it shows as finished: a reader who reaches
 * the end while the page is still starting up (just after a navigation) scrolls again.
 */
export async function readToTheEnd(page: Page): Promise<void> {
	await expect(async () => {
		await page.locator('footer.end').evaluate((f) => f.scrollIntoView({ block: 'end' }));
		await page.mouse.wheel(0, 1);
		await expect(page.locator('.end-mark')).toHaveText('Finished', { timeout: 2_000 });
	}).toPass({ timeout: 15_000 });
}

/** The Key facts screen's subject groups, where each closed group shows its headline fact. */
export function factGroups(page: Page) {
	return page.getByRole('region', { name: 'All facts by subject' });
}

/** Opens every closed subject group on the Key facts screen, as a user would, by its button. */
export async function openAllGroups(page: Page): Promise<void> {
	const toggles = factGroups(page).getByRole('button', { name: / more facts? in / });
	for (const toggle of await toggles.all()) {
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	}
}

/**
 * Chooses a theme in the open reader's display settings, as a user would, and waits until it
 * is stored in IndexedDB: a page loaded before the save lands would read the old theme back.
 * Leaves the display settings closed.
 */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'sepia'): Promise<void> {
	await page.getByRole('button', { name: 'Display' }).click();
	await page.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<unknown>((resolve, reject) => {
						const open = indexedDB.open('dossier');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const get = db.transaction('settings').objectStore('settings').get('reading');
							get.onsuccess = () => {
								db.close();
								resolve((get.result as { value?: { theme?: unknown } } | undefined)?.value?.theme);
							};
							get.onerror = () => reject(get.error);
						};
					})
			)
		)
		.toBe(theme);
	await page.getByRole('button', { name: 'Display' }).click();
}

/** The reader's paragraphs, in order. */
export function paragraphs(page: Page) {
	return page.locator('article.reader [data-paragraph]');
}

/** Web boilerplate that the seeds contain and no clean article may show. */
export const BOILERPLATE = [
	'Skip to main content',
	'Google News',
	'Webdesign by',
	'Copyright',
	'2 min read',
	'photo l',
	'Related Posts',
	'Related Articles',
	'House Passes $95 Billion',
	'read more',
	'About Kyle Anzalone',
	'news editor of the Libertarian Institute',
	'Our Books',
	'latest book lineup',
	'Back to top button'
];

/** Opens /add and waits until its form handles input (before, a paste or a file is lost). */
export async function openAdd(page: Page, query = ''): Promise<void> {
	await page.goto(`/add${query}`);
	await expect(page.locator('form[data-ready="true"]')).toBeVisible();
}

/** Pastes as the clipboard would: its text, and the page's HTML when a page was copied. */
export async function paste(page: Page, plain: string, html?: string) {
	await page.getByLabel('Article text').evaluate(
		(box, { plain, html }) => {
			const data = new DataTransfer();
			data.setData('text/plain', plain);
			if (html) data.setData('text/html', html);
			const event = new ClipboardEvent('paste', {
				clipboardData: data,
				bubbles: true,
				cancelable: true
			});
			// A paste the page takes over (the HTML) inserts nothing and fires no input event.
			if (!box.dispatchEvent(event)) return;
			(box as HTMLTextAreaElement).value = plain;
			box.dispatchEvent(new Event('input', { bubbles: true }));
		},
		{ plain, html }
	);
}

/** Opens Settings and waits until its buttons work (a click before hydration does nothing). */
export async function openSettings(page: Page): Promise<void> {
	await page.goto('/settings');
	await expect(page.locator('h1[data-ready="true"]')).toBeVisible();
}

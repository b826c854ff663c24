import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSettings } from './support';

/** Changes one stored card in the browser's IndexedDB, as a bad write or an old bug might. */
function editCard(page: Page, order: number, patch: Record<string, unknown>): Promise<string> {
	return page.evaluate(
		({ order, patch }) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction('cards', 'readwrite').objectStore('cards');
					const all = store.getAll();
					all.onsuccess = () => {
						const card = (all.result as { id: string; order: number }[]).find(
							(c) => c.order === order
						)!;
						const put = store.put({ ...card, ...patch });
						put.onsuccess = () => {
							db.close();
							resolve(card.id);
						};
						put.onerror = () => reject(put.error);
					};
				};
				open.onerror = () => reject(open.error);
			}),
		{ order, patch }
	);
}

test('a broken card is skipped, a suspended one is counted, and Check database repairs at phone size', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.getByTestId('library-due')).toHaveText('10 due');

	// The card: overdue and without its scheduling state (it used to be served first
	// and make every grade throw); and one card suspended because its fact left the articles.
	const broken = await editCard(page, 0, { queue: 1, due: 0, state: 2, fsrs: undefined });
	await editCard(page, 1, { queue: -1, suspended: 'fact-gone' });

	await page.goto('/review');
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	else await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);

	await page.goto('/stats');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	await expect(page.getByTestId('suspended')).toContainText(
		'1 suspended because their fact changed or left the articles'
	);

	await openSettings(page);
	const button = page.getByRole('button', { name: 'Check database' });
	await expect(button).toBeEnabled();
	await button.click();
	const report = page.getByTestId('check-report');
	await expect(report).toContainText('Repaired 1.');
	await expect(page.getByTestId('check-repaired')).toContainText(
		`Card ${broken}: no scheduling state: new again (its log kept)`
	);
	await page.screenshot({ path: test.info().outputPath('check-database.png'), fullPage: true });
	const axe = await new AxeBuilder({ page })
		.include('section:has(#check-heading)')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

	// A second check finds nothing more.
	await button.click();
	await expect(report).toContainText('Everything is in order.');
});

/**
 * Corrupt records in the browser's IndexedDB (a bad write, an old bug, a hand edit): one of
 * every kind (a card, a key fact, a pack article, reading progress, the user's own article,
 * a review log entry, the review settings) written straight into the database in Chromium.
 * Every screen still renders (no endless spinner, no error page), the records skipped are
 * listed in Settings → Check database, and the check repairs or reports them; a second check
 * repairs nothing more.
 */
import { expect, test, type Page } from '@playwright/test';
import { fetchPack, openSettings } from './support';

/** Writes the corrupt records; returns the ids it broke. */
function corrupt(page: Page, articleId: string, otherArticleId: string, factId: string) {
	return page.evaluate(
		({ articleId, otherArticleId, factId }) =>
			new Promise<{ card: string }>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const stores = ['cards', 'facts', 'articles', 'progress', 'reviewLog', 'settings'];
					const tx = db.transaction(stores, 'readwrite');
					const os = (name: string) => tx.objectStore(name);
					let card = '';
					const cards = os('cards').getAll();
					cards.onsuccess = () => {
						const first = (cards.result as { id: string; order: number }[]).sort(
							(a, b) => a.order - b.order
						)[0]!;
						card = first.id;
						// Overdue and without its scheduling state: once served first, every grade threw.
						os('cards').put({ ...first, queue: 1, due: 0, state: 2, fsrs: undefined });
					};
					const fact = os('facts').get(factId);
					fact.onsuccess = () => os('facts').put({ ...fact.result, statement: 42, evidence: [] });
					const article = os('articles').get(articleId);
					article.onsuccess = () =>
						os('articles').put({ ...article.result, paragraphs: 'not a list', title: null });
					os('progress').put({ articleId, paragraph: -3, percent: 'half', finished: 'no' });
					os('progress').put({
						articleId: otherArticleId,
						paragraph: 2,
						percent: Number.NaN,
						finished: false,
						lastRead: 1
					});
					os('articles').put({ id: 'my-broken-article', origin: 'imported', title: 7 });
					os('reviewLog').put({ cardId: 12, rating: 'good' });
					os('settings').put({ key: 'review', value: { newPerDay: 'lots' }, updatedAt: 1 });
					tx.oncomplete = () => (db.close(), resolve({ card }));
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ articleId, otherArticleId, factId }
	);
}

/** No screen shows an error, an error page or a load that never ends. */
async function expectNoError(page: Page) {
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByText('Loading your cards…')).toHaveCount(0);
	await expect(page.locator('h1')).not.toHaveText(/^(500|404|Error)/);
}

test('corrupt records of every kind: every screen renders, and Check database repairs and reports them', async ({
	page,
	request
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const pack = await fetchPack(request);
	const [article, other] = pack.articles;
	const fact = pack.facts.find((f) => f.articleIds.includes(article!.id))!;
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(page.getByTestId('library-due')).toHaveText(/\d+ due/);
	const { card } = await corrupt(page, article!.id, other!.id, fact.id);

	// The library: every pack article listed; the progress it cannot read shows as unread.
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await expect(page.getByTestId('library-due')).toHaveText(/\d+ due/);
	await expectNoError(page);

	// The reader of the broken article: the prerendered text, ready, no error.
	await page.goto(`/read/${article!.id}`);
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	await expect(page.locator('article.reader h1')).toHaveText(article!.title);
	await expect(page.locator('article.reader [data-paragraph]').first()).toBeVisible();
	await expectNoError(page);

	// Review: a good card is served (the broken one skipped) and a grade saves.
	await page.goto('/review');
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	else await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	await expectNoError(page);

	// Key facts, stats and settings.
	await page.goto('/facts');
	await expect(page.locator('.summary[data-loaded="true"]')).toBeVisible();
	await expect(page.getByRole('region', { name: 'All facts by subject' })).toBeVisible();
	await expectNoError(page);
	await page.goto('/stats');
	await expect(page.locator('[data-loaded="true"]').first()).toBeVisible();
	await expectNoError(page);
	await openSettings(page);
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	// Unreadable review settings: the defaults, editable.
	await expect(page.getByLabel('New cards a day')).toHaveValue('10');
	await expectNoError(page);

	// In one visit (the app remembers what it skipped while it runs): library, reader, then
	// Settings lists what was skipped.
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await page.getByRole('link', { name: article!.title }).first().click();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	await page.getByRole('link', { name: 'Settings' }).click();
	const skipped = page.getByTestId('check-skipped');
	await expect(skipped).toContainText('unreadable records skipped so far');
	await expect(skipped).toContainText(`Article ${article!.id}`);
	await expect(skipped).toContainText(`Reading position ${other!.id}`);

	// Check database: repairs what it can, says what it did, keeps the user's own article.
	const button = page.getByRole('button', { name: 'Check database' });
	await button.click();
	const repaired = page.getByTestId('check-repaired');
	await expect(page.getByTestId('check-report')).toContainText(/Repaired \d+\./);
	await expect(repaired).toContainText(`Card ${card}: no scheduling state: new again`);
	await expect(repaired).toContainText(`Key fact ${fact.id}: unreadable`);
	await expect(repaired).toContainText(`Article ${article!.id}: unreadable`);
	await expect(repaired).toContainText(`Reading position ${article!.id}: unreadable fields`);
	await expect(repaired).toContainText(`Reading position ${other!.id}: unreadable fields`);
	const unrepaired = page.getByTestId('check-unrepaired');
	await expect(unrepaired).toContainText('Article my-broken-article');
	await expect(unrepaired).toContainText('Review ');
	await page.screenshot({ path: test.info().outputPath('check-database.png'), fullPage: true });

	// A second check repairs nothing; what it cannot repair is kept and still listed.
	await button.click();
	await expect(page.getByTestId('check-report')).toContainText('Nothing to repair.');
	await expect(repaired).toHaveCount(0);

	// After the repair (the pack article and fact come back with the next start) every
	// screen still renders.
	for (const [path, ready] of [
		['/', 'ul.articles[data-loaded="true"]'],
		[`/read/${article!.id}`, 'article.reader[data-ready="true"]'],
		['/review', '.review[data-phase="question"]'],
		['/facts', '.summary[data-loaded="true"]'],
		['/stats', '.grid[data-loaded="true"]']
	] as const) {
		await page.goto(path);
		await expect(page.locator(ready)).toBeVisible();
		await expectNoError(page);
	}
});

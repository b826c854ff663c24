import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openSettings } from './support';

/** Every record of the user's stores, straight from the browser's IndexedDB. */
function userData(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const stores = ['cards', 'reviewLog', 'progress', 'settings'];
				const open = indexedDB.open('dossier');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(stores);
					const out: Record<string, unknown[]> = {};
					for (const name of stores) {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => (out[name] = request.result);
					}
					tx.oncomplete = () => {
						open.result.close();
						resolve(JSON.parse(JSON.stringify(out)));
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/** Answers the card on screen by tapping, then grades it. */
async function review(page: Page, grade: 'Again' | 'Good' | 'Easy') {
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	const show = page.getByRole('button', { name: 'Show answer' });
	if (await show.isVisible()) await show.click();
	else await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	await page.getByRole('button', { name: grade, exact: true }).click();
}

/** What a learner sees of their progress: due counts, history and stats. */
async function whatTheLearnerSees(page: Page) {
	await page.goto('/');
	await expect(page.getByTestId('library-due')).toHaveText(/\d+ due/);
	const libraryDue = await page.getByTestId('library-due').textContent();
	await page.goto('/review');
	await expect(page.getByTestId('due-count')).toHaveText(/\d+ due/);
	const reviewDue = await page.getByTestId('due-count').textContent();
	await page.goto('/stats');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	const stats = await page.locator('main').innerText();
	return { libraryDue, reviewDue, stats };
}

async function expectNoViolations(page: Page, label: string, include = 'body') {
	const results = await new AxeBuilder({ page })
		.include(include)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes`),
		label
	).toEqual([]);
}

async function restoreFile(page: Page, path: string) {
	await openSettings(page);
	await page.getByLabel('Restore from a backup file').setInputFiles(path);
}

test('review, export, clear the site’s data, restore: the same due count, history and stats', async ({
	browser,
	page
}, testInfo) => {
	test.setTimeout(240_000);
	// One fixed time in both browsers: a card answered Again is due again in a minute, and a
	// slow run must not see it fall due between the export and the check after the restore.
	const now = new Date();
	await page.clock.setFixedTime(now);
	// The first grade asks the browser to keep the data (a learner may never finish an article).
	await page.addInitScript(() => {
		const w = window as unknown as { persistCalls: number };
		w.persistCalls = 0;
		navigator.storage.persisted = async () => false;
		navigator.storage.persist = async () => (w.persistCalls++, false);
	});
	await page.goto('/review');
	await review(page, 'Good');
	await expect(page.getByTestId('due-count')).toHaveText('9 due');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls))
		.toBe(1);
	// Each grade is saved before the count changes: wait for it, or leaving the page at once
	// could end the browser's write of the last one (as a slow run once did).
	await review(page, 'Again');
	await expect(page.getByTestId('due-count')).toHaveText('8 due');
	await review(page, 'Easy');
	await expect(page.getByTestId('due-count')).toHaveText('7 due');
	const before = await whatTheLearnerSees(page);
	expect(before.stats).toContain('3 reviews on 1 of the last 84 days');
	const data = await userData(page);
	expect(data.reviewLog).toHaveLength(3);

	await openSettings(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);
	await expect(page.getByTestId('backup-status')).toContainText('Exported');
	const json = JSON.parse(await readFile(file, 'utf8'));
	expect(json).toMatchObject({ format: 'dossier-backup', version: 1 });

	// A new context: nothing stored, as after the browser cleared the site's data.
	const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const other = await fresh.newPage();
	await other.clock.setFixedTime(now);
	await other.goto('/');
	await expect(other.getByTestId('library-due')).toHaveText('10 due');
	await restoreFile(other, file);
	const summary = other.getByTestId('backup-summary');
	await expect(summary).toContainText('3 reviewed');
	await expect(summary.locator('dt:has-text("Reviews") + dd')).toHaveText('3');
	await other.getByRole('button', { name: 'Replace' }).click();
	await expect(other.getByTestId('backup-status')).toContainText('Restored');

	expect(await whatTheLearnerSees(other)).toEqual(before);
	expect(await userData(other)).toEqual(data);
	await fresh.close();
});

test('a damaged or foreign file is refused with its reason, and nothing changes', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	await page.goto('/review');
	await review(page, 'Good');
	await expect(page.getByTestId('due-count')).toHaveText('9 due');
	const data = await userData(page);

	await openSettings(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	const good = await readFile(await download.path(), 'utf8');
	const cases: [string, string, RegExp][] = [
		['truncated.json', good.slice(0, good.length / 2), /cut short/],
		['other-app.json', '{"name":"some-app","version":"2.0"}', /another app/],
		['newer.json', good.replace('"version":1', '"version":2'), /newer version of Dossier/],
		['hostile.json', good.replace('"fsrs":{', '"fsrs":{"__proto__":{"x":1},'), /not a safe/]
	];
	for (const [name, text, reason] of cases) {
		const path = testInfo.outputPath(name);
		await writeFile(path, text);
		await restoreFile(page, path);
		await expect(page.getByTestId('backup-error')).toContainText(reason);
		await expect(page.getByTestId('backup-error')).toContainText('Nothing was changed.');
		await expect(page.getByRole('button', { name: 'Replace' })).toHaveCount(0);
	}
	expect(await userData(page)).toEqual(data);
});

test('Settings → Backup, with a file checked and with a refused one, has no axe violations in any theme', async ({
	page
}, testInfo) => {
	// Six axe runs: about 40 s on a busy two-core machine.
	test.setTimeout(300_000);
	await openSettings(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	const good = testInfo.outputPath('good.json');
	await download.saveAs(good);
	const bad = testInfo.outputPath('bad.json');
	await writeFile(bad, '{"format":"dossier-backup"');
	for (const theme of ['Light', 'Dark', 'Sepia']) {
		await openSettings(page);
		await page.getByRole('radio', { name: theme }).check();
		for (const [path, shown] of [
			[good, page.getByTestId('backup-summary')],
			[bad, page.getByTestId('backup-error')]
		] as const) {
			await page.getByLabel('Restore from a backup file').setInputFiles(path);
			await expect(shown).toBeVisible();
			await expectNoViolations(page, `${theme}, ${path}`, '#backup');
		}
	}
});

test('the library reminds to back up after a week of reviews, until dismissed', async ({
	page
}) => {
	test.setTimeout(180_000);
	const start = new Date(2026, 10, 23, 9, 0);
	await page.clock.install({ time: start });
	await page.goto('/review');
	await review(page, 'Good');
	await expect(page.getByTestId('due-count')).toHaveText('9 due');
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	const reminder = page.getByRole('region', { name: 'Back up your progress' });
	await expect(reminder).toHaveCount(0);

	await page.clock.setSystemTime(new Date(start.getTime() + 8 * 86_400_000));
	await page.reload();
	await expect(reminder).toBeVisible();
	await expectNoViolations(page, 'library with the backup reminder');
	await expect(reminder.getByRole('link', { name: /Export a backup/ })).toHaveAttribute(
		'href',
		/\/settings#backup$/
	);
	await reminder.getByRole('button', { name: 'Dismiss the backup reminder' }).click();
	await expect(reminder).toHaveCount(0);
	await page.reload();
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(reminder).toHaveCount(0);
});

test('after a restore the review settings show the restored values, without a reload', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await openSettings(page);
	const newPerDay = page.getByLabel('New cards a day');
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	await newPerDay.fill('3');
	await newPerDay.press('Tab');
	await expect(page.getByText('Saved.')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);

	// Changed after the export; the restore (on the same page) brings back the file's 3.
	await newPerDay.fill('20');
	await newPerDay.press('Tab');
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.getByLabel('Restore from a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByTestId('backup-status')).toContainText('Restored');
	await expect(newPerDay).toHaveValue('3');
	await expect(page.getByText('Saved.')).toHaveCount(0);
	// And it is what is stored: a reload shows the same.
	await page.reload();
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	await expect(newPerDay).toHaveValue('3');
});

test('a learner who only reviews is reminded to back up on the session summary, until dismissed', async ({
	page
}) => {
	test.setTimeout(180_000);
	const start = new Date(2026, 10, 23, 9, 0);
	await page.clock.install({ time: start });
	await openSettings(page);
	// Two new cards a day: a session that ends on its summary after two reviews.
	const newPerDay = page.getByLabel('New cards a day');
	await expect(page.locator('fieldset[data-loaded="true"]')).toBeVisible();
	await newPerDay.fill('2');
	await newPerDay.press('Tab');
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.goto('/review');
	await review(page, 'Easy');
	await review(page, 'Easy');
	const summary = page.getByRole('region', { name: 'Session complete' });
	await expect(summary).toBeVisible();
	const reminder = page.getByRole('region', { name: 'Back up your progress' });
	await expect(reminder).toHaveCount(0);

	// A week on, without an export: the summary carries the reminder.
	await page.clock.setSystemTime(new Date(start.getTime() + 8 * 86_400_000));
	await page.reload();
	// Today's cards (the two due again and two new ones), to the end of the session.
	const phase = page.locator('.review[data-phase]');
	await expect(phase).not.toHaveAttribute('data-phase', 'loading');
	for (let i = 0; i < 8 && (await phase.getAttribute('data-phase')) === 'question'; i++) {
		await review(page, 'Easy');
		await expect(phase).not.toHaveAttribute('data-phase', 'answer');
	}
	await expect(summary).toBeVisible();
	await expect(reminder).toBeVisible();
	await expect(summary.getByRole('region', { name: 'Back up your progress' })).toBeVisible();
	await expectNoViolations(page, 'review summary with the backup reminder');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: test.info().outputPath('review-reminder.png'), fullPage: true });
	await reminder.getByRole('button', { name: 'Dismiss the backup reminder' }).click();
	await expect(reminder).toHaveCount(0);
	// Focus stays on the page, not lost: the summary is still there.
	await expect(summary).toBeVisible();
	// Dismissed for good (until another 7 days or 100 reviews): not on the library either.
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(page.getByTestId('library-due')).toHaveText(/\d+ due/);
	await expect(reminder).toHaveCount(0);
});

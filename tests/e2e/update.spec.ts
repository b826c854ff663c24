import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, waitForServiceWorker } from './profile';
import { buildInto, serve, stop } from './servers';
import { chooseTheme, fetchPack, openLibrary, openReader, readToTheEnd } from './support';

/** Its own port: the two versions take turns on one origin, as a real deployment does. */
const PORT = Number(process.env.E2E_PORT ?? 4174) + 2;
const ORIGIN = `http://localhost:${PORT}`;

/** The version the service worker serves this page (from its precache). */
function runningVersion(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const response = await fetch('/_app/version.json');
		return ((await response.json()) as { version: string }).version;
	});
}

test('a new version asks first; "Not now" keeps the app working, "Reload" switches and keeps the data', async ({
	request
}, testInfo) => {
	test.setTimeout(600_000);
	const [article] = (await fetchPack(request)).articles;
	const nextBuild = mkdtempSync(join(tmpdir(), 'dossier-next-'));
	await buildInto(nextBuild);

	let server = await serve('build', PORT);
	const context = await launchProfile(testInfo.outputPath('profile'), ORIGIN);
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		const first = await runningVersion(page);

		// Some of the user's own data: a finished article and a theme.
		await openReader(page, article!);
		await readToTheEnd(page);
		await chooseTheme(page, 'dark');

		// The new version is deployed on the same origin.
		await stop(server);
		server = await serve(nextBuild, PORT);
		await page.goto('/');
		const toast = page
			.getByRole('status')
			.filter({ hasText: 'A new version of Dossier is ready.' });
		await expect(toast).toBeVisible({ timeout: 20_000 });

		// Not now: the running version goes on working, with no reload.
		await toast.getByRole('button', { name: 'Not now' }).click();
		await expect(toast).toHaveCount(0);
		await page.getByRole('link', { name: article!.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article!.title);
		expect(await runningVersion(page)).toBe(first);

		// The offer comes back on the next start; this time the user accepts.
		await openLibrary(page);
		await expect(toast).toBeVisible({ timeout: 20_000 });
		// The page reloads itself once the new version is in control: wait for that load, not
		// for the old document (a question asked while it unloads may never be answered).
		const reloaded = page.waitForEvent('load', { timeout: 30_000 });
		await toast.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		expect(await runningVersion(page)).not.toBe(first);
		await expect(toast).toHaveCount(0);

		// Everything the user had is still there.
		await openLibrary(page);
		await expect(page.locator('ul.articles > li', { hasText: article!.title })).toContainText(
			'Finished'
		);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	} finally {
		await context.close();
		await stop(server);
		rmSync(nextBuild, { recursive: true, force: true });
	}
});

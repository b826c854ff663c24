/** A Chromium with a persistent profile, as a person's browser keeps its service workers. */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/** Launches (or relaunches) Chromium on the profile in `userDataDir`. */
export async function launchProfile(
	userDataDir: string,
	baseURL: string,
	options: { offline?: boolean } = {}
): Promise<BrowserContext> {
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: findChromium() ?? undefined,
		args: CHROMIUM_ARGS,
		baseURL,
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		offline: options.offline ?? false
	});
	if (options.offline) await offlineOnEveryPage(context);
	return context;
}

/**
 * Takes the browser offline as a phone in flight mode is: no network, and navigator.onLine
 * false on every page. Chromium's offline emulation (150) cuts the network but leaves
 * navigator.onLine true on every page loaded after it, which no real offline browser does.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
	await offlineOnEveryPage(context);
}

async function offlineOnEveryPage(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
	});
}

/** Waits until a service worker controls the page, reloading once if it needs to. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
		await page.reload();
	}
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

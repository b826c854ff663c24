/**
 * Offline cold start: the service worker installed, the browser restarted with no network at
 * all and the CPU throttled 4× (DevTools protocol); from navigation to the first paragraph of
 * a reader page painted (Element Timing on that paragraph).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import { msSpread, spread, type Spread } from './stats';

const RUNS = 5;
const ARTICLE = '/read/japan-to-sell-patriot-missiles-to-us';

export async function offlineColdStart(base: string): Promise<Spread> {
	const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
	const launch = (offline: boolean) =>
		chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath(),
			args: CHROMIUM_ARGS,
			viewport: { width: 390, height: 844 },
			offline
		});
	try {
		const setup = await launch(false);
		const first = await setup.newPage();
		await first.goto(`${base}/`);
		await first.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await setup.close();
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await launch(true);
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.goto(`${base}${ARTICLE}`);
			times.push(
				await page.evaluate(
					() =>
						new Promise<number>((resolve) => {
							new PerformanceObserver((list) => {
								const entry = list
									.getEntries()
									.find(
										(e) =>
											(e as PerformanceEntry & { identifier?: string }).identifier ===
											'first-paragraph'
									) as (PerformanceEntry & { renderTime: number }) | undefined;
								if (entry) resolve(entry.renderTime || entry.startTime);
							}).observe({ type: 'element', buffered: true });
						})
				)
			);
			await context.close();
		}
		console.log('Offline cold start: browser restarted, no network, 4× CPU, a reader page');
		console.log(
			`  navigation to the first paragraph painted: ${msSpread(times)}   target < 1000 ms`
		);
		return spread(times);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * The browser tests run against the production build in build/, served as a static host would.
 * E2E_PORT moves them (and the update journey's port, two above) so that two checkouts can
 * run their tests side by side without reusing each other's server.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests',
	// Limits at three times and more what the slowest tests took on a 2-core machine with other
	// work beside them (scripts/test-times.mjs prints each test's share after a run): the result
	// must not depend on the machine's speed. Long journeys set their own, measured the same way.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		// A phone first: the size the product is designed for.
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 2,
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'build', testDir: 'tests/build' },
		{ name: 'browser', testDir: 'tests/e2e' }
	],
	webServer: {
		command: 'node scripts/serve.mjs build',
		env: { PORT: String(PORT) },
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});

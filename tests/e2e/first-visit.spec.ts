/**
 * Size budgets for everything a first visit loads, lazy chunks included, until the network is
 * quiet (bytes are deterministic: gzip -9 of the built files). A failure lists every script.
 */
import { expect, test } from '@playwright/test';
import {
	FIRST_VISIT_BUDGETS,
	FIRST_VISIT_SCREENS,
	firstVisitScripts
} from '../../scripts/bench/first-visit';

for (const [screen, path] of FIRST_VISIT_SCREENS) {
	const budget = FIRST_VISIT_BUDGETS[screen]!;
	test(`a first visit to the ${screen} screen loads at most ${budget / 1000} kB gzip of JavaScript`, async ({
		browser,
		baseURL
	}) => {
		const visit = await firstVisitScripts(browser, baseURL!, path);
		const list = visit.scripts.map((s) => `  ${s.path}: ${s.gzip} B`).join('\n');
		console.log(`${screen}: ${visit.gzip} B gzip of JavaScript in ${visit.scripts.length} files`);
		expect(visit.scripts.length).toBeGreaterThan(0);
		expect(
			visit.gzip,
			`${screen} loads ${visit.gzip} B, ${visit.gzip - budget} B over its ${budget} B budget:\n${list}`
		).toBeLessThanOrEqual(budget);
	});
}

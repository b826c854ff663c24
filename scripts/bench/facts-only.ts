/**
 * Just the facts figures of `npm run bench`, for work on the pipeline's speed:
 *   tsx scripts/bench/facts-only.ts node     (the five seeds in Node, first run and warm)
 *   tsx scripts/bench/facts-only.ts worker   (the facts worker; a build in build/, or BUILD_DIR)
 */
import { chromium } from '@playwright/test';
import { BENCH_PORT, CHROMIUM_ARGS, chromiumPath, serving } from './browser';
import { factsInNode, factsInWorker } from './facts';

const which = process.argv[2] ?? 'node';
const results: Record<string, unknown> = {};
if (which === 'node') results.factsNode = await factsInNode();
if (which === 'worker')
	await serving(process.env.BUILD_DIR ?? 'build', BENCH_PORT, async (base) => {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			results.factsWorker = await factsInWorker(() => browser.newPage(), base);
		} finally {
			await browser.close();
		}
	});
if (process.env.FACTS_JSON) console.log(JSON.stringify(results));

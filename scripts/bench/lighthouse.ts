/**
 * Lighthouse 12 (its default mobile profile: a mid-range phone, slow 4G and 4× CPU, simulated)
 * against the system Chromium, which Playwright starts with a debugging port for it. Each
 * page is measured several times from a cold cache; the figures are medians with their spread.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import { spread, type Spread } from './stats';

export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 9333);

type Metric = 'performance' | 'accessibility' | 'bestPractices' | 'lcpMs' | 'tbtMs' | 'cls';

export interface LighthouseFigures {
	performance: Spread;
	accessibility: Spread;
	bestPractices: Spread;
	lcpMs: Spread;
	tbtMs: Spread;
	cls: Spread;
	/** Scored audits under 90 in the median run, so that a reader sees what cost points. */
	failing: string[];
}

export async function measurePages(urls: string[]): Promise<Record<string, LighthouseFigures>> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`]
	});
	const figures: Record<string, LighthouseFigures> = {};
	try {
		for (const url of urls) {
			const runs: (Record<Metric, number> & { failing: string[] })[] = [];
			for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
				const result = await lighthouse(url, {
					port: DEBUG_PORT,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices']
				});
				if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
				const { categories, audits, runtimeError } = result.lhr;
				if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
				runs.push({
					performance: (categories.performance?.score ?? 0) * 100,
					accessibility: (categories.accessibility?.score ?? 0) * 100,
					bestPractices: (categories['best-practices']?.score ?? 0) * 100,
					lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
					tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
					cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
					failing: Object.values(categories)
						.flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
						.map((ref) => audits[ref.id]!)
						.filter((a) => a.score !== null && a.score < 0.9)
						.map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`)
				});
			}
			const of = (key: Metric) => spread(runs.map((r) => r[key]));
			const middle = [...runs].sort((a, b) => a.performance - b.performance)[
				Math.floor(runs.length / 2)
			]!;
			figures[url] = {
				performance: of('performance'),
				accessibility: of('accessibility'),
				bestPractices: of('bestPractices'),
				lcpMs: of('lcpMs'),
				tbtMs: of('tbtMs'),
				cls: of('cls'),
				failing: middle.failing
			};
		}
	} finally {
		await browser.close();
	}
	return figures;
}

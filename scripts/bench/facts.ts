/**
 * The facts pipeline: the five seeds in Node (clean + derive), first run and warm; the
 * longest raw seed in the browser's facts worker, first run in a new worker and later runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { factsReport, type RawFile } from '../../src/lib/domain/facts/report';
import { median, ms, msSpread, spread } from './stats';

const RUNS = 5;

export function seeds(): RawFile[] {
	const dir = 'content/articles';
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export async function factsInNode(): Promise<Record<string, unknown>> {
	const files = seeds();
	const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
	const times: number[] = [];
	// CPU time beside wall time: on a shared machine the wall time is mostly the others' load.
	const cpu: number[] = [];
	const load = loadavg()[0]!;
	let facts = 0;
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		const usage = process.cpuUsage();
		facts = (await factsReport(files)).facts.length;
		times.push(performance.now() - started);
		const used = process.cpuUsage(usage);
		cpu.push((used.user + used.system) / 1000);
	}
	console.log(
		`Facts pipeline, Node ${process.version}: ${files.length} seeds, ${bytes} bytes → ${facts} facts (load ${load.toFixed(1)})`
	);
	console.log(
		`  first run (first use of the language libraries in this process): ${ms(times[0]!)}, ${ms(cpu[0]!)} CPU   target < 1000 ms`
	);
	console.log(
		`  warm, median of ${RUNS - 1}: ${ms(median(times.slice(1)))}, ${ms(median(cpu.slice(1)))} CPU`
	);
	return {
		seeds: files.length,
		bytes,
		facts,
		load,
		firstMs: times[0],
		firstCpuMs: cpu[0],
		warmMs: spread(times.slice(1)),
		warmCpuMs: spread(cpu.slice(1))
	};
}

/**
 * Each new page starts its own worker: its first run is a cold one. Opening "Find key facts
 * in an article of your own" starts the worker and warms it up on a sample, so three cases:
 * the article pasted at once (the warm-up still runs: the user's article waits for it, which
 * the click-to-screen time shows), after 2 s (the quickest a person switches to the article,
 * copies it and comes back) and after 5 s (the time to find and copy one).
 */
export async function factsInWorker(
	newPage: () => Promise<Page>,
	base: string
): Promise<Record<string, unknown>> {
	const file = seeds().reduce((a, b) => (b.text.length > a.text.length ? b : a));
	console.log(`Facts worker: ${file.name}, ${Buffer.byteLength(file.text)} bytes`);
	const results: Record<string, unknown> = { file: file.name, bytes: Buffer.byteLength(file.text) };
	for (const [name, pauseMs] of [
		['pastedAtOnce', 0],
		['pastedAfter2s', 2000],
		['pastedAfter5s', 5000]
	] as const) {
		const coldWorker: number[] = [];
		const coldScreen: number[] = [];
		const warmWorker: number[] = [];
		const warmScreen: number[] = [];
		for (let p = 0; p < 3; p++) {
			const page = await newPage();
			await page.goto(`${base}/facts`);
			await page.locator('[data-loaded="true"]').waitFor();
			await page.getByText('Find key facts in an article of your own').click();
			if (pauseMs) await page.waitForTimeout(pauseMs);
			await page.getByLabel(/Paste an article as text/).fill(file.text);
			for (let i = 0; i < RUNS; i++) {
				const started = Date.now();
				await page.getByRole('button', { name: 'Find key facts' }).click();
				// A long article's opening may show first: the measure is the whole article's facts.
				const status = page.locator('p.found[data-complete="true"]');
				await status.waitFor();
				const screen = Date.now() - started;
				const worker = Number(await status.getAttribute('data-ms'));
				(i === 0 ? coldWorker : warmWorker).push(worker);
				(i === 0 ? coldScreen : warmScreen).push(screen);
			}
			await page.close();
		}
		console.log(
			`  ${pauseMs ? `pasted ${pauseMs / 1000} s after opening the form` : 'pasted at once'}:`
		);
		console.log(
			`    this article's first run in a new page's worker (after as much of the warm-up as had time), in the worker: ${msSpread(coldWorker)}   target < 250 ms`
		);
		console.log(
			`    the same, click to facts on screen (with the worker's start and warm-up when still running): ${msSpread(coldScreen)}`
		);
		console.log(
			`    later runs, in the worker: ${msSpread(warmWorker)}; click to screen: ${msSpread(warmScreen)}`
		);
		results[name] = {
			coldInWorkerMs: spread(coldWorker),
			coldToScreenMs: spread(coldScreen),
			warmInWorkerMs: spread(warmWorker),
			warmToScreenMs: spread(warmScreen)
		};
	}
	return results;
}

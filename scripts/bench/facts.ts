/**
 * The facts pipeline: the five seeds in Node (clean + derive), first run and warm; the
 * longest raw seed in the browser's facts worker, first run in a new worker and later runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
	let facts = 0;
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		facts = (await factsReport(files)).facts.length;
		times.push(performance.now() - started);
	}
	console.log(
		`Facts pipeline, Node ${process.version}: ${files.length} seeds, ${bytes} bytes → ${facts} facts`
	);
	console.log(
		`  first run (includes loading the language models): ${ms(times[0]!)}   target < 1000 ms`
	);
	console.log(`  warm, median of ${RUNS - 1}: ${ms(median(times.slice(1)))}`);
	return { seeds: files.length, bytes, facts, firstMs: times[0], warmMs: spread(times.slice(1)) };
}

/** Each new page starts its own worker: its first run is a cold one. */
export async function factsInWorker(
	newPage: () => Promise<Page>,
	base: string
): Promise<Record<string, unknown>> {
	const file = seeds().reduce((a, b) => (b.text.length > a.text.length ? b : a));
	const coldWorker: number[] = [];
	const coldScreen: number[] = [];
	const warmWorker: number[] = [];
	const warmScreen: number[] = [];
	for (let p = 0; p < 3; p++) {
		const page = await newPage();
		await page.goto(`${base}/facts`);
		await page.locator('[data-loaded="true"]').waitFor();
		await page.getByText('Find key facts in an article of your own').click();
		await page.getByLabel(/Paste an article as text/).fill(file.text);
		for (let i = 0; i < RUNS; i++) {
			const started = Date.now();
			await page.getByRole('button', { name: 'Find key facts' }).click();
			const status = page.locator('p.found');
			await status.waitFor();
			const screen = Date.now() - started;
			const worker = Number(await status.getAttribute('data-ms'));
			(i === 0 ? coldWorker : warmWorker).push(worker);
			(i === 0 ? coldScreen : warmScreen).push(screen);
		}
		await page.close();
	}
	console.log(`Facts worker: ${file.name}, ${Buffer.byteLength(file.text)} bytes`);
	console.log(
		`  first run in a new worker, in the worker: ${msSpread(coldWorker)}   target < 250 ms`
	);
	console.log(
		`  first run, click to facts on screen (worker download and start): ${msSpread(coldScreen)}`
	);
	console.log(
		`  later runs, in the worker: ${msSpread(warmWorker)}; click to screen: ${msSpread(warmScreen)}`
	);
	return {
		file: file.name,
		bytes: Buffer.byteLength(file.text),
		coldInWorkerMs: spread(coldWorker),
		coldToScreenMs: spread(coldScreen),
		warmInWorkerMs: spread(warmWorker),
		warmToScreenMs: spread(warmScreen)
	};
}

/**
 * Paste to facts on screen on /add (issue 15): a 5,000-word article, pasted as a copied web
 * page (its HTML and its text, as the clipboard carries them), Preview clicked, timed in the
 * page until the first key fact is on screen (the facts of the article's opening, shown first)
 * and until the whole article's list is. Each run is a new page, so the facts worker starts
 * cold as it does for a user; the CPU is slowed 4× (CDP Emulation.setCPUThrottlingRate, which
 * reaches the page's main thread, not the worker) and, to see what the slowdown reaches, also
 * left at 1×. Median of 5 with min and max, where the time went (performance marks and the
 * worker's steps), and the CPU time of one more run, traced, which the machine's load moves less.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { Pack } from '../../src/lib/domain/pack';
import { BENCH_PORT, CHROMIUM_ARGS, chromiumPath, serving } from './browser';
import { median, msSpread, spread } from './stats';

const RUNS = 5;
const WORDS = 5_000;
const TITLE = 'Five thousand words on trade, budgets and defence';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every .txt file under `dir`. */
function texts(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return texts(path);
			return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
		});
}

/**
 * A 5,000-word article of real news prose, no paragraph twice: the body paragraphs of the
 * built pack's launch articles, then the news texts of the facts fixtures (their title lines
 * left out), until 5,000 words.
 */
export function longArticle(pack: Pack): { paragraphs: string[]; words: number } {
	const pool = [
		...pack.articles.flatMap((a) =>
			a.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)
		),
		...texts('src/lib/domain/facts/fixtures').flatMap((text) =>
			text
				.split(/\n\s*\n/)
				.slice(1)
				.map((p) => p.replace(/\s+/g, ' ').trim())
				.filter((p) => words(p) >= 12 && /[.!?”"]$/.test(p))
		)
	];
	const paragraphs: string[] = [];
	let count = 0;
	for (const p of new Set(pool)) {
		if (count >= WORDS) break;
		paragraphs.push(p);
		count += words(p);
	}
	if (count < WORDS) throw new Error(`Only ${count} words of text for the ${WORDS}-word article`);
	return { paragraphs, words: count };
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What one run measured, in ms. */
interface RunFigures {
	/** Paste to the first key fact on screen (the opening's facts, for a long article). */
	screenMs: number;
	/** Paste to the whole article's list on screen. */
	fullMs: number;
	/** The facts worker's time for the whole run (its `ms`), as the preview reports it. */
	workerMs: number;
	/** Where the time went, from the page's performance marks and the worker's steps. */
	steps: Record<string, number>;
	summary: string;
	/** CPU time (thread time) from paste to the whole list, per thread, when traced. */
	cpu?: { toFirst: Cpu; toFull: Cpu };
}

/** CPU time in ms of the page's main thread and of the facts worker. */
interface Cpu {
	main: number;
	worker: number;
}

/**
 * Thread time of the top-level tasks of the page's main thread and the facts worker in a
 * trace, from the Preview click (mark add:preview) to the first facts (add:opening, or
 * add:final when none came first) and to the whole list (add:final); the whole trace when the
 * build sets no marks. The worker's queue wait for the warm-up run counts too.
 */
function cpuTimes(trace: Buffer): { toFirst: Cpu; toFull: Cpu } {
	type Event = {
		name: string;
		ph: string;
		pid: number;
		tid: number;
		ts: number;
		dur?: number;
		tdur?: number;
		args?: { name?: string };
	};
	const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: Event[] };
	const names = new Map<string, string>();
	for (const e of traceEvents)
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	const mark = (name: string) => traceEvents.find((e) => e.name === name)?.ts;
	const start = mark('add:preview') ?? 0;
	const full = mark('add:final') ?? Infinity;
	const first = mark('add:opening') ?? full;
	const sum = (to: number): Cpu => {
		const cpu = { main: 0, worker: 0 };
		for (const e of traceEvents) {
			if (e.ph !== 'X' || e.name !== 'RunTask' || e.tdur === undefined || !e.dur) continue;
			// A task that runs past a mark (the worker derives the opening and the rest in one)
			// counts for the share of its wall time before the mark.
			const share = (Math.min(e.ts + e.dur, to) - Math.max(e.ts, start)) / e.dur;
			if (share <= 0) continue;
			const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
			if (thread === 'CrRendererMain') cpu.main += (share * e.tdur) / 1000;
			else if (thread.startsWith('DedicatedWorker')) cpu.worker += (share * e.tdur) / 1000;
		}
		return { main: Math.round(cpu.main), worker: Math.round(cpu.worker) };
	};
	return { toFirst: sum(first), toFull: sum(full) };
}

/**
 * One run in a new page: paste, Preview, the first key fact on screen, then the whole list.
 * `pasteAfterMs` is how long the user takes to paste after the screen is ready (the facts
 * worker warms up meanwhile). `traced`: the run is recorded in a Chrome trace for its CPU time.
 */
async function run(
	browser: Browser,
	base: string,
	plain: string,
	html: string,
	rate: number,
	pasteAfterMs: number,
	traced = false
): Promise<RunFigures> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	try {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		// Hydrated (the app's scripts loaded and run): a click before would submit the form natively.
		await page.goto(`${base}/add`, { waitUntil: 'networkidle' });
		await page.locator('form[data-ready="true"]').waitFor();
		await page.waitForTimeout(pasteAfterMs);
		// tsx names the functions declared in the code below with a helper the page lacks.
		await page.evaluate('globalThis.__name = (f) => f');
		if (traced)
			await browser.startTracing(page, {
				categories: [
					'toplevel',
					'disabled-by-default-devtools.timeline',
					'blink.user_timing',
					'__metadata'
				]
			});
		const { screenMs, fullMs } = await page.evaluate(
			({ plain, html }) =>
				new Promise<{ screenMs: number; fullMs: number }>((resolve) => {
					const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
					const started = performance.now();
					let screenMs = 0;
					// On screen: after the frame that paints it.
					const painted = (then: (ms: number) => void) =>
						requestAnimationFrame(() => setTimeout(() => then(performance.now() - started)));
					const seen = new MutationObserver(() => {
						if (!screenMs && document.querySelector('section.preview ul.facts li')) {
							screenMs = -1;
							painted((ms) => (screenMs = ms));
						}
						if (!document.querySelector('section.preview:not([data-complete="false"]) ul.facts li'))
							return;
						seen.disconnect();
						painted((ms) => {
							const wait = () =>
								screenMs > 0 ? resolve({ screenMs, fullMs: ms }) : setTimeout(wait, 5);
							wait();
						});
					});
					seen.observe(document.body, { childList: true, subtree: true, attributes: true });
					const data = new DataTransfer();
					data.setData('text/plain', plain);
					data.setData('text/html', html);
					const paste = new ClipboardEvent('paste', {
						clipboardData: data,
						bubbles: true,
						cancelable: true
					});
					if (box.dispatchEvent(paste)) {
						box.value = plain;
						box.dispatchEvent(new Event('input', { bubbles: true }));
					}
					[...document.querySelectorAll('button')]
						.find((b) => b.textContent?.trim() === 'Preview')!
						.click();
				}),
			{ plain, html }
		);
		const cpu = traced ? cpuTimes(await browser.stopTracing()) : undefined;
		const workerMs = Number(await page.locator('section.preview').getAttribute('data-ms'));
		const summary = (await page.locator('section.preview .summary').textContent()) ?? '';
		const steps = await page.evaluate(() => {
			const at = (name: string) =>
				performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN;
			const worker = JSON.parse(
				document.querySelector('section.preview')?.getAttribute('data-steps') ?? '{}'
			) as Record<string, number>;
			return {
				// Readability, DOMPurify and cleaning the pasted page, and loading their code.
				pageRead: at('add:to-worker') - at('add:preview'),
				// Sent to the worker until its opening's answer arrives.
				toOpening: at('add:opening') - at('add:to-worker'),
				toFinal: at('add:final') - at('add:to-worker'),
				...Object.fromEntries(Object.entries(worker).map(([k, v]) => [`worker.${k}`, v]))
			};
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		return { screenMs, fullMs, workerMs, steps, summary, ...(cpu ? { cpu } : {}) };
	} finally {
		await page.close();
	}
}

const round = (n: number) => Math.round(n);

/** The figures, at 4× and at 1× CPU. */
export async function pasteToFacts(
	browser: Browser,
	base: string,
	pack: Pack
): Promise<Record<string, unknown>> {
	const article = longArticle(pack);
	const plain = [TITLE, ...article.paragraphs].join('\n\n');
	const html = `<html><body><article><h1>${escape(TITLE)}</h1>${article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
	const results: Record<string, unknown> = {
		words: article.words,
		paragraphs: article.paragraphs.length
	};
	console.log(
		`Paste to facts on screen, /add: a ${article.words}-word article (${article.paragraphs.length} paragraphs) pasted as a copied page, a new page (cold worker) each run`
	);
	console.log(
		'  (CDP CPU throttling slows the page’s main thread only, not the facts worker: the worker’s figures are at the machine’s speed)'
	);
	for (const [rate, pasteAfterMs] of [
		[4, 0],
		[4, 5_000],
		[1, 0]
	] as const) {
		const runs: RunFigures[] = [];
		for (let i = 0; i < RUNS; i++)
			runs.push(await run(browser, base, plain, html, rate, pasteAfterMs));
		const traced = await run(browser, base, plain, html, rate, pasteAfterMs, true);
		const summary = runs.at(-1)!.summary;
		const screen = runs.map((r) => r.screenMs);
		const full = runs.map((r) => r.fullMs);
		const worker = runs.map((r) => r.workerMs);
		const stepNames = Object.keys(runs[0]!.steps);
		const steps = Object.fromEntries(
			stepNames.map((k) => [k, round(median(runs.map((r) => r.steps[k] ?? NaN)))])
		);
		const when = pasteAfterMs ? `pasted ${pasteAfterMs / 1000} s after opening` : 'pasted at once';
		console.log(
			`  ${rate}× CPU, ${when}: paste to first facts on screen ${msSpread(screen)}${rate === 4 ? '   target < 1500 ms' : ''}`
		);
		console.log(`        paste to the whole list on screen: ${msSpread(full)}`);
		console.log(`        of which in the facts worker: ${msSpread(worker)} (${summary})`);
		console.log(`        steps (medians, ms): ${JSON.stringify(steps)}`);
		if (traced.cpu) {
			const { toFirst, toFull } = traced.cpu;
			console.log(
				`        CPU time (one traced run), paste to first facts: main thread ${toFirst.main} ms, facts worker ${toFirst.worker} ms; to the whole list: main ${toFull.main} ms, worker ${toFull.worker} ms`
			);
		}
		results[`cpu${rate}x${pasteAfterMs ? `-after${pasteAfterMs}ms` : ''}`] = {
			toScreenMs: spread(screen),
			toFullListMs: spread(full),
			inWorkerMs: spread(worker),
			stepsMs: steps,
			...(traced.cpu ? { cpuMs: traced.cpu } : {}),
			summary
		};
	}
	return results;
}

// Run alone (npx tsx scripts/bench/add-article.ts) against the build in build/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const pack = JSON.parse(readFileSync('build/pack.json', 'utf8')) as Pack;
	await serving('build', BENCH_PORT, async (base) => {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			console.log(JSON.stringify(await pasteToFacts(browser, base, pack), null, 2));
		} finally {
			await browser.close();
		}
	});
}

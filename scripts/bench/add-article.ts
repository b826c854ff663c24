/**
 * Paste to facts on screen on /add (issue 15): a 5,000-word article, pasted as a copied web
 * page (its HTML and its text, as the clipboard carries them), Preview clicked, timed in the
 * page until the first key fact is on screen. Each run is a new page, so the facts worker
 * starts cold as it does for a user; the CPU is slowed 4× (CDP Emulation.setCPUThrottlingRate)
 * and, to see what the slowdown reaches, also left at 1×. Median of 5 with min and max.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { Pack } from '../../src/lib/domain/pack';
import { BENCH_PORT, CHROMIUM_ARGS, chromiumPath, serving } from './browser';
import { msSpread, spread } from './stats';

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

/**
 * One run in a new page: paste, Preview, the first key fact on screen. `pasteAfterMs` is how
 * long the user takes to paste after the screen is ready (the facts worker warms up meanwhile).
 */
async function run(
	browser: Browser,
	base: string,
	plain: string,
	html: string,
	rate: number,
	pasteAfterMs: number
) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	try {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		// Hydrated (the app's scripts loaded and run): a click before would submit the form natively.
		await page.goto(`${base}/add`, { waitUntil: 'networkidle' });
		await page.locator('form[data-ready="true"]').waitFor();
		await page.waitForTimeout(pasteAfterMs);
		const screenMs = await page.evaluate(
			({ plain, html }) =>
				new Promise<number>((resolve) => {
					const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
					const started = performance.now();
					const seen = new MutationObserver(() => {
						if (!document.querySelector('section.preview ul.facts li')) return;
						seen.disconnect();
						// On screen: after the frame that paints it.
						requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
					});
					seen.observe(document.body, { childList: true, subtree: true });
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
		const workerMs = Number(await page.locator('section.preview').getAttribute('data-ms'));
		const summary = (await page.locator('section.preview .summary').textContent()) ?? '';
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		return { screenMs, workerMs, summary };
	} finally {
		await page.close();
	}
}

/** The figure, at 4× and at 1× CPU. */
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
	for (const [rate, pasteAfterMs] of [
		[4, 0],
		[4, 5_000],
		[1, 0]
	] as const) {
		const screen: number[] = [];
		const worker: number[] = [];
		let summary = '';
		for (let i = 0; i < RUNS; i++) {
			const r = await run(browser, base, plain, html, rate, pasteAfterMs);
			screen.push(r.screenMs);
			worker.push(r.workerMs);
			summary = r.summary;
		}
		const when = pasteAfterMs ? `pasted ${pasteAfterMs / 1000} s after opening` : 'pasted at once';
		console.log(
			`  ${rate}× CPU, ${when}: paste to first fact on screen ${msSpread(screen)}${rate === 4 ? '   target < 1500 ms' : ''}`
		);
		console.log(`        of which in the facts worker: ${msSpread(worker)} (${summary})`);
		results[`cpu${rate}x${pasteAfterMs ? `-after${pasteAfterMs}ms` : ''}`] = {
			toScreenMs: spread(screen),
			inWorkerMs: spread(worker),
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

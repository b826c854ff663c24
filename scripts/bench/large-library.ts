/**
 * A library of 1,000 articles of the user's own in Chromium's IndexedDB, written in the stored
 * format of imported articles (copies of the pack's articles, each with its own id, title and
 * date), and the library's first render and the search on it at 4× CPU throttling.
 * Used by tests/e2e/large-library.spec.ts and by `npm run bench` (results.largeLibrary).
 * Alone: `npx tsx scripts/bench/large-library.ts` after `vite build`.
 */
import { chromium, type Page } from '@playwright/test';
import { DERIVATION_VERSION } from '../../src/lib/domain/facts/types';
import { BENCH_PORT, CHROMIUM_ARGS, chromiumPath, serving } from './browser';
import { ms, msSpread, spread, type Spread } from './stats';

export const LARGE_LIBRARY = {
	articles: 1_000,
	/** The article (0-based) that holds `word`, in its paragraph `paragraph`. */
	target: 899,
	paragraph: 2,
	/** A word no other article has. */
	word: 'quokkaville'
};

/** The id and title the seeded article `i` gets. */
export const seededId = (i: number): string => `mine-bulk-${i}`;
export const seededTitle = (i: number, packTitle: string): string =>
	`Article ${i + 1}: ${packTitle}`;

/**
 * tsx (esbuild with keepNames) wraps functions declared inside an evaluated function in a
 * `__name` helper that the page does not have: this gives it one.
 */
async function keepNames(page: Page): Promise<void> {
	await page.evaluate('globalThis.__name ??= (f) => f');
}

/**
 * Writes `LARGE_LIBRARY.articles` imported articles (and their derivation stamps, so that none
 * is re-derived) into the app's database. The page must have opened the app once (the
 * database exists with the pack in it). Returns how many articles the store then holds.
 */
export async function seedLargeLibrary(page: Page): Promise<number> {
	await keepNames(page);
	return page.evaluate(
		async ({ articles: count, target, paragraph, word, derivation }) => {
			const done = <T>(request: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			const db = await done(indexedDB.open('dossier'));
			const tx = db.transaction(['articles', 'meta'], 'readwrite');
			const store = tx.objectStore('articles');
			const pack = (await done(store.index('origin').getAll('pack'))) as {
				title: string;
				paragraphs: { kind: string; text: string }[];
			}[];
			if (pack.length === 0) throw new Error('The pack is not in the database yet.');
			const day = 86_400_000;
			for (let i = 0; i < count; i++) {
				const base = pack[i % pack.length]!;
				const paragraphs = base.paragraphs.map((p) => ({ ...p }));
				if (i === target)
					paragraphs[paragraph]!.text +=
						` Officials in ${word[0]!.toUpperCase()}${word.slice(1)} declined to comment.`;
				const id = `mine-bulk-${i}`;
				store.put({
					...base,
					id,
					title: `Article ${i + 1}: ${base.title}`,
					paragraphs,
					origin: 'imported',
					source: `${id}.txt`,
					published: {
						precision: 'day',
						value: new Date(Date.UTC(2020, 0, 1) + i * day).toISOString().slice(0, 10),
						basis: 'dateline'
					}
				});
				tx.objectStore('meta').put({
					key: `user-article:${id}`,
					value: { addedAt: Date.UTC(2026, 0, 1) + i * 1000, derivation }
				});
			}
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
				tx.onabort = () => reject(tx.error);
			});
			const total = await done(db.transaction('articles').objectStore('articles').count());
			db.close();
			return total;
		},
		{ ...LARGE_LIBRARY, derivation: DERIVATION_VERSION }
	);
}

/**
 * Loads the library and waits until it lists the user's articles (a page of them, and the
 * count of all): the time since navigation started, from the page's own clock.
 */
export async function libraryFirstRender(page: Page, base: string, total: number): Promise<number> {
	await page.goto(`${base}/`);
	const handle = await page.waitForFunction(
		(count) => {
			const list = document.querySelector('ul.articles[data-loaded="true"]');
			const shown = document.querySelector('p.count')?.textContent?.startsWith(`${count} `);
			return !!list && shown && list.children.length > 0 && performance.now();
		},
		total,
		{ polling: 'raf', timeout: 120_000 }
	);
	return (await handle.jsonValue()) as number;
}

/** Submits `query` on the search screen: the time until its answer is on screen. */
function submitAndWait(query: string): Promise<number> {
	return new Promise<number>((resolve) => {
		const field = document.querySelector<HTMLInputElement>('#search-query')!;
		const status = document.querySelector('#search-status')!;
		const before = status.textContent;
		const at = performance.now();
		const seen = new MutationObserver(() => {
			if (status.textContent === before || !/\d+ match/.test(status.textContent ?? '')) return;
			seen.disconnect();
			resolve(performance.now() - at);
		});
		seen.observe(status, { childList: true, subtree: true, characterData: true });
		field.value = query;
		field.dispatchEvent(new Event('input'));
		field.form!.requestSubmit();
	});
}

/** The library's first render at 1,000 articles and a search on it, at 4× CPU throttling. */
export async function largeLibraryBench(page: Page, base: string, runs = 5) {
	await page.goto(`${base}/`);
	await page.locator('ul.articles[data-loaded="true"]').waitFor();
	const packOnly = await page.locator('ul.articles > li').count();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// The same page with the pack's articles only, for comparison.
	const before: number[] = [];
	for (let run = 0; run < runs; run++) before.push(await libraryFirstRender(page, base, packOnly));
	const total = await seedLargeLibrary(page);
	const renders: number[] = [];
	for (let run = 0; run < runs; run++) renders.push(await libraryFirstRender(page, base, total));
	// Search: the index built in its worker, then a query typed, each from the page's clock.
	await page.goto(`${base}/search?q=${LARGE_LIBRARY.word}`);
	const status = page.locator('#search-status');
	await status.getByText('1 match in 1 article.').waitFor({ timeout: 300_000 });
	// The page's clock starts with its navigation.
	const indexedMs = await page.evaluate(() => performance.now());
	const queries: Record<string, Spread> = {};
	for (const query of ['patriot', 'reequip', 'interseptors', 'ukraine shortage missiles']) {
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			// From a query without matches, so that the answer changes what the status says.
			await page.locator('#search-query').fill('zzqqxx');
			await page.locator('#search-query').press('Enter');
			await status.getByText('No matches for “zzqqxx”.').waitFor();
			await keepNames(page);
			times.push(await page.evaluate(submitAndWait, query));
		}
		queries[query] = spread(times);
	}
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	console.log(
		`Library of ${total} articles (${LARGE_LIBRARY.articles} the user's), 4× CPU throttling:`
	);
	console.log(
		`  first render ${msSpread(renders)}; with the pack's ${packOnly} only ${msSpread(before)}`
	);
	console.log(
		`  search: index built in its worker and first answer ${ms(indexedMs)} after navigating to /search?q=…`
	);
	for (const [query, figures] of Object.entries(queries))
		console.log(
			`  “${query}”: submit to results on screen median ${ms(figures.median)} (min ${ms(figures.min)}, max ${ms(figures.max)}; the 30 ms target is the query's own CPU time, scripts/bench/search.ts)`
		);
	return {
		articles: total,
		firstRenderMs: spread(renders),
		searchReadyMs: indexedMs,
		queries
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.BENCH_PORT ?? BENCH_PORT);
	await serving('build', port, async (base) => {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await largeLibraryBench(page, base);
		} finally {
			await browser.close();
		}
	});
}

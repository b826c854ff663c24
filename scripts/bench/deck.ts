/** The deck code (src/lib/db/cards.ts) on 10,000 and 100,000 cards in Chromium's IndexedDB. */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { ms } from './stats';

type Bench = {
	seed(n: number): Promise<void>;
	time(runs: number): Promise<{ cards: number; nextMs: number; answerMs: number }>;
};

export async function deck(page: Page, base: string): Promise<Record<string, unknown>> {
	const bundle = await build({
		entryPoints: ['scripts/bench/deck-page.ts'],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		tsconfig: 'tsconfig.json'
	});
	await page.goto(`${base}/review`);
	await page.locator('[data-testid="prompt"], .summary').first().waitFor();
	// Evaluated through the DevTools protocol: the page's CSP rightly refuses an inline script tag.
	await page.evaluate(bundle.outputFiles[0]!.text);
	const run = (fn: keyof Bench, arg: number) =>
		page.evaluate(
			([name, value]) =>
				(globalThis as unknown as { benchDeck: Record<string, (n: number) => unknown> }).benchDeck[
					name
				]!(value),
			[fn, arg] as const
		);
	const lines: string[] = [];
	const decks: unknown[] = [];
	for (const [add, label] of [
		[10_000, '10,000'],
		[90_000, '100,000']
	] as const) {
		const seeded = Date.now();
		await run('seed', add);
		const seedMs = Date.now() - seeded;
		const result = (await run('time', 50)) as Awaited<ReturnType<Bench['time']>>;
		decks.push({ ...result, seedMs });
		lines.push(
			`  ${label} cards (${result.cards} in the store; seeding took ${seedMs} ms): next card ${ms(result.nextMs)} (target < ${label === '10,000' ? 2 : 5} ms), answer and save ${ms(result.answerMs)}, medians of 50`
		);
	}
	// Cold start: a new page load with 100,000 cards, until the first question is on screen.
	await page.reload();
	// A generous limit: a bench on a busy machine measures slowly, it does not fail.
	await page.locator('[data-testid="prompt"]').waitFor({ timeout: 180_000 });
	const firstCard = await page.evaluate(() => performance.now());
	lines.push(
		`  first card after a cold page load with 100,000 cards: ${ms(firstCard)} (target < 500 ms)`
	);
	console.log('Review deck in IndexedDB (the app’s own code):');
	for (const line of lines) console.log(line);
	return { sizes: decks, firstCardColdMs: firstCard };
}

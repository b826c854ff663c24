/**
 * Size budgets (bytes are deterministic, so these are tests): the JavaScript a first visit
 * loads per screen, and the service worker's precache. A failure says by how much, and which
 * chunks grew since the sizes recorded in budgets.baseline.json. After an accepted change,
 * record the new sizes with `UPDATE_BUDGETS=1 npx playwright test --project=build budgets`.
 * Reads the client build (run after `vite build`).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import {
	BUDGETS,
	ClientBuild,
	PRECACHE_BUDGET,
	total,
	type Sized
} from '../../scripts/bench/sizes';

const BASELINE = 'tests/build/budgets.baseline.json';

type Baseline = Record<string, Record<string, number>>;

const build = new ClientBuild();
const baseline: Baseline = existsSync(BASELINE)
	? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline)
	: {};

/** Each chunk with its size and its change since the baseline, largest first. */
function report(screen: string, chunks: Sized[]): string {
	const before = baseline[screen] ?? {};
	const lines = chunks.map((c) => {
		const was = before[c.label];
		const change = was === undefined ? 'new' : c.gzip === was ? '=' : `${c.gzip - was > 0 ? '+' : ''}${c.gzip - was} B`;
		return `  ${c.label} (${c.file}): ${c.gzip} B (${change})`;
	});
	const gone = Object.keys(before).filter((label) => !chunks.some((c) => c.label === label));
	return [...lines, ...gone.map((label) => `  ${label}: gone (was ${before[label]} B)`)].join('\n');
}

test.describe.configure({ mode: 'serial' });

for (const [screen, route, budget] of BUDGETS) {
	test(`initial JavaScript of the ${screen} screen is within ${budget / 1000} kB gzip`, () => {
		const { js } = build.initial(route);
		const bytes = total(js, 'gzip');
		console.log(`${screen}: ${bytes} B gzip initial JS in ${js.length} files`);
		if (process.env.UPDATE_BUDGETS) {
			baseline[screen] = Object.fromEntries(js.map((c) => [c.label, c.gzip]));
			writeFileSync(BASELINE, `${JSON.stringify(baseline, null, '\t')}\n`);
		}
		expect(
			bytes,
			`${screen} loads ${bytes} B, ${bytes - budget} B over its ${budget} B budget. Chunks:\n${report(screen, js)}`
		).toBeLessThanOrEqual(budget);
	});
}

test('no precached file comes near Workbox’s 2 MiB limit', () => {
	for (const url of build.precacheUrls()) {
		expect(statSync(build.fileOf(url)).size, url).toBeLessThan(1024 * 1024);
	}
});

test(`the precache is within ${PRECACHE_BUDGET / 1000} kB gzip`, () => {
	const files = build.precache();
	const bytes = total(files, 'gzip');
	console.log(`precache: ${files.length} files, ${bytes} B gzip`);
	const largest = files.slice(0, 10).map((f) => `  ${f.file} ${f.gzip} B`);
	expect(
		bytes,
		`${bytes - PRECACHE_BUDGET} B over; largest:\n${largest.join('\n')}`
	).toBeLessThanOrEqual(PRECACHE_BUDGET);
});

/** Strings only @mozilla/readability and DOMPurify contain (class members survive minifying). */
const IMPORT_MARKERS = ['_grabArticle', 'SAFE_FOR_TEMPLATES'];

test('the HTML import tools (Readability, DOMPurify) load on /add only, never with the library, reader or review', () => {
	const keys = Object.keys(build.manifest);
	for (const marker of IMPORT_MARKERS)
		expect(
			keys.some((key) => build.code(key).includes(marker)),
			`${marker} is in the build`
		).toBe(true);
	for (const route of [
		...BUDGETS.map(([, route]) => route),
		'facts/+page.svelte',
		'read/user/+page.svelte',
		// Even /add loads them only when a web page is pasted or opened.
		'add/+page.svelte'
	]) {
		const roots = [...build.entries(), build.nodeOf('+layout.svelte'), build.nodeOf(route)];
		for (const root of roots)
			for (const key of build.staticClosure(root))
				for (const marker of IMPORT_MARKERS)
					expect(build.code(key).includes(marker), `${route} loads ${key}, with ${marker}`).toBe(
						false
					);
	}
});

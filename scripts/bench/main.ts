/**
 * npm run bench: measured figures for the speed and size targets (printed, never asserted),
 * written with the date, the machine and the commit to bench/results.json.
 * Expects a production build in build/ (the npm script builds first). See BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { pasteToFacts } from './add-article';
import { BENCH_PORT, CHROMIUM_ARGS, chromiumPath, serving } from './browser';
import { cardsBench } from './cards';
import { deck } from './deck';
import { cleanerOnLongInput } from './cleaner';
import { factsInNode, factsInWorker } from './facts';
import { FIRST_VISIT_BUDGETS, FIRST_VISIT_SCREENS, firstVisitScripts } from './first-visit';
import { buildFloor } from './floor';
import { measurePages, LIGHTHOUSE_RUNS, type LighthouseFigures } from './lighthouse';
import { offlineColdStart } from './offline';
import { largeLibraryBench } from './large-library';
import { searchBench } from './search';
import { BUDGETS, ClientBuild, PRECACHE_BUDGET, total } from './sizes';
import { kB } from './stats';

const started = Date.now();
const results: Record<string, unknown> = {};
const SCREENS: [name: string, route: string, path: string][] = [
	['library', '+page.svelte', '/'],
	['reader', 'read/[slug]/+page.svelte', '/read/japan-to-sell-patriot-missiles-to-us'],
	['review', 'review/+page.svelte', '/review'],
	['facts', 'facts/+page.svelte', '/facts'],
	['stats', 'stats/+page.svelte', '/stats']
];

// Sizes: Dossier's screens and the floor's one page, from their Vite manifests.
const dossier = new ClientBuild();
const floorRoot = buildFloor();
const floor = new ClientBuild(floorRoot, join(floorRoot, 'build'));
const floorInitial = floor.initial('+page.svelte');
const floorJs = total(floorInitial.js, 'gzip');
const sizes: Record<string, unknown> = {};
console.log(
	'Bytes loaded on a first visit (static imports of entry, layout and page), gzip -9 / raw:'
);
for (const [name, route] of [...SCREENS, ['floor', '+page.svelte'] as const]) {
	const { js, css } = name === 'floor' ? floorInitial : dossier.initial(route);
	const budget = BUDGETS.find(([screen]) => screen === name)?.[2];
	const gzip = total(js, 'gzip');
	sizes[name] = {
		js: { gzip, raw: total(js, 'raw'), files: js.length },
		css: { gzip: total(css, 'gzip'), raw: total(css, 'raw'), files: css.length },
		...(name === 'floor' ? {} : { jsRatioToFloor: gzip / floorJs, budget })
	};
	console.log(
		`  ${name.padEnd(8)} JS ${kB(gzip)} / ${kB(total(js, 'raw'))} in ${js.length} files` +
			(name === 'floor'
				? ''
				: ` (${(gzip / floorJs).toFixed(2)}× the floor${budget ? `; budget ${kB(budget)}` : ''})`) +
			`; CSS ${kB(total(css, 'gzip'))} / ${kB(total(css, 'raw'))}`
	);
}
for (const [name, build] of [
	['dossier', dossier],
	['floor', floor]
] as const) {
	const files = build.precache();
	sizes[`${name}Precache`] = {
		gzip: total(files, 'gzip'),
		raw: total(files, 'raw'),
		files: files.length
	};
	console.log(
		`  precache, ${name}: ${files.length} files, ${kB(total(files, 'gzip'))} gzip, ${kB(total(files, 'raw'))} raw` +
			(name === 'dossier' ? ` (budget ${kB(PRECACHE_BUDGET)})` : '')
	);
}
results.sizes = sizes;

// What a first visit loads until the network is quiet, lazy chunks included (a budget test too).
const firstVisit: Record<string, { gzip: number; files: number; budget: number }> = {};
await serving('build', BENCH_PORT, async (base) => {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		for (const [name, path] of FIRST_VISIT_SCREENS) {
			const visit = await firstVisitScripts(browser, base, path);
			firstVisit[name] = {
				gzip: visit.gzip,
				files: visit.scripts.length,
				budget: FIRST_VISIT_BUDGETS[name]!
			};
		}
	} finally {
		await browser.close();
	}
});
console.log(
	'JavaScript a first visit loads until the network is quiet (lazy chunks too), gzip -9:'
);
for (const [name, f] of Object.entries(firstVisit))
	console.log(`  ${name.padEnd(8)} ${kB(f.gzip)} in ${f.files} files (budget ${kB(f.budget)})`);
results.firstVisitJs = firstVisit;

// Lighthouse, mobile: Dossier's three screens and the floor.
const lighthouse: Record<string, LighthouseFigures> = {};
await serving('build', BENCH_PORT, async (base) => {
	const measured = await measurePages(SCREENS.map(([, , path]) => `${base}${path}`));
	SCREENS.forEach(([name, , path]) => (lighthouse[name] = measured[`${base}${path}`]!));
});
await serving(join(floorRoot, 'build'), BENCH_PORT + 1, async (base) => {
	lighthouse.floor = (await measurePages([`${base}/`]))[`${base}/`]!;
});
rmSync(floorRoot, { recursive: true, force: true });
console.log(`Lighthouse ${LIGHTHOUSE_RUNS}× per page, mobile (medians; min–max):`);
console.log('  page      perf  a11y  best-pr.  LCP ms          TBT ms     CLS');
for (const [name, f] of Object.entries(lighthouse)) {
	const r = (s: { median: number; min: number; max: number }, digits = 0) =>
		`${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
	console.log(
		`  ${name.padEnd(8)}  ${f.performance.median.toFixed(0).padStart(4)}  ${f.accessibility.median.toFixed(0).padStart(4)}  ${f.bestPractices.median.toFixed(0).padStart(8)}  ${r(f.lcpMs).padEnd(15)} ${r(f.tbtMs).padEnd(10)} ${r(f.cls, 3)}`
	);
	if (f.failing.length) console.log(`            not passing: ${f.failing.join(', ')}`);
}
console.log(
	'  targets: performance ≥ 98, accessibility 100, best practices 100; LCP < 1500 ms, TBT < 50 ms, CLS < 0.02'
);
results.lighthouse = lighthouse;

// The facts pipeline, the cards screen at 10,000 cards, the deck, and the offline cold start.
results.factsNode = await factsInNode();
// Search at 1,000 synthetic articles made from the built pack's sentences (target under 30 ms).
results.search = searchBench(JSON.parse(readFileSync('build/pack.json', 'utf8')));
results.cleaner = cleanerOnLongInput();
results.cards = cardsBench();
await serving('build', BENCH_PORT, async (base) => {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		results.chromium = browser.version();
		results.factsWorker = await factsInWorker(() => browser.newPage(), base);
		results.deck = await deck(await browser.newPage(), base);
		// The library's first render and search at 1,000 articles of the user's, 4× CPU throttling.
		results.largeLibrary = await largeLibraryBench(
			await browser.newPage({ viewport: { width: 390, height: 844 } }),
			base
		);
		// Paste a 5,000-word article on /add to its first key fact on screen, at 4× CPU.
		results.pasteToFacts = await pasteToFacts(
			browser,
			base,
			JSON.parse(readFileSync('build/pack.json', 'utf8'))
		);
	} finally {
		await browser.close();
	}
	results.offlineColdStartMs = await offlineColdStart(base);
});

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
mkdirSync('bench', { recursive: true });
writeFileSync(
	'bench/results.json',
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			commit,
			machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version },
			...results
		},
		null,
		2
	)}\n`
);
console.log(
	`Figures written to bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`
);

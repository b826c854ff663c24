// Prints how close each test came to its time limit in the last run, from the JSON reports
// that `npm test` writes (reports/unit.json from Vitest, reports/e2e.json from Playwright).
// A test that needs more than a third of its limit would fail on a slower or busier machine:
// they are listed first. Information, never a failure: timing is the bench's business.
// Usage: node scripts/test-times.mjs [--top N]
import { existsSync, readFileSync } from 'node:fs';

const UNIT_LIMIT_MS = 30_000; // vite.config.ts test.testTimeout (the JSON does not carry it)
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 12;

/** Every test of the last Vitest run: name, time, limit. */
function unitTests(path) {
	const report = JSON.parse(readFileSync(path, 'utf8'));
	return report.testResults.flatMap((file) =>
		file.assertionResults.map((t) => ({
			name: `${file.name.replace(`${process.cwd()}/`, '')} › ${t.title}`,
			ms: t.duration ?? 0,
			limit: UNIT_LIMIT_MS
		}))
	);
}

/** Every test of the last Playwright run, with the limit it ran under. */
function browserTests(path) {
	const report = JSON.parse(readFileSync(path, 'utf8'));
	const out = [];
	const walk = (suite) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests)
				for (const r of t.results)
					out.push({ name: `${spec.file} › ${spec.title}`, ms: r.duration, limit: t.timeout });
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of report.suites) walk(suite);
	return { tests: out, wallMs: report.stats?.duration };
}

const rows = [];
const lines = [];
if (existsSync('reports/unit.json')) {
	const tests = unitTests('reports/unit.json');
	const report = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
	const wall = Math.max(...report.testResults.map((f) => f.endTime)) - report.startTime;
	lines.push(`unit: ${tests.length} tests, ${(wall / 1000).toFixed(1)} s`);
	rows.push(...tests.map((t) => ({ ...t, kind: 'unit' })));
}
if (existsSync('reports/e2e.json')) {
	const { tests, wallMs } = browserTests('reports/e2e.json');
	lines.push(`build + browser: ${tests.length} tests, ${(wallMs / 1000).toFixed(1)} s`);
	rows.push(...tests.map((t) => ({ ...t, kind: 'browser' })));
}
if (rows.length === 0) {
	console.log('test-times: no reports yet (run npm test first).');
	process.exit(0);
}
rows.sort((a, b) => b.ms / b.limit - a.ms / a.limit);
console.log(`\nTest times (${lines.join('; ')}); the closest to their limits:`);
for (const r of rows.slice(0, top)) {
	const share = ((100 * r.ms) / r.limit).toFixed(0).padStart(3);
	const flag = r.ms * 3 > r.limit ? '  <- under 3x margin' : '';
	console.log(
		`${share}% ${(r.ms / 1000).toFixed(1).padStart(5)} s of ${(r.limit / 1000).toFixed(0).padStart(3)} s  ${r.kind.padEnd(7)} ${r.name}${flag}`
	);
}
const under = rows.filter((r) => r.ms * 3 > r.limit).length;
console.log(
	under
		? `${under} test(s) used more than a third of their limit.`
		: 'Every test ran in under a third of its limit.'
);

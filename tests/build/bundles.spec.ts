/**
 * The language libraries (compromise, chrono-node) are heavy: they belong to the build and
 * to the facts worker only. Every page's static JavaScript must be free of them.
 * Reads the Vite manifest of the client build (run after `vite build`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClientBuild } from '../../scripts/bench/sizes';

const CLIENT = '.svelte-kit/output/client';
const build = new ClientBuild();
const { manifest } = build;

/** Strings that only the language libraries contain. */
const NLP_MARKERS = ['PastTense', 'forwardDate'];

test('no page loads compromise or chrono-node; only the facts worker holds them', () => {
	// SvelteKit's generated nodes/N.js each import one route's component: named by it.
	const pages = build.routeNodes;
	expect([...pages.keys()]).toEqual(
		expect.arrayContaining([
			'src/routes/+layout.svelte',
			'src/routes/+page.svelte',
			'src/routes/read/[slug]/+page.svelte',
			'src/routes/facts/+page.svelte'
		])
	);
	const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
	for (const root of [...pages.values(), ...entries]) {
		for (const key of build.staticClosure(root)) {
			for (const marker of NLP_MARKERS)
				expect(build.code(key).includes(marker), `${root} loads ${key}, which holds ${marker}`).toBe(
					false
				);
		}
	}
	// The worker is there and holds them; nothing else in the client does.
	const workers = readdirSync(join(CLIENT, '_app/immutable/workers'));
	const worker = workers.find((f) => f.startsWith('facts.worker') && f.endsWith('.js'));
	expect(worker).toBeDefined();
	const workerCode = readFileSync(join(CLIENT, '_app/immutable/workers', worker!), 'utf8');
	for (const marker of NLP_MARKERS) expect(workerCode).toContain(marker);
});

test('the facts worker is reached only through a dynamic import', () => {
	const client = 'src/lib/workers/facts-client.ts';
	expect(manifest[client]).toBeDefined();
	for (const [key, chunk] of Object.entries(manifest)) {
		expect(chunk.imports ?? [], `${key} imports the facts client statically`).not.toContain(client);
	}
	expect(
		Object.values(manifest).some((chunk) => chunk.dynamicImports?.includes(client))
	).toBe(true);
});

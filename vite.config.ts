import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin, Rollup } from 'vite';
import { defineConfig } from 'vitest/config';
import { FACTS_WORKER_CACHE } from './src/lib/pwa/caches';
import { webManifest } from './src/lib/pwa/manifest';

const port = Number(process.env.PORT ?? 4173);

/**
 * Fewer, larger chunks for what every page loads. Left alone, Rollup cuts the Svelte runtime
 * and the root layout's modules into some twenty small chunks by which routes share them, and
 * each is compressed and fetched on its own: about 5 kB gzip more on every first visit. Here
 * the Svelte runtime and everything the root layout imports statically are one chunk. Lazy
 * modules (ts-fsrs, the validator, the facts worker) stay out of it. Client build only.
 */
function clientChunks(): Plugin {
	let layout: Set<string> | null = null;
	const manualChunks: Rollup.GetManualChunk = (id, { getModuleIds, getModuleInfo }) => {
		if (/\/node_modules\/(svelte|esm-env|clsx)\//.test(id)) return 'layout';
		layout ??= staticClosure(
			[...getModuleIds()].find((m) => m.endsWith('/src/routes/+layout.svelte')),
			(m) => getModuleInfo(m)?.importedIds ?? []
		);
		return layout.has(id) ? 'layout' : undefined;
	};
	return {
		name: 'dossier:client-chunks',
		config: (config) =>
			config.build?.ssr ? {} : { build: { rollupOptions: { output: { manualChunks } } } }
	};
}

/** A module and everything it imports statically. */
function staticClosure(root: string | undefined, imports: (id: string) => readonly string[]) {
	const seen = new Set<string>();
	const stack = root ? [root] : [];
	while (stack.length) {
		const next = stack.pop()!;
		if (seen.has(next)) continue;
		seen.add(next);
		stack.push(...imports(next));
	}
	return seen;
}

export default defineConfig({
	plugins: [
		sveltekit(),
		clientChunks(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// A new version waits until the reader accepts it: nothing they are doing is cut off.
			registerType: 'prompt',
			injectRegister: false,
			// Absolute, not Vite's relative './': a first visit to /read/<slug> must register /sw.js.
			base: '/',
			scope: '/',
			manifest: webManifest,
			kit: {
				adapterFallback: '200.html',
				spa: true,
				includeVersionFile: true
			},
			workbox: {
				// Every page, its __data.json, the pack, every chunk and icon.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,txt}',
					'prerendered/**/*.{html,json}'
				],
				// The install sheet's screenshots (230 kB) are shown by the browser while online:
				// precaching them would more than double what every install downloads.
				// The facts worker (the language libraries, about 170 kB gzip) is cached apart,
				// once the app is cached and the browser idle (src/lib/workers/facts-worker-url.ts).
				// The search worker (minisearch, ~9 kB) is precached: search works offline at once.
				// The pack worker writes a new pack, which a first visit fetches online anyway; offline,
				// the page writes the pack itself (src/lib/workers/pack-client.ts). Not cached at all.
				globIgnores: [
					'client/screenshots/**',
					'client/_app/immutable/workers/facts.worker-*',
					'client/_app/immutable/workers/pack.worker-*'
				],
				runtimeCaching: [
					{
						// The facts worker only: the pack worker is needed only when the pack changes, and
						// offline without it the page writes the pack itself.
						urlPattern: ({ url }) =>
							url.pathname.startsWith('/_app/immutable/workers/facts.worker-'),
						handler: 'CacheFirst',
						options: { cacheName: FACTS_WORKER_CACHE }
					}
				],
				// Prerendered pages and data ignore these queries: /search?q=… is search.html, a user
				// article's reader (/read/user?id=…) and a share (/add?title=&text=&url=) are one
				// precached page each, and a client navigation's __data.json?…&x-sveltekit-invalidated=01
				// is the stored file. Offline they open that page, not the app shell.
				ignoreURLParametersMatching: [
					/^utm_/,
					/^fbclid$/,
					/^q$/,
					/^x-sveltekit-invalidated$/,
					/^id$/,
					/^title$/,
					/^text$/,
					/^url$/
				],
				navigateFallback: '/200.html',
				cleanupOutdatedCaches: true
			},
			devOptions: { enabled: false }
		})
	],
	preview: { port, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Limits at many times the slowest test's time on a busy 2-core machine (scripts/test-times.mjs
		// prints each test's share of its limit after a run), so no result depends on machine speed.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]]
	}
});

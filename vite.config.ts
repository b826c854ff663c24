import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin, Rollup } from 'vite';
import { defineConfig } from 'vitest/config';
import {
	FACTS_WORKER_CACHE,
	HTML_IMPORT_CACHE,
	HTML_IMPORT_CHUNK,
	HTML_IMPORT_INDEX
} from './src/lib/pwa/caches';
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

/**
 * /add's HTML import (src/lib/import/html.ts with Readability and DOMPurify, about 25 kB gzip)
 * is cached at run time, not precached: only a pasted or opened web page needs it. For the
 * service worker's configuration to tell its chunk apart, the chunk is named
 * `html-import-<hash>.js` (SvelteKit's chunk names are the hash alone). Wrapped in the output
 * options rather than set in the config, where SvelteKit's own name pattern would win.
 * For the app to cache that very chunk when idle (src/lib/import/html-url.ts), the build writes
 * its name to HTML_IMPORT_INDEX, a file: the hash is known only once the chunks are rendered,
 * too late to put it in the app's own code. Client build only.
 */
function htmlImportChunk(): Plugin {
	let client = false;
	const isHtmlImport = (chunk: Rollup.PreRenderedChunk) =>
		!!chunk.facadeModuleId?.endsWith('/src/lib/import/html.ts');
	return {
		name: 'dossier:html-import-chunk',
		apply: 'build',
		configResolved: (config) => void (client = !config.build.ssr),
		outputOptions(options) {
			const names = options.chunkFileNames;
			if (!client) return null;
			if (typeof names !== 'string' || !names.includes('[hash]'))
				throw new Error(`dossier:html-import-chunk: unexpected chunkFileNames ${String(names)}`);
			return {
				...options,
				chunkFileNames: (chunk) =>
					isHtmlImport(chunk) ? names.replace('[hash]', `${HTML_IMPORT_CHUNK}-[hash]`) : names
			};
		},
		generateBundle(_options, bundle) {
			if (!client) return;
			const chunks = Object.values(bundle).filter(
				(file): file is Rollup.OutputChunk => file.type === 'chunk' && isHtmlImport(file)
			);
			if (chunks.length !== 1) this.error(`${chunks.length} chunks for src/lib/import/html.ts`);
			this.emitFile({
				type: 'asset',
				fileName: HTML_IMPORT_INDEX,
				source: JSON.stringify({ file: chunks[0]!.fileName })
			});
		}
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
		htmlImportChunk(),
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
				// And where the HTML import's chunk is (see htmlImportChunk), read by its warm-up.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,txt}',
					`client/${HTML_IMPORT_INDEX}`,
					'prerendered/**/*.{html,json}'
				],
				// The install sheet's screenshots (230 kB) are shown by the browser while online:
				// precaching them would more than double what every install downloads.
				// The facts worker (the language libraries, about 170 kB gzip) is cached apart,
				// once the app is cached and the browser idle (src/lib/workers/facts-worker-url.ts).
				// /add's HTML import (Readability and DOMPurify, about 25 kB gzip) likewise: only a pasted
				// or opened web page needs it (src/lib/import/html-url.ts).
				// The search worker (minisearch, ~9 kB) is precached: search works offline at once.
				// The pack worker writes a new pack, which a first visit fetches online anyway; offline,
				// the page writes the pack itself (src/lib/workers/pack-client.ts). Not cached at all.
				globIgnores: [
					'client/screenshots/**',
					'client/_app/immutable/workers/facts.worker-*',
					'client/_app/immutable/workers/pack.worker-*',
					`client/_app/immutable/chunks/${HTML_IMPORT_CHUNK}-*`
				],
				runtimeCaching: [
					{
						// The facts worker only: the pack worker is needed only when the pack changes, and
						// offline without it the page writes the pack itself.
						urlPattern: ({ url }) =>
							url.pathname.startsWith('/_app/immutable/workers/facts.worker-'),
						handler: 'CacheFirst',
						options: { cacheName: FACTS_WORKER_CACHE }
					},
					{
						// /add's HTML import: its chunk's name is HTML_IMPORT_CHUNK's, written out because
						// the service worker gets this function's source, not its closure.
						urlPattern: ({ url }) => url.pathname.startsWith('/_app/immutable/chunks/html-import-'),
						handler: 'CacheFirst',
						options: { cacheName: HTML_IMPORT_CACHE }
					}
				],
				// Prerendered pages and data ignore these queries: /search?q=… is search.html, a user
				// article's reader (/read/user?id=…), a share (/add?title=&text=&url=), "Quiz me on this
				// article" (/review?article=…) and /add's link to the cards it left out
				// (/cards?article=…&state=suspended) are one precached page each, and a client
				// navigation's __data.json?…&x-sveltekit-invalidated=01 is the stored file. Offline they
				// open that page, not the app shell.
				ignoreURLParametersMatching: [
					/^utm_/,
					/^fbclid$/,
					/^q$/,
					/^x-sveltekit-invalidated$/,
					/^id$/,
					/^title$/,
					/^text$/,
					/^url$/,
					/^article$/,
					/^state$/
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

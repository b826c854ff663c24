import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/pwa/manifest';

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	plugins: [
		sveltekit(),
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
				globIgnores: ['client/screenshots/**'],
				navigateFallback: '/200.html',
				cleanupOutdatedCaches: true
			},
			devOptions: { enabled: false }
		})
	],
	preview: { port, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});

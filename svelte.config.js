import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR lets a test build two versions side by side; `build/` otherwise.
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere: no legacy reactivity slips in.
		runes: true
	},
	kit: {
		// Every known page is prerendered; 200.html serves client-only routes.
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: '200.html',
			precompress: true,
			strict: true
		}),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: ({ path, id, message }) => {
				// The Key facts screen renders a fact once its group is open, and a link to
				// /facts#fact-<id> opens that group (src/routes/facts/+page.svelte): not missing.
				if (path === '/facts' && id.startsWith('fact-')) return;
				throw new Error(message);
			}
		},
		// Every page's styles (4 kB at most per file) go inline into its HTML: no stylesheet
		// request stands between a slow network and the first paint of the text.
		inlineStyleThreshold: 8192,
		typescript: {
			// The command-line scripts share the app's code: type-check and lint them with it.
			config: (tsconfig) => ({ ...tsconfig, include: [...tsconfig.include, '../scripts/**/*.ts'] })
		}
	}
};

export default config;

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR lets a test build two versions side by side; `build/` otherwise.
const out = process.env.BUILD_DIR ?? 'build';

/**
 * The hash of app.html's one inline script (first paint in the reader's theme): SvelteKit
 * hashes its own bootstrap script, not the template's, so the policy names this one itself.
 */
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, code]) => `sha256-${createHash('sha256').update(code).digest('base64')}`
);

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
		// No script from anywhere but the app itself ever runs (issue 15: articles the user adds are
		// text, and stay text). Prerendered pages carry this as a <meta>; scripts/serve.mjs adds
		// what a <meta> cannot say (frame-ancestors). Styles may be inline: Svelte writes style
		// attributes (a progress bar's width), and styles run no code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inline],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
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

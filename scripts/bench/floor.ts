/**
 * The floor: the smallest app on Dossier's stack, generated in a temporary folder and built
 * with the same npm packages (the project's node_modules, so the same versions): SvelteKit 2,
 * adapter-static, @vite-pwa/sveltekit with its service worker registered through
 * workbox-window, and one prerendered page with a paragraph of text. What Dossier loads above
 * it is what Dossier itself costs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'floor', private: true, type: 'module' }),
	'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter({ precompress: true }) } };
`,
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
export default {
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			injectRegister: false,
			manifest: { name: 'Floor', short_name: 'Floor', start_url: '/', display: 'standalone' }
		})
	]
};
`,
	'src/app.html': `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="description" content="The floor: a minimal SvelteKit app." />
		<link rel="manifest" href="/manifest.webmanifest" />
		%sveltekit.head%
	</head>
	<body>
		<div style="display: contents">%sveltekit.body%</div>
	</body>
</html>
`,
	'src/routes/+layout.ts': 'export const prerender = true;\n',
	'src/routes/+layout.svelte': `<script>
	import { onMount } from 'svelte';
	import { registerSW } from 'virtual:pwa-register';
	let { children } = $props();
	onMount(() => {
		registerSW({ immediate: true });
	});
</script>

{@render children()}
`,
	'src/routes/+page.svelte': `<svelte:head><title>Floor</title></svelte:head>
<main>
	<h1>Floor</h1>
	<p>
		Japan decided to export licence-built Patriot missiles to the United States. This page is
		the smallest app on Dossier's stack: one prerendered page with a paragraph of text.
	</p>
</main>
`
};

/** Generates and builds the floor app; returns its root (the build is in root/build). */
export function buildFloor(projectRoot = '.'): string {
	const root = mkdtempSync(join(tmpdir(), 'dossier-floor-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	symlinkSync(resolve(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	execFileSync(process.execPath, [resolve(projectRoot, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return root;
}

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	plugins: [sveltekit()],
	preview: { port, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});

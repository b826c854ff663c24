import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * One direction of dependency (docs CONVENTIONS.md): domain <- db <- state <- components/routes.
 * Each layer lists what it may not import; a relative path out of the layer is refused too.
 */
const layer = (files, groups, message) => ({
	files,
	// A test may set up data through a lower or higher layer than the code it tests.
	ignores: ['**/*.spec.ts'],
	rules: {
		'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }]
	}
});
const DB = ['$lib/db', '$lib/db/*', '**/db/*'];
const STATE = ['$lib/state', '$lib/state/*', '**/state/*'];
const COMPONENTS = ['$lib/components', '$lib/components/*', '**/components/*'];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Types already tell an undefined name; this rule misfires on TypeScript globals.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts', 'pwa-assets.config.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	layer(
		['src/lib/domain/**'],
		[[...DB, ...STATE, ...COMPONENTS, 'svelte', 'svelte/*', 'idb', '$app/*']],
		'The domain is pure TypeScript: no database, state, components, Svelte or idb.'
	),
	layer(
		['src/lib/db/**'],
		[[...STATE, ...COMPONENTS]],
		'The database layer may not reach up into state or components.'
	),
	layer(
		['src/routes/**', 'src/lib/components/**'],
		[DB],
		'Routes and components reach the data through a state class in $lib/state, never $lib/db.'
	)
);

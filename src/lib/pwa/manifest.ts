/** The web app manifest: what the home screen and the install sheet show. */
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The light theme's background: the splash screen and the title bar match the app. */
export const THEME_COLOR = '#f7f7f5';

export const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Dossier',
	short_name: 'Dossier',
	description:
		'Read the news offline in a clean reader, and keep the key facts with a few minutes of spaced-repetition review a day.',
	lang: 'en',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: THEME_COLOR,
	background_color: THEME_COLOR,
	categories: ['news', 'education', 'books'],
	// "Share → Dossier" on Android opens /add with what was shared (a GET: no server needed).
	share_target: {
		action: '/add',
		method: 'GET',
		// Chromium reports a share target without it as a manifest error.
		enctype: 'application/x-www-form-urlencoded',
		params: { title: 'title', text: 'text', url: 'url' }
	},
	icons: [
		{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
		{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	screenshots: [
		{
			src: '/screenshots/narrow.png',
			sizes: '780x1688',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'The library on a phone'
		},
		{
			src: '/screenshots/wide.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'Reading an article on a laptop'
		}
	]
};

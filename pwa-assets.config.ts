import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** Every icon size comes from static/icon.svg: run `npm run icons` after changing it. */
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1d3a5f' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1d3a5f' } }
	},
	images: ['static/icon.svg']
});

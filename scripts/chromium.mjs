// Finds the system Chromium that Playwright drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].filter(Boolean);

/** The first Chromium binary that exists, or null. */
export function findChromium() {
	return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Flags for a headless Chromium on a machine with no outside network: no sandbox when
 * running as root, and no background calls home that would fail and slow every start.
 */
export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];

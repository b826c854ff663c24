// Makes sure a system Chromium exists for the browser tests, installing Debian's package
// when it is missing and we may (root on Debian). Test tools cannot download browsers here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
	console.log(`Chromium: ${found}`);
	process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (isDebian && isRoot) {
	console.log('Chromium not found: installing the Debian package "chromium"…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
	const installed = findChromium();
	if (installed) {
		console.log(`Chromium: ${installed}`);
		process.exit(0);
	}
}

console.error(
	[
		'The browser tests need a Chromium, and none was found.',
		'- On Debian or Ubuntu: sudo apt-get install chromium',
		'- Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its binary,',
		'  for example CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium npm test'
	].join('\n')
);
process.exit(1);

// Takes the screenshots that the web app manifest (install sheet) and the README show,
// from the production build. Run after `npm run build`: node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const PORT = 4183;
const base = `http://localhost:${PORT}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'build'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'inherit'
});

async function waitForServer() {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch (error) {
			if (i === 49) console.error(error);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the server did not start');
}

try {
	await waitForServer();
	const pack = await (await fetch(`${base}/pack.json`)).json();
	const article = pack.articles.find((a) => a.published.precision === 'day') ?? pack.articles[0];
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	mkdirSync('static/screenshots', { recursive: true });
	mkdirSync('docs/screenshots', { recursive: true });

	const phone = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await phone.newPage();
	await page.goto(base);
	await page.locator('ul.articles[data-loaded="true"]').waitFor();
	await page.screenshot({ path: 'static/screenshots/narrow.png' });
	await page.goto(`${base}/read/${article.id}`);
	await page.locator('article.reader[data-ready="true"]').waitFor();
	await page.screenshot({ path: '/tmp/dossier-reader-phone.png' });

	const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const wide = await laptop.newPage();
	await wide.goto(`${base}/read/${article.id}`);
	await wide.locator('article.reader[data-ready="true"]').waitFor();
	await wide.screenshot({ path: 'static/screenshots/wide.png' });

	// The README's picture: library and reader side by side, at phone size.
	const dataUrl = (path) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
	const sheet = await browser.newPage({ viewport: { width: 820, height: 884 } });
	await sheet.setContent(
		`<body style="margin:0;display:flex;gap:20px;padding:20px;background:#d9d9d4">` +
			`<img width="390" height="844" src="${dataUrl('static/screenshots/narrow.png')}">` +
			`<img width="390" height="844" src="${dataUrl('/tmp/dossier-reader-phone.png')}"></body>`
	);
	writeFileSync('docs/screenshots/phone.png', await sheet.screenshot());
	await browser.close();
	console.log('Wrote static/screenshots/{narrow,wide}.png and docs/screenshots/phone.png');
} finally {
	server.kill();
}

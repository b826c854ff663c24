// Serves a production build the way a static host would: extensionless page URLs,
// precompressed files, long caching for hashed assets only, 200.html for client-only routes.
// Usage: node scripts/serve.mjs [dir]   (PORT, default 4173; HOST, default localhost)
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`No build in ${dir}: run "npm run build" first.`);
	process.exit(1);
}

/**
 * What a static host can add to the pages' own Content-Security-Policy <meta> (svelte.config.js):
 * no framing (frame-ancestors is not read from a <meta>), no type sniffing, no referrer sent
 * beyond this origin. Every response, also 200.html's and the service worker's.
 */
export function setSecurityHeaders(res) {
	res.setHeader(
		'Content-Security-Policy',
		"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
	);
	res.setHeader('X-Frame-Options', 'DENY');
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
	res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

const serve = sirv(dir, {
	extensions: ['html'],
	single: '200.html',
	gzip: true,
	brotli: true,
	etag: true,
	setHeaders(res, pathname) {
		const immutable = pathname.startsWith('/_app/immutable/');
		res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
		setSecurityHeaders(res);
	}
});

createServer((req, res) => {
	// sirv's setHeaders runs for files it finds; a 404 gets the headers too.
	setSecurityHeaders(res);
	serve(req, res);
}).listen(port, host, () => {
	console.log(`Dossier: serving ${dir} on http://${host}:${port}/`);
});

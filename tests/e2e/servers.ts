/** Builds and static servers of the app's own, for journeys that need two versions of it. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Builds the app into `dir` (a second build gets a new version, as a deployment would). */
export async function buildInto(dir: string): Promise<void> {
	await run('npx', ['vite', 'build'], {
		env: { ...process.env, BUILD_DIR: dir },
		maxBuffer: 64 * 1024 * 1024
	});
}

/** Serves `dir` with the project's static server on `port`; resolves once it answers. */
export async function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.mjs', dir], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await once(server.stdout!, 'data');
	return server;
}

/** Stops a server started by `serve`. */
export async function stop(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null) return;
	server.kill();
	await once(server, 'exit');
}

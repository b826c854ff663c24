/** The system Chromium and a static server for the bench. */
import type { ChildProcess } from 'node:child_process';
import { serve, stop } from '../../tests/e2e/servers';
import { findChromium } from '../chromium.mjs';

export { CHROMIUM_ARGS } from '../chromium.mjs';

export function chromiumPath(): string {
	const path = findChromium();
	if (!path) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs');
	return path;
}

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4178);

/** Serves `dir` on `port` while `run` runs. */
export async function serving<T>(
	dir: string,
	port: number,
	run: (base: string) => Promise<T>
): Promise<T> {
	const server: ChildProcess = await serve(dir, port);
	try {
		return await run(`http://localhost:${port}`);
	} finally {
		await stop(server);
	}
}

/** Runs the facts pipeline in its worker, started on first use and kept for the next. */
import type { RawFile } from '$lib/domain/facts/report';
import type { FactsRequest, FactsResponse } from './facts-protocol';
import { FACTS_WORKER_URL } from './facts-worker-url';

let worker: Worker | undefined;
let nextId = 1;

/** Derives the facts of raw article texts off the main thread. Rejects with a readable message. */
export function deriveInWorker(files: RawFile[]): Promise<Extract<FactsResponse, { ok: true }>> {
	worker ??= new Worker(FACTS_WORKER_URL, { type: 'module' });
	const running = worker;
	const id = nextId++;
	return new Promise((resolve, reject) => {
		const onMessage = (event: MessageEvent<FactsResponse>) => {
			if (event.data.id !== id) return;
			running.removeEventListener('message', onMessage);
			running.removeEventListener('error', onError);
			if (event.data.ok) resolve(event.data);
			else reject(new Error(event.data.message));
		};
		const onError = (event: ErrorEvent) => {
			running.removeEventListener('message', onMessage);
			running.removeEventListener('error', onError);
			worker = undefined;
			void whyFailed(event).then((message) => reject(new Error(message)));
		};
		running.addEventListener('message', onMessage);
		running.addEventListener('error', onError);
		running.postMessage({ id, files } satisfies FactsRequest);
	});
}

/**
 * Why the worker stopped: when its code is not on the device and cannot be downloaded, say
 * so; otherwise it failed while running.
 */
async function whyFailed(event: ErrorEvent): Promise<string> {
	const cached = 'caches' in globalThis && (await caches.match(FACTS_WORKER_URL)) !== undefined;
	const reachable =
		cached ||
		(await fetch(FACTS_WORKER_URL, { method: 'HEAD', cache: 'no-store' }).then(
			(response) => response.ok,
			() => false
		));
	return reachable
		? `The facts worker failed: ${event.message || 'it could not start'}.`
		: 'Finding facts in an article of your own needs its language tools (about 170 kB), which are not on this device yet. Connect to the internet once and try again; after that it works offline too.';
}

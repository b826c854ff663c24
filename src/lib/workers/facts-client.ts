/** Runs the facts pipeline in its worker, started on first use and kept for the next. */
import type { RawFile } from '$lib/domain/facts/report';
import type { FactsRequest, FactsResponse } from './facts-protocol';

let worker: Worker | undefined;
let nextId = 1;

/** Derives the facts of raw article texts off the main thread. Rejects with a readable message. */
export function deriveInWorker(files: RawFile[]): Promise<Extract<FactsResponse, { ok: true }>> {
	worker ??= new Worker(new URL('./facts.worker.ts', import.meta.url), { type: 'module' });
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
			reject(new Error(`The facts worker failed: ${event.message}`));
		};
		running.addEventListener('message', onMessage);
		running.addEventListener('error', onError);
		running.postMessage({ id, files } satisfies FactsRequest);
	});
}

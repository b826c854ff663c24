/**
 * The page's side of the pack worker (pack.worker.ts). A failure inside the worker comes back
 * as an error of the same name (QuotaExceededError, NewerVersionError, PackError…), so the
 * page words it as it would its own. When the worker itself cannot run (its script cannot be
 * loaded, as offline before it was ever fetched), the pack is written on the page instead.
 */
import type { DossierDatabase } from '$lib/db/schema';
import type { PackReply, PackRequest } from './pack-handler';
import url from './pack.worker.ts?worker&url';

type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** The worker could not run at all (as opposed to a sync that failed inside it). */
class PackWorkerUnavailable extends Error {
	override name = 'PackWorkerUnavailable';
}

/** Sends one request to a new worker and settles with its one reply. */
export function askPackWorker(
	request: PackRequest,
	create: () => WorkerLike = () => new Worker(url, { type: 'module' })
): Promise<void> {
	return new Promise((resolve, reject) => {
		let worker: WorkerLike;
		try {
			worker = create();
		} catch (error) {
			reject(new PackWorkerUnavailable(String(error)));
			return;
		}
		worker.addEventListener('message', ((event: MessageEvent<PackReply>) => {
			worker.terminate();
			if (event.data.ok) resolve();
			else reject(Object.assign(new Error(event.data.message), { name: event.data.name }));
		}) as EventListener);
		worker.addEventListener('error', ((event: ErrorEvent) => {
			worker.terminate();
			reject(new PackWorkerUnavailable(event.message || 'its code could not be loaded'));
		}) as EventListener);
		worker.postMessage(request);
	});
}

/**
 * Writes the pack at `packUrl` in a worker; if no worker can run, on this page through `db`
 * (the same code, loaded only then).
 */
export async function syncPackOffMain(
	db: DossierDatabase,
	packUrl: string,
	create?: () => WorkerLike
): Promise<void> {
	try {
		await askPackWorker({ url: packUrl }, create);
	} catch (error) {
		if (!(error instanceof PackWorkerUnavailable)) throw error;
		const [response, { syncPack }] = await Promise.all([fetch(packUrl), import('$lib/db/pack')]);
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		await syncPack(db, await response.json());
	}
}

/**
 * The page's side of the pack worker (pack.worker.ts). The worker starts while the page
 * fetches /pack.json, then gets its bytes. A failure inside the worker comes back as an error
 * of the same name (QuotaExceededError, NewerVersionError, PackError…), so the page words it
 * as it would its own. When the worker itself cannot run (its script cannot be loaded, as
 * offline before it was ever fetched), the page writes the pack itself.
 */
import type { DossierDatabase } from '$lib/db/schema';
import type { PackReply, PackRequest } from './pack-handler';
import url from './pack.worker.ts?worker&url';

type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** The worker could not run at all (as opposed to a sync that failed inside it). */
class PackWorkerUnavailable extends Error {
	override name = 'PackWorkerUnavailable';
}

const newWorker = (): WorkerLike => new Worker(url, { type: 'module' });

/** A started worker's one reply to the request it will be sent. */
function startPackWorker(create: () => WorkerLike): {
	send: (request: PackRequest) => void;
	stop: () => void;
	reply: Promise<void>;
} {
	let worker: WorkerLike;
	try {
		worker = create();
	} catch (error) {
		const reply = Promise.reject(new PackWorkerUnavailable(String(error)));
		reply.catch(() => undefined);
		return { send: () => undefined, stop: () => undefined, reply };
	}
	const reply = new Promise<void>((resolve, reject) => {
		worker.addEventListener('message', ((event: MessageEvent<PackReply>) => {
			worker.terminate();
			if (event.data.ok) resolve();
			else reject(Object.assign(new Error(event.data.message), { name: event.data.name }));
		}) as EventListener);
		worker.addEventListener('error', ((event: ErrorEvent) => {
			worker.terminate();
			reject(new PackWorkerUnavailable(event.message || 'its code could not be loaded'));
		}) as EventListener);
	});
	// Settled before the pack is fetched when the script fails: handled where it is awaited.
	reply.catch(() => undefined);
	return { send: (request) => worker.postMessage(request), stop: () => worker.terminate(), reply };
}

let prestarted: ReturnType<typeof startPackWorker> | null = null;

/**
 * Starts the worker before the database is open, on a visit that will most likely write the
 * pack (a first visit): its script then loads while the page hydrates. The next
 * syncPackOffMain uses it; `dropPrestarted` stops it when no sync was needed.
 */
export function prestartPackWorker(create: () => WorkerLike = newWorker): void {
	prestarted ??= startPackWorker(create);
}

export function dropPrestarted(): void {
	takePrestarted()?.stop();
}

function takePrestarted(): ReturnType<typeof startPackWorker> | null {
	const worker = prestarted;
	prestarted = null;
	return worker;
}

/**
 * Fetches the pack at `packUrl` and writes it in a worker; if no worker can run, on this page
 * through `db` (the same code, loaded only then).
 */
export async function syncPackOffMain(
	db: DossierDatabase,
	packUrl: string,
	create: () => WorkerLike = newWorker
): Promise<void> {
	const worker = takePrestarted() ?? startPackWorker(create);
	let body: ArrayBuffer;
	try {
		const response = await fetch(packUrl);
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		body = await response.arrayBuffer();
	} catch (error) {
		worker.stop();
		throw error;
	}
	// Copied, not transferred: if the worker's script fails to load, the page still has it.
	worker.send({ body });
	try {
		await worker.reply;
	} catch (error) {
		if (!(error instanceof PackWorkerUnavailable)) throw error;
		const { syncPack } = await import('$lib/db/pack');
		await syncPack(db, JSON.parse(new TextDecoder().decode(body)));
	}
}

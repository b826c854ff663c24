/** Runs the facts pipeline in its worker, started on first use and kept for the next. */
import type { FactsReport, RawFile } from '$lib/domain/facts/report';
import type { AddInput, BuiltArticle } from '$lib/domain/user/build';
import type { FactsRequest, FactsResponse, FactsSteps } from './facts-protocol';
import { FACTS_WORKER_URL } from './facts-worker-url';

/** How long one run may take before the worker is stopped (a 5,000-word article takes ~1 s). */
export const WORKER_TIME_LIMIT_MS = 45_000;

/** A run that took longer than its limit: the worker was stopped, nothing was saved. */
export class WorkerTimeoutError extends Error {
	override name = 'WorkerTimeoutError';
}

type Reply = Extract<FactsResponse, { ok: true }>;
/** A first answer before the final one: the facts of a long article's opening. */
export type PartialReply = Reply & { partial: true };
type WorkerLike = Pick<
	Worker,
	'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'
>;

/** One worker at a time, started when needed, stopped and forgotten when a run fails or times out. */
export class FactsWorker {
	#worker: WorkerLike | undefined;
	#nextId = 1;
	readonly #create: () => WorkerLike;
	readonly #whyFailed: (event: ErrorEvent) => Promise<string>;

	constructor(
		create: () => WorkerLike = () => new Worker(FACTS_WORKER_URL, { type: 'module' }),
		whyFailed: (event: ErrorEvent) => Promise<string> = whyWorkerFailed
	) {
		this.#create = create;
		this.#whyFailed = whyFailed;
	}

	/**
	 * Starts the worker and has it run the pipeline once on a sample, so that the user's own
	 * article, pasted a few seconds later, meets a warm worker. Does nothing when a worker runs
	 * already; a failure is not reported here (the user's own run will say why).
	 */
	warm(): void {
		if (this.#worker) return;
		this.run({ warm: true }).catch(() => undefined);
	}

	/**
	 * Sends one request; resolves with the final answer, rejects with a readable message, or
	 * WorkerTimeoutError after `timeoutMs` (the whole run's limit, partial answers or not).
	 * With `onPartial`, the request is progressive: the worker's partial answers go there first.
	 */
	run(
		request: { files: RawFile[] } | { add: AddInput } | { warm: true },
		timeoutMs = WORKER_TIME_LIMIT_MS,
		onPartial?: (reply: PartialReply) => void
	): Promise<Reply> {
		this.#worker ??= this.#create();
		const running = this.#worker;
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			const done = () => {
				clearTimeout(timer);
				running.removeEventListener('message', onMessage as EventListener);
				running.removeEventListener('error', onError as EventListener);
			};
			const stop = () => {
				running.terminate();
				if (this.#worker === running) this.#worker = undefined;
			};
			const timer = setTimeout(() => {
				done();
				// A run that does not end would hold every later one: the worker goes, a new one starts next time.
				stop();
				reject(
					new WorkerTimeoutError(
						`Finding the facts took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was stopped. Nothing was saved. Try a shorter text.`
					)
				);
			}, timeoutMs);
			const onMessage = (event: MessageEvent<FactsResponse>) => {
				if (event.data.id !== id) return;
				if (event.data.ok && 'partial' in event.data && event.data.partial) {
					onPartial?.(event.data as PartialReply);
					return;
				}
				done();
				if (event.data.ok) resolve(event.data);
				else reject(new Error(event.data.message));
			};
			const onError = (event: ErrorEvent) => {
				done();
				stop();
				void this.#whyFailed(event).then((message) => reject(new Error(message)));
			};
			running.addEventListener('message', onMessage as EventListener);
			running.addEventListener('error', onError as EventListener);
			const message = { id, ...request, ...(onPartial ? { progressive: true } : {}) };
			running.postMessage(message as FactsRequest);
		});
	}
}

const shared = new FactsWorker();

/** Gets the facts worker ready (started and warmed up) before the user's article arrives. */
export function warmUpFactsWorker(): void {
	shared.warm();
}

/**
 * Derives the facts of raw article texts off the main thread. Rejects with a readable message.
 * `onOpening` gets the facts of a long article's opening first.
 */
export async function deriveInWorker(
	files: RawFile[],
	onOpening?: (partial: { report: FactsReport; ms: number }) => void
): Promise<{ report: FactsReport; ms: number }> {
	const reply = await shared.run(
		{ files },
		undefined,
		onOpening &&
			((partial) => {
				if ('report' in partial) onOpening(partial);
			})
	);
	if (!('report' in reply)) throw new Error('The facts worker answered another question.');
	return reply;
}

/**
 * Builds a user article and its facts off the main thread. `onOpening` gets the whole article
 * with the facts of its opening first, when it is long.
 */
export async function buildInWorker(
	add: AddInput,
	timeoutMs?: number,
	onOpening?: (partial: { built: BuiltArticle; ms: number; steps?: FactsSteps }) => void
): Promise<{ built: BuiltArticle; ms: number; steps?: FactsSteps }> {
	const reply = await shared.run(
		{ add },
		timeoutMs,
		onOpening &&
			((partial) => {
				if ('built' in partial) onOpening(partial);
			})
	);
	if (!('built' in reply)) throw new Error('The facts worker answered another question.');
	return reply;
}

/**
 * Why the worker stopped: when its code is not on the device and cannot be downloaded, say
 * so; otherwise it failed while running.
 */
async function whyWorkerFailed(event: ErrorEvent): Promise<string> {
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

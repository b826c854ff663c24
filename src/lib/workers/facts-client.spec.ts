import { describe, expect, it, vi } from 'vitest';

vi.mock('./facts-worker-url', () => ({ FACTS_WORKER_URL: '/facts.worker.js' }));

const { FactsWorker, WorkerTimeoutError } = await import('./facts-client');

/** A worker that answers after `delay` ms (never, when null), and notes whether it was stopped. */
class FakeWorker extends EventTarget {
	terminated = false;
	constructor(private delay: number | null) {
		super();
	}
	postMessage(message: { id: number }) {
		if (this.delay === null) return;
		setTimeout(() => {
			if (this.terminated) return;
			const event = new MessageEvent('message', {
				data: { id: message.id, ok: true, report: { articles: [], facts: [] }, ms: 1 }
			});
			this.dispatchEvent(event);
		}, this.delay);
	}
	terminate() {
		this.terminated = true;
	}
}

const whyFailed = async () => 'failed';

describe('FactsWorker time limit', () => {
	it('stops a run that takes too long, says so, and starts a fresh worker next time', async () => {
		const created: FakeWorker[] = [];
		const delays = [null, null, 5];
		const client = new FactsWorker(() => {
			const worker = new FakeWorker(created.length < delays.length ? delays[created.length]! : 5);
			created.push(worker);
			return worker as unknown as Worker;
		}, whyFailed);
		await expect(client.run({ files: [] }, 50)).rejects.toBeInstanceOf(WorkerTimeoutError);
		await expect(client.run({ files: [] }, 50)).rejects.toThrow(/took longer than/);
		expect(created[0]!.terminated).toBe(true);
		// The form works again: the next run has a new worker and gets its answer.
		const reply = await client.run({ files: [] }, 5_000);
		expect(reply.ok).toBe(true);
		expect(created.length).toBe(3);
		expect(created[2]!.terminated).toBe(false);
	});

	it('keeps a worker that answers in time for the next run', async () => {
		let count = 0;
		const client = new FactsWorker(() => {
			count++;
			return new FakeWorker(1) as unknown as Worker;
		}, whyFailed);
		await client.run({ files: [] }, 5_000);
		await client.run({ files: [] }, 5_000);
		expect(count).toBe(1);
	});
});

describe('warming the worker up', () => {
	it('starts the worker with a warm-up run that the next run then shares', async () => {
		const sent: unknown[] = [];
		let count = 0;
		const client = new FactsWorker(() => {
			count++;
			const worker = new FakeWorker(1);
			const post = worker.postMessage.bind(worker);
			worker.postMessage = (message: { id: number }) => {
				sent.push(message);
				post(message);
			};
			return worker as unknown as Worker;
		}, whyFailed);
		client.warm();
		client.warm();
		const reply = await client.run({ files: [] }, 5_000);
		expect(reply.ok).toBe(true);
		expect(count).toBe(1);
		expect(sent).toEqual([
			{ id: 1, warm: true },
			{ id: 2, files: [] }
		]);
	});

	it('says nothing when the warm-up fails, and the next run starts a fresh worker', async () => {
		const created: FakeWorker[] = [];
		const client = new FactsWorker(() => {
			const worker = new FakeWorker(created.length === 0 ? null : 1);
			created.push(worker);
			if (created.length === 1) setTimeout(() => worker.dispatchEvent(new Event('error')), 1);
			return worker as unknown as Worker;
		}, whyFailed);
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		client.warm();
		await new Promise((resolve) => setTimeout(resolve, 20));
		process.off('unhandledRejection', unhandled);
		expect(unhandled).not.toHaveBeenCalled();
		expect(created[0]!.terminated).toBe(true);
		const reply = await client.run({ files: [] }, 5_000);
		expect(reply.ok).toBe(true);
		expect(created.length).toBe(2);
	});
});

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

/** A worker that answers each request with `script`'s messages, `step` ms apart ('error' fails it). */
class ScriptedWorker extends EventTarget {
	terminated = false;
	sent: unknown[] = [];
	constructor(private script: (id: number) => (object | 'error')[]) {
		super();
	}
	postMessage(message: { id: number }) {
		this.sent.push(message);
		this.script(message.id).forEach((data, i) =>
			setTimeout(
				() => {
					if (this.terminated) return;
					if (data === 'error') this.dispatchEvent(new Event('error'));
					else this.dispatchEvent(new MessageEvent('message', { data }));
				},
				5 * (i + 1)
			)
		);
	}
	terminate() {
		this.terminated = true;
	}
}

const report = (facts: number) => ({
	articles: [],
	facts: Array.from({ length: facts }, (_, i) => ({ id: `f${i}` }))
});

describe('progressive runs', () => {
	it('hands over the opening’s facts, then resolves with the final ones', async () => {
		const worker = new ScriptedWorker((id) => [
			{ id, ok: true, report: report(2), ms: 1, partial: true },
			{ id, ok: true, report: report(9), ms: 2 }
		]);
		const client = new FactsWorker(() => worker as unknown as Worker, whyFailed);
		const partials: unknown[] = [];
		const reply = await client.run({ files: [] }, 5_000, (p) => partials.push(p));
		expect(worker.sent).toEqual([{ id: 1, files: [], progressive: true }]);
		expect(partials).toEqual([{ id: 1, ok: true, report: report(2), ms: 1, partial: true }]);
		expect(reply).toEqual({ id: 1, ok: true, report: report(9), ms: 2 });
	});

	it('asks for no opening when nobody listens for it, and ignores one that comes anyway', async () => {
		const worker = new ScriptedWorker((id) => [
			{ id, ok: true, report: report(2), ms: 1, partial: true },
			{ id, ok: true, report: report(9), ms: 2 }
		]);
		const client = new FactsWorker(() => worker as unknown as Worker, whyFailed);
		const reply = await client.run({ files: [] }, 5_000);
		expect(worker.sent).toEqual([{ id: 1, files: [] }]);
		expect(reply).toMatchObject({ report: report(9) });
	});

	it('rejects with the worker’s message when the whole article fails after its opening', async () => {
		const worker = new ScriptedWorker((id) => [
			{ id, ok: true, report: report(2), ms: 1, partial: true },
			{ id, ok: false, message: 'The text could not be read: boom' }
		]);
		const client = new FactsWorker(() => worker as unknown as Worker, whyFailed);
		const partials: unknown[] = [];
		await expect(client.run({ files: [] }, 5_000, (p) => partials.push(p))).rejects.toThrow(
			'The text could not be read: boom'
		);
		expect(partials).toHaveLength(1);
	});

	it('rejects, and starts a new worker next time, when the worker dies after the opening', async () => {
		const created: ScriptedWorker[] = [];
		const client = new FactsWorker(() => {
			const worker = new ScriptedWorker((id) =>
				created.length === 1
					? [{ id, ok: true, report: report(2), ms: 1, partial: true }, 'error']
					: [{ id, ok: true, report: report(9), ms: 2 }]
			);
			created.push(worker);
			return worker as unknown as Worker;
		}, whyFailed);
		await expect(client.run({ files: [] }, 5_000, () => undefined)).rejects.toThrow('failed');
		expect(created[0]!.terminated).toBe(true);
		await expect(client.run({ files: [] }, 5_000)).resolves.toMatchObject({ report: report(9) });
		expect(created).toHaveLength(2);
	});

	it('keeps the time limit for the whole run: an opening does not extend it', async () => {
		const worker = new ScriptedWorker((id) => [
			{ id, ok: true, report: report(2), ms: 1, partial: true }
		]);
		const client = new FactsWorker(() => worker as unknown as Worker, whyFailed);
		const partials: unknown[] = [];
		await expect(client.run({ files: [] }, 60, (p) => partials.push(p))).rejects.toBeInstanceOf(
			WorkerTimeoutError
		);
		expect(partials).toHaveLength(1);
		expect(worker.terminated).toBe(true);
	});

	it('hands over no opening of another run', async () => {
		const worker = new ScriptedWorker((id) =>
			id === 1
				? [
						{ id: 99, ok: true, report: report(5), ms: 1, partial: true },
						{ id, ok: true, report: report(9), ms: 2 }
					]
				: []
		);
		const client = new FactsWorker(() => worker as unknown as Worker, whyFailed);
		const partials: unknown[] = [];
		await client.run({ files: [] }, 5_000, (p) => partials.push(p));
		expect(partials).toEqual([]);
	});
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installedPackVersion } from '$lib/db/meta';
import { openDossierDB } from '$lib/db/open';
import { errorName, isStorageError } from '$lib/state/errors';
import { quotaOnNext, quizzed } from '$lib/state/testing';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { syncPackFrom, type PackReply, type PackRequest } from './pack-handler';

vi.mock('./pack.worker.ts?worker&url', () => ({ default: '/pack.worker.js' }));

const { askPackWorker, syncPackOffMain } = await import('./pack-client');

const article = makeArticle({ id: 'a' });
const pack = makePack([article], 'v7', [quizzed(makeFact(article, { id: 'f1' }))]);
const served = (body: unknown, status = 200) => ({
	ok: status < 400,
	status,
	json: () => Promise.resolve(body)
});

/** The worker's handler behind a fake Worker, on a fake-indexeddb database of its own name. */
class FakeWorker extends EventTarget {
	terminated = false;
	constructor(readonly answer: (request: PackRequest) => Promise<PackReply> | 'crash') {
		super();
	}
	postMessage(request: PackRequest) {
		const answer = this.answer(request);
		if (answer === 'crash') {
			setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: '' })));
			return;
		}
		void answer.then((data) => this.dispatchEvent(new MessageEvent('message', { data })));
	}
	terminate() {
		this.terminated = true;
	}
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('the pack worker’s work', () => {
	it('fetches the pack, writes it and closes its connection', async () => {
		const name = uniqueDbName();
		const opened: IDBDatabase[] = [];
		const reply = await syncPackFrom(
			{ url: '/pack.json' },
			{
				fetch: async (url) => (expect(url).toBe('/pack.json'), served(pack)),
				open: async () => {
					const db = await openDossierDB(name);
					opened.push(db as unknown as IDBDatabase);
					return db;
				}
			}
		);
		expect(reply).toEqual({ ok: true });
		const db = await openDossierDB(name);
		expect(await installedPackVersion(db)).toBe('v7');
		expect(await db.count('facts')).toBe(1);
		expect(await db.count('cards')).toBe(1);
		db.close();
		// Closed: using the worker's connection now throws.
		expect(() => opened[0]!.transaction('meta')).toThrow();
	});

	it('answers a failed fetch, a bad pack and a full disk by name, writing nothing', async () => {
		const name = uniqueDbName();
		const open = () => openDossierDB(name);
		expect(
			await syncPackFrom({ url: '/pack.json' }, { fetch: async () => served(null, 503), open })
		).toEqual({ ok: false, name: 'Error', message: 'the server answered 503' });
		const bad = await syncPackFrom(
			{ url: '/pack.json' },
			{ fetch: async () => served({ format: 1 }), open }
		);
		expect(bad).toMatchObject({ ok: false, name: 'PackError' });
		quotaOnNext('put');
		const full = await syncPackFrom(
			{ url: '/pack.json' },
			{ fetch: async () => served(pack), open }
		);
		expect(full).toMatchObject({ ok: false, name: 'QuotaExceededError' });
		const db = await open();
		expect(await installedPackVersion(db)).toBeNull();
		expect(await db.count('facts')).toBe(0);
		db.close();
	});
});

describe('asking the worker from the page', () => {
	it('settles with the worker’s reply, a failure as an error of the same name', async () => {
		const fine = new FakeWorker(async () => ({ ok: true }));
		await expect(askPackWorker({ url: '/pack.json' }, () => fine)).resolves.toBeUndefined();
		expect(fine.terminated).toBe(true);
		const full = new FakeWorker(async () => ({
			ok: false,
			name: 'QuotaExceededError',
			message: 'The quota has been exceeded.'
		}));
		const error = await askPackWorker({ url: '/pack.json' }, () => full).catch((e: unknown) => e);
		expect(errorName(error)).toBe('QuotaExceededError');
		expect(isStorageError(error)).toBe(true);
		expect((error as Error).message).toBe('The quota has been exceeded.');
	});

	it('writes the pack on the page when the worker cannot run, and not when it failed inside', async () => {
		const name = uniqueDbName();
		const db = await openDossierDB(name);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => served(pack))
		);
		await syncPackOffMain(db, '/pack.json', () => new FakeWorker(() => 'crash'));
		expect(await installedPackVersion(db)).toBe('v7');
		expect(fetch).toHaveBeenCalledWith('/pack.json');

		vi.mocked(fetch).mockClear();
		const failing = new FakeWorker(async () => ({ ok: false, name: 'PackError', message: 'bad' }));
		await expect(syncPackOffMain(db, '/pack.json', () => failing)).rejects.toThrow('bad');
		expect(fetch).not.toHaveBeenCalled();
		db.close();
	});
});

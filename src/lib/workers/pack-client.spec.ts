import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installedPackVersion } from '$lib/db/meta';
import { openDossierDB } from '$lib/db/open';
import { errorName, isStorageError } from '$lib/state/errors';
import { quotaOnNext, quizzed } from '$lib/state/testing';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { syncPackBody, type PackReply, type PackRequest } from './pack-handler';

vi.mock('./pack.worker.ts?worker&url', () => ({ default: '/pack.worker.js' }));

const { dropPrestarted, prestartPackWorker, syncPackOffMain } = await import('./pack-client');

const article = makeArticle({ id: 'a' });
const pack = makePack([article], 'v7', [quizzed(makeFact(article, { id: 'f1' }))]);
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;

/** Serves `body` as /pack.json to the code under test. */
function serve(body: unknown, status = 200) {
	const fetch = vi.fn(async (url: string) => {
		expect(url).toBe('/pack.json');
		return new Response(JSON.stringify(body), { status });
	});
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

/** A fake Worker: answers with `answer` (the real handler, or a canned reply), or fails to load. */
class FakeWorker extends EventTarget {
	terminated = false;
	received: PackRequest[] = [];
	constructor(readonly answer: (request: PackRequest) => Promise<PackReply> | 'crash') {
		super();
	}
	postMessage(request: PackRequest) {
		this.received.push(request);
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
	it('writes the pack it is sent and closes its connection', async () => {
		const name = uniqueDbName();
		let opened: IDBDatabase | undefined;
		const reply = await syncPackBody({ body: bytes(pack) }, async () => {
			const db = await openDossierDB(name);
			opened = db as unknown as IDBDatabase;
			return db;
		});
		expect(reply).toEqual({ ok: true });
		const db = await openDossierDB(name);
		expect(await installedPackVersion(db)).toBe('v7');
		expect(await db.count('facts')).toBe(1);
		expect(await db.count('cards')).toBe(1);
		db.close();
		// Closed: using the worker's connection now throws.
		expect(() => opened!.transaction('meta')).toThrow();
	});

	it('answers text that is not JSON, a bad pack and a full disk by name, writing nothing', async () => {
		const name = uniqueDbName();
		const open = () => openDossierDB(name);
		const notJson = await syncPackBody({ body: new TextEncoder().encode('<html>').buffer }, open);
		expect(notJson).toMatchObject({ ok: false, name: 'PackError', message: /not JSON/ });
		expect(await syncPackBody({ body: bytes({ format: 1 }) }, open)).toMatchObject({
			ok: false,
			name: 'PackError'
		});
		quotaOnNext('put');
		expect(await syncPackBody({ body: bytes(pack) }, open)).toMatchObject({
			ok: false,
			name: 'QuotaExceededError'
		});
		const db = await open();
		expect(await installedPackVersion(db)).toBeNull();
		expect(await db.count('facts')).toBe(0);
		db.close();
	});
});

describe('writing the pack from the page', () => {
	it('sends the fetched pack to the worker and settles with its reply', async () => {
		const db = await openDossierDB(uniqueDbName());
		serve(pack);
		const worker = new FakeWorker(async () => ({ ok: true }));
		await syncPackOffMain(db, '/pack.json', () => worker);
		expect(JSON.parse(new TextDecoder().decode(worker.received[0]!.body))).toEqual(pack);
		expect(worker.terminated).toBe(true);
		// The worker wrote nothing here (it is a fake): the page did not write it either.
		expect(await installedPackVersion(db)).toBeNull();
		db.close();
	});

	it('rejects with the worker’s failure under the same name, and writes nothing itself', async () => {
		const db = await openDossierDB(uniqueDbName());
		serve(pack);
		const full = new FakeWorker(async () => ({
			ok: false,
			name: 'QuotaExceededError',
			message: 'The quota has been exceeded.'
		}));
		const error = await syncPackOffMain(db, '/pack.json', () => full).catch((e: unknown) => e);
		expect(errorName(error)).toBe('QuotaExceededError');
		expect(isStorageError(error)).toBe(true);
		expect((error as Error).message).toBe('The quota has been exceeded.');
		expect(await installedPackVersion(db)).toBeNull();
		db.close();
	});

	it('writes the pack on the page when the worker cannot run', async () => {
		const db = await openDossierDB(uniqueDbName());
		serve(pack);
		await syncPackOffMain(db, '/pack.json', () => new FakeWorker(() => 'crash'));
		expect(await installedPackVersion(db)).toBe('v7');
		const other = await openDossierDB(uniqueDbName());
		await syncPackOffMain(other, '/pack.json', () => {
			throw new Error('Workers are not supported');
		});
		expect(await installedPackVersion(other)).toBe('v7');
		db.close();
		other.close();
	});

	it('says what the server answered when the pack cannot be fetched, starting no write', async () => {
		const db = await openDossierDB(uniqueDbName());
		serve('gone', 404);
		const worker = new FakeWorker(async () => ({ ok: true }));
		await expect(syncPackOffMain(db, '/pack.json', () => worker)).rejects.toThrow(
			'the server answered 404'
		);
		expect(worker.received).toHaveLength(0);
		expect(worker.terminated).toBe(true);
		db.close();
	});

	describe('on a first visit', () => {
		it('sends the pack to the worker started before the database opened, or stops it', async () => {
			const db = await openDossierDB(uniqueDbName());
			serve(pack);
			const early = new FakeWorker(async () => ({ ok: true }));
			prestartPackWorker(() => early);
			const late = new FakeWorker(async () => ({ ok: true }));
			await syncPackOffMain(db, '/pack.json', () => late);
			expect(early.received).toHaveLength(1);
			expect(late.received).toHaveLength(0);
			// No sync needed (the pack is stored): the started worker is stopped, not kept.
			const unused = new FakeWorker(async () => ({ ok: true }));
			prestartPackWorker(() => unused);
			dropPrestarted();
			expect(unused.terminated).toBe(true);
			db.close();
		});
	});
});

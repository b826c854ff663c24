/**
 * The first visit's head start (local-db.svelte.ts with app.html): in a browser, a page that
 * has not stored this build's pack starts the pack worker before the database opens, marks a
 * stored pack in localStorage so that later visits do not, and stops a worker no sync took.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncPack } from '$lib/db/pack';
import { openDossierDB } from '$lib/db/open';
import { makeArticle, makePack, uniqueDbName } from '$lib/testing/factories';

vi.mock('$app/environment', () => ({ browser: true, building: false, dev: false, version: 't' }));
const client = vi.hoisted(() => ({
	prestartPackWorker: vi.fn(),
	dropPrestarted: vi.fn(),
	syncPackOffMain: vi.fn(async () => undefined)
}));
vi.mock('$lib/workers/pack-client', () => client);

const { LocalDatabase } = await import('./local-db.svelte');

/** localStorage as a page has it; `full` makes every write throw as a full quota does. */
function storage(initial: Record<string, string> = {}, full = false) {
	const items = new Map(Object.entries(initial));
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			items.set(key, value);
		}
	});
	return items;
}

const database = (name = uniqueDbName()) =>
	new LocalDatabase({ open: (hooks) => openDossierDB(name, hooks) });

beforeEach(() => vi.clearAllMocks());
afterEach(() => vi.unstubAllGlobals());

describe('a first visit’s head start', () => {
	it('starts the pack worker when this pack is not marked as stored, and not when it is', () => {
		storage();
		database().use('v2');
		expect(client.prestartPackWorker).toHaveBeenCalledTimes(1);
		storage({ 'dossier.pack': 'v1' });
		database().use('v2');
		expect(client.prestartPackWorker).toHaveBeenCalledTimes(2);
		storage({ 'dossier.pack': 'v2' });
		database().use('v2');
		expect(client.prestartPackWorker).toHaveBeenCalledTimes(2);
		// A test's own sync (or none) never starts the real worker.
		storage();
		new LocalDatabase({ syncPack: null }).use('v2');
		expect(client.prestartPackWorker).toHaveBeenCalledTimes(2);
	});

	it('marks the pack once written, and writes nothing when the sync fails', async () => {
		const items = storage();
		const local = database();
		local.use('v2');
		await local.ready();
		expect(client.syncPackOffMain).toHaveBeenCalledTimes(1);
		expect(items.get('dossier.pack')).toBe('v2');

		const failing = storage();
		client.syncPackOffMain.mockRejectedValueOnce(new TypeError('Failed to fetch'));
		const offline = database();
		offline.use('v3');
		await offline.ready();
		expect(offline.message).toMatch(/could not be updated for offline reading/);
		expect(failing.has('dossier.pack')).toBe(false);
	});

	it('stops the worker no sync needed, and marks the pack already stored', async () => {
		const name = uniqueDbName();
		const db = await openDossierDB(name);
		await syncPack(db, makePack([makeArticle({ id: 'a' })], 'v4'));
		db.close();
		const items = storage();
		const local = database(name);
		local.use('v4');
		await local.ready();
		expect(client.syncPackOffMain).not.toHaveBeenCalled();
		expect(client.dropPrestarted).toHaveBeenCalled();
		expect(items.get('dossier.pack')).toBe('v4');
	});

	it('stops the started worker when the database cannot be opened', async () => {
		storage();
		const local = new LocalDatabase({
			open: () => Promise.reject(new DOMException('denied', 'SecurityError'))
		});
		local.use('v5');
		await expect(local.ready()).rejects.toThrow('denied');
		expect(client.dropPrestarted).toHaveBeenCalled();
	});

	it('goes on working without localStorage (a full quota): nothing is marked, nothing breaks', async () => {
		const items = storage({}, true);
		const local = database();
		local.use('v6');
		await local.ready();
		expect(local.status).toBe('ready');
		expect(items.size).toBe(0);
	});
});

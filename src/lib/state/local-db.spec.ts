import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
// fake-indexeddb's event target dispatches only its own event objects; this one is plain enough.
import { IDBVersionChangeEvent as FakeEvent } from 'fake-indexeddb';
import { NewerVersionError } from '$lib/db/errors';
import { openDossierDB } from '$lib/db/open';
import { DB_VERSION } from '$lib/db/schema';
import { uniqueDbName } from '$lib/testing/factories';
import { LocalDatabase } from './local-db.svelte';
import { NEWER_VERSION_MESSAGE } from './errors';
import { LibraryState } from './library.svelte';
import { clock, testDatabase } from './testing';

const blocked = () => new DOMException('The user denied permission.', 'SecurityError');

describe('the database connection', () => {
	it('says in its own words that a newer version is open when the pack sync refuses an older pack', async () => {
		const name = uniqueDbName();
		const local = new LocalDatabase({
			open: (hooks) => openDossierDB(name, hooks),
			syncPack: () => Promise.reject(new NewerVersionError())
		});
		local.use('old-pack');
		await local.ready();
		expect(local.status).toBe('ready');
		expect(local.message).toBe(new NewerVersionError().message);
	});

	it('does not keep a failed open: the screen says why, and Retry opens again', async () => {
		const { local, opens, failNextOpens } = await testDatabase();
		failNextOpens(1, blocked());
		const library = new LibraryState(() => [], { source: local, now: clock });
		await library.load();
		expect(library.status).toBe('error');
		expect(library.error).toMatch(/not letting Dossier keep data/);
		expect(local.status).toBe('error');

		await library.retry();
		expect(opens()).toBe(2);
		expect(library.status).toBe('ready');
		expect(library.error).toBeNull();
		expect(local.status).toBe('ready');
	});

	it('does not keep an open that throws at once either', async () => {
		const { local, failNextOpens } = await testDatabase();
		failNextOpens(1, blocked(), true);
		await expect(local.ready()).rejects.toThrow();
		expect(local.status).toBe('error');
		expect(await local.run((db) => db.count('cards'))).toBe(3);
		expect(local.status).toBe('ready');
	});

	it('explains a VersionError (data from a newer Dossier) in plain words', async () => {
		const { local, failNextOpens } = await testDatabase();
		failNextOpens(
			1,
			new DOMException('The requested version is less than the existing version.', 'VersionError')
		);
		await expect(local.ready()).rejects.toThrow();
		expect(local.error).toBe(NEWER_VERSION_MESSAGE);
		// One concept with a newer tab's upgrade: the screens offer Reload, not Retry.
		expect(local.status).toBe('replaced');
	});

	it('opens again when the connection was closed from outside', async () => {
		const { local, opens } = await testDatabase();
		const first = await local.run(async (db) => db);
		first.close();
		const count = await local.run((db) => db.count('cards'));
		expect(count).toBe(3);
		expect(opens()).toBe(2);
	});

	it('opens again on next use after the browser fires `close` (iOS in the background)', async () => {
		const { local, opens } = await testDatabase();
		const first = await local.run(async (db) => db);
		first.close();
		first.dispatchEvent(new FakeEvent('close'));
		expect(local.status).toBe('idle');
		const second = await local.run(async (db) => db);
		expect(second).not.toBe(first);
		expect(opens()).toBe(2);
	});

	it('steps aside for a newer version in another tab and says to reload', async () => {
		const { name, local } = await testDatabase();
		await local.ready();
		// The other tab: the same database at a higher version.
		const newer = await openDB(name, DB_VERSION + 1);
		newer.close();
		expect(local.status).toBe('replaced');
		expect(local.error).toBe(NEWER_VERSION_MESSAGE);
		const library = new LibraryState(() => [], { source: local, now: clock });
		await library.load();
		expect(library.status).toBe('error');
		expect(library.error).toBe(NEWER_VERSION_MESSAGE);
	});
});

import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { uniqueDbName } from '$lib/testing/factories';
import { openDossierDB } from './open';
import { DB_VERSION } from './schema';

describe('two tabs on different versions', () => {
	it('an open tab steps aside when a newer version upgrades, and says so', async () => {
		const name = uniqueDbName();
		const onVersionChange = vi.fn();
		const oldTab = await openDossierDB(name, { onVersionChange });

		// The newer version, opened in another tab, is not blocked by the old one.
		const newTab = await openDB(name, DB_VERSION + 1, {
			upgrade: (db) => void db.createObjectStore('later')
		});
		expect(newTab.version).toBe(DB_VERSION + 1);
		expect(newTab.objectStoreNames.contains('later')).toBe(true);
		expect(onVersionChange).toHaveBeenCalledOnce();
		// The old connection is closed, so it cannot write with an outdated schema.
		expect(() => oldTab.transaction('settings')).toThrow();
		newTab.close();
	});
});

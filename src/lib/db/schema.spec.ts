import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '$lib/testing/factories';
import { openDossierDB } from './open';
import { getProgress } from './progress';
import { getReadingPrefs } from './settings';

/** Version 1 exactly as it shipped: a user's database from before key facts. */
async function createVersion1(name: string) {
	const db = await openDB(name, 1, {
		upgrade(db) {
			const articles = db.createObjectStore('articles', { keyPath: 'id' });
			articles.createIndex('origin', 'origin');
			const progress = db.createObjectStore('progress', { keyPath: 'articleId' });
			progress.createIndex('lastRead', 'lastRead');
			db.createObjectStore('settings', { keyPath: 'key' });
			db.createObjectStore('meta', { keyPath: 'key' });
		}
	});
	await db.put('progress', {
		articleId: 'japan-to-sell-patriot-missiles-to-us',
		paragraph: 4,
		percent: 55,
		finished: false,
		lastRead: 1_700_000_000_000
	});
	await db.put('settings', {
		key: 'reading',
		value: { fontStep: 5, lineSpacing: 'relaxed', theme: 'sepia' },
		updatedAt: 1_700_000_000_000
	});
	await db.put('meta', { key: 'pack', value: { version: 'old-pack' } });
	db.close();
}

describe('upgrade ladder', () => {
	it('creates every store and index on a new device', async () => {
		const db = await openDossierDB(uniqueDbName());
		expect([...db.objectStoreNames].sort()).toEqual([
			'articles',
			'cards',
			'facts',
			'meta',
			'progress',
			'reviewLog',
			'settings'
		]);
		expect([...db.transaction('cards').store.indexNames].sort()).toEqual([
			'articleIds',
			'queue',
			'state'
		]);
		expect([...db.transaction('reviewLog').store.indexNames].sort()).toEqual([
			'cardId',
			'reviewedAt'
		]);
		expect([...db.transaction('articles').store.indexNames]).toEqual(['origin']);
		expect([...db.transaction('progress').store.indexNames]).toEqual(['lastRead']);
		expect([...db.transaction('facts').store.indexNames].sort()).toEqual(['articleIds', 'origin']);
	});

	it('upgrades a version 1 database and keeps the reader’s progress and settings', async () => {
		const name = uniqueDbName();
		await createVersion1(name);
		const db = await openDossierDB(name);
		expect(db.objectStoreNames.contains('facts')).toBe(true);
		expect(db.objectStoreNames.contains('cards')).toBe(true);
		expect(await getProgress(db, 'japan-to-sell-patriot-missiles-to-us')).toMatchObject({
			paragraph: 4,
			percent: 55
		});
		expect(await getReadingPrefs(db)).toEqual({
			fontStep: 5,
			lineSpacing: 'relaxed',
			theme: 'sepia'
		});
	});

	it('upgrades a version 2 database (with facts) and keeps progress, settings and facts', async () => {
		const name = uniqueDbName();
		await createVersion1(name);
		const v2 = await openDB(name, 2, {
			upgrade(db) {
				const facts = db.createObjectStore('facts', { keyPath: 'id' });
				facts.createIndex('articleIds', 'articleIds', { multiEntry: true });
				facts.createIndex('origin', 'origin');
			}
		});
		await v2.put('facts', { id: 'f-1', statement: 'A stored fact.', origin: 'pack' });
		v2.close();
		const db = await openDossierDB(name);
		expect(await db.get('facts', 'f-1')).toMatchObject({ statement: 'A stored fact.' });
		expect(await db.count('cards')).toBe(0);
		expect(await getProgress(db, 'japan-to-sell-patriot-missiles-to-us')).toMatchObject({
			paragraph: 4
		});
		expect((await getReadingPrefs(db)).theme).toBe('sepia');
	});

	it('a newer tab waits for an old one that does not close, and reports it', async () => {
		const name = uniqueDbName();
		await createVersion1(name);
		// An old tab that ignores the request to close (an app version from before it did).
		const stubborn = await openDB(name, 1);
		let blocked = false;
		const opening = openDossierDB(name, { onBlocked: () => (blocked = true) });
		await expect.poll(() => blocked).toBe(true);
		stubborn.close();
		const db = await opening;
		expect(db.objectStoreNames.contains('facts')).toBe(true);
	});
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDossierDB } from '$lib/db/open';
import { syncPack } from '$lib/db/pack';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { CheckDatabaseState } from './check-database.svelte';

const NOW = new Date(2024, 2, 27, 9, 0);

describe('CheckDatabaseState', () => {
	it('runs the check, holds its report, and a second run repairs nothing', async () => {
		const db = await openDossierDB(uniqueDbName());
		const article = makeArticle();
		const fact = {
			...makeFact(article, { id: 'f0' }),
			quiz: [{ id: 'q', type: 'cloze' as const, prompt: '_____ did.', answer: 'Japan' }]
		};
		await syncPack(db, makePack([article], 'v1', [fact]), NOW);
		const card = (await db.get('cards', 'f0'))!;
		await db.put('cards', { ...card, id: 'orphan', factId: 'gone' });

		const check = new CheckDatabaseState({ source: { run: (work) => work(db) }, now: () => NOW });
		expect(check.status).toBe('idle');
		const running = check.run();
		expect(check.status).toBe('running');
		await running;
		expect(check.status).toBe('done');
		expect(check.error).toBeNull();
		expect(check.report?.repaired).toEqual([
			{ store: 'cards', key: 'orphan', what: 'no fact: suspended' }
		]);
		await check.run();
		expect(check.report?.repaired).toEqual([]);
	});

	it('says so when the check cannot run, and changes nothing', async () => {
		const db = await openDossierDB(uniqueDbName());
		db.close();
		const check = new CheckDatabaseState({ source: { run: (work) => work(db) }, now: () => NOW });
		await check.run();
		expect(check.status).toBe('failed');
		expect(check.error).toMatch(/could not finish .*Nothing was changed/);
	});
});

/** Test helpers for the state layer: a database on fake-indexeddb behind a LocalDatabase. */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openDossierDB, type OpenHooks } from '$lib/db/open';
import { syncPack } from '$lib/db/pack';
import type { DossierDatabase } from '$lib/db/schema';
import type { Fact } from '$lib/domain/facts/types';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { LocalDatabase } from './local-db.svelte';

/** A fixed clock: every state under test reads this time. */
export const T0 = new Date(2024, 2, 27, 9, 0);
export const clock = () => T0;

/** A fact with one cloze question, so that it gets a card. */
export function quizzed(fact: Fact): Fact {
	return {
		...fact,
		quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt: '_____ said so.', answer: 'Japan' }]
	};
}

export interface TestDatabase {
	name: string;
	local: LocalDatabase;
	/** How many times the database was opened. */
	opens: () => number;
	/** The next `n` opens fail with `error` (thrown at once with `sync`, as some browsers do). */
	failNextOpens: (n: number, error: unknown, sync?: boolean) => void;
}

/** A LocalDatabase on a fresh fake-indexeddb database holding a two-article pack with cards. */
export async function testDatabase(factCount = 3): Promise<TestDatabase> {
	const name = uniqueDbName();
	const a = makeArticle({ id: 'a' });
	const b = makeArticle({ id: 'b' });
	const facts = Array.from({ length: factCount }, (_, i) =>
		quizzed(makeFact(i % 2 ? b : a, { id: `f${i}` }))
	);
	const setup = await openDossierDB(name);
	await syncPack(setup, makePack([a, b], 'v1', facts), T0);
	setup.close();
	let opens = 0;
	let failures = { left: 0, error: null as unknown, sync: false };
	const open = (hooks: OpenHooks): Promise<DossierDatabase> => {
		opens++;
		if (failures.left > 0) {
			failures.left--;
			if (failures.sync) throw failures.error;
			return Promise.reject(failures.error);
		}
		return openDossierDB(name, hooks);
	};
	return {
		name,
		local: new LocalDatabase({ open, syncPack: null }),
		opens: () => opens,
		failNextOpens: (left, error, sync = false) => (failures = { left, error, sync })
	};
}

/**
 * Makes the transaction of the next `put` (or `add`) fail as a full disk does in a browser
 * when it commits: the request succeeds, then the transaction aborts with a
 * QuotaExceededError and rolls back everything in it. Restore with vi.restoreAllMocks().
 */
export function quotaOnNext(method: 'put' | 'add') {
	const original = FakeObjectStore.prototype[method];
	return vi.spyOn(FakeObjectStore.prototype, method).mockImplementationOnce(function (
		this: InstanceType<typeof FakeObjectStore>,
		...args: Parameters<typeof original>
	) {
		const request = original.apply(this, args);
		const tx = this.transaction as unknown as { _abort(name: string): void };
		request.addEventListener('success', () => tx._abort('QuotaExceededError'));
		return request;
	});
}

/** Every record of every store, to compare before and after a failed write. */
export async function dumpAll(db: DossierDatabase): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const store of [...db.objectStoreNames].sort()) out[store] = await db.getAll(store);
	return out;
}

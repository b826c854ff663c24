import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '$lib/testing/factories';
import { inSlices } from './yield';

async function database() {
	return openDB<{ items: { key: number; value: { id: number } } }>(uniqueDbName(), 1, {
		upgrade: (db) => void db.createObjectStore('items', { keyPath: 'id' })
	});
}

describe('writing a transaction a slice at a time', () => {
	it('makes every request in order in one transaction, also with slices of one request', async () => {
		const db = await database();
		const tx = db.transaction('items', 'readwrite');
		const order: number[] = [];
		const requests = Array.from({ length: 300 }, (_, id) => () => {
			order.push(id);
			return tx.store.put({ id });
		});
		// A budget of 0 ms ends every slice after one request: 300 waits, the transaction open.
		const made = await inSlices(requests, 0);
		await Promise.all([...made, tx.done]);
		expect(order).toEqual(requests.map((_, id) => id));
		expect(await db.count('items')).toBe(300);
	});

	it('after a failed request makes no more, and the transaction writes nothing', async () => {
		const db = await database();
		await db.put('items', { id: 5 });
		const tx = db.transaction('items', 'readwrite');
		tx.done.catch(() => undefined);
		let count = 0;
		const requests = Array.from({ length: 50 }, (_, i) => () => {
			count++;
			// `add` of a key that exists fails with a ConstraintError and aborts the transaction.
			return i === 10 ? tx.store.add({ id: 5 }) : tx.store.put({ id: 100 + i });
		});
		const made = await inSlices(requests, 0);
		await expect(Promise.all([...made, tx.done])).rejects.toThrow();
		expect(count).toBe(11);
		expect(await db.getAllKeys('items')).toEqual([5]);
	});
});

import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRADE } from '$lib/domain/review/model';
import { ReviewSession } from './review-session.svelte';
import { clock, T0, testDatabase } from './testing';

/**
 * Makes the transaction of the next `add` fail as a full disk does in a browser when it
 * commits: every request succeeded, then the transaction aborts with a QuotaExceededError,
 * rolling back everything in it.
 */
function quotaOnNextAdd() {
	const add = FakeObjectStore.prototype.add;
	return vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementationOnce(function (
		this: InstanceType<typeof FakeObjectStore>,
		...args
	) {
		const request = add.apply(this, args);
		const tx = this.transaction as unknown as { _abort(name: string): void };
		request.addEventListener('success', () => tx._abort('QuotaExceededError'));
		return request;
	});
}

afterEach(() => vi.restoreAllMocks());

describe('a review session', () => {
	it('starts on the first card with the injected clock, and says how many are due', async () => {
		const { local } = await testDatabase(3);
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		expect(session.status).toBe('ready');
		expect(session.phase).toBe('question');
		expect(session.card?.id).toBe('f0');
		expect(session.due).toEqual({ due: 0, fresh: 3, total: 3 });
	});

	it('shows each card with the headline of the article its fact comes from', async () => {
		const { local } = await testDatabase(2);
		const titles = await local.run(async (db) => ({
			a: (await db.get('articles', 'a'))!.title,
			b: (await db.get('articles', 'b'))!.title
		}));
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		const article = session.fact!.evidence[0]!.articleId as 'a' | 'b';
		expect(session.headline).toBe(titles[article]);
		expect(session.headline).toBeTruthy();

		// An article that cannot be read takes the headline away, never the card.
		await local.run((db) => db.delete('articles', article));
		await session.start();
		expect(session.phase).toBe('question');
		expect(session.headline).toBeNull();
	});

	it('shows why it cannot start instead of loading forever, and Retry starts it', async () => {
		const { local, failNextOpens } = await testDatabase(2);
		failNextOpens(1, new DOMException('Internal error opening backing store', 'UnknownError'));
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		expect(session.status).toBe('error');
		expect(session.error).toMatch(/could not reach its data.*Internal error opening backing store/);
		await session.retry();
		expect(session.status).toBe('ready');
		expect(session.phase).toBe('question');
	});

	it('a quota error on a grade says so, changes nothing, and the same grade then saves', async () => {
		const { local } = await testDatabase(2);
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		session.reveal();
		const before = await local.run((db) => db.get('cards', 'f0'));

		quotaOnNextAdd();
		await session.grade(GRADE.Good);
		expect(session.actionError).toMatch(/^Not saved\. Your device is out of storage/);
		expect(session.phase).toBe('answer');
		expect(session.card?.id).toBe('f0');
		expect(session.reviewed).toBe(0);
		// The card's new state was written before the log entry failed: it was rolled back too.
		expect(await local.run((db) => db.get('cards', 'f0'))).toEqual(before);
		expect(await local.run((db) => db.count('reviewLog'))).toBe(0);

		await session.grade(GRADE.Good);
		expect(session.actionError).toBeNull();
		expect(session.reviewed).toBe(1);
		const log = await local.run((db) => db.getAll('reviewLog'));
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ cardId: 'f0', reviewedAt: T0.getTime() });
	});

	it('keeps grading after the connection was closed under it', async () => {
		const { local, opens } = await testDatabase(2);
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		(await local.run(async (db) => db)).close();
		session.reveal();
		await session.grade(GRADE.Good);
		expect(session.actionError).toBeNull();
		expect(session.reviewed).toBe(1);
		expect(opens()).toBe(2);
	});

	it('takes back a grade when Undo comes while the grade is still loading the next card', async () => {
		const { local } = await testDatabase(3);
		const session = new ReviewSession({ source: local, now: clock });
		await session.start();
		const first = session.card!.id;
		session.reveal();
		// Not awaited: the learner presses U as soon as the grade shows, before the next card is in.
		const graded = session.grade(GRADE.Good);
		const undone = session.undo();
		await Promise.all([graded, undone]);
		expect(session.reviewed).toBe(0);
		expect(session.card?.id).toBe(first);
		expect(session.canUndo).toBe(false);
		const reviews = await local.run((db) => db.getAll('reviewLog'));
		expect(reviews).toEqual([]);
	});
});

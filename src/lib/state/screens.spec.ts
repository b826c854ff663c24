import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCard } from '$lib/db/cards';
import { GRADE } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle } from '$lib/testing/factories';
import { DueState } from './due.svelte';
import { ReadingSession } from './reading-session.svelte';
import { ReviewSettingsState } from './review-settings.svelte';
import { StatsState } from './stats.svelte';
import { clock, T0, testDatabase } from './testing';

const DAY = 86_400_000;
const later = (ms: number) => () => new Date(T0.getTime() + ms);
const unavailable = () => new DOMException('Internal error opening backing store', 'UnknownError');

afterEach(() => vi.restoreAllMocks());

describe('the due count', () => {
	it('counts with the injected clock, and a failed open becomes an error that Retry clears', async () => {
		const { local, failNextOpens } = await testDatabase(3);
		failNextOpens(1, unavailable());
		const due = new DueState({ source: local, now: clock });
		await due.load();
		expect(due.status).toBe('error');
		expect(due.due).toBeNull();
		await due.retry();
		expect(due.status).toBe('ready');
		expect(due.due).toEqual({ due: 0, fresh: 3, total: 3 });
	});
});

describe('the stats', () => {
	it('reads streak, retention, states and forecast as of the injected clock', async () => {
		const { local } = await testDatabase(2);
		const scheduler = createScheduler({ fuzz: false });
		await local.run((db) =>
			answerCard(
				db,
				'f0',
				{ grade: GRADE.Easy, now: T0, durationMs: 1000, itemId: null, correct: null },
				scheduler
			)
		);
		const today = new StatsState({ source: local, now: later(60_000) });
		await today.load();
		expect(today.status).toBe('ready');
		expect(today.streak).toBe(1);
		expect(today.states).toMatchObject({ 0: 1, 2: 1 });
		expect(today.heatmap.at(-1)?.count).toBe(1);
		expect(today.forecast).toHaveLength(30);
		expect(today.forecast.reduce((sum, bar) => sum + bar.value, 0)).toBe(1);
		// Two days on, nothing was reviewed yesterday: the streak is broken.
		const afterGap = new StatsState({ source: local, now: later(2 * DAY + 60_000) });
		await afterGap.load();
		expect(afterGap.streak).toBe(0);
	});
});

describe('a reading session', () => {
	it('keeps a position while the database is out of reach and writes it when it is back', async () => {
		const { local, failNextOpens } = await testDatabase(1);
		const article = makeArticle({ id: 'a' });
		const finished = vi.fn();
		const session = new ReadingSession(() => article, finished, { source: local, now: clock });
		failNextOpens(2, unavailable());
		await session.load();
		expect(session.status).toBe('error');

		session.report({ paragraph: 3, percent: 40, reachedEnd: false });
		await session.flush();
		expect(session.saveError).toMatch(/not saved yet/);
		expect(session.unsaved).toEqual({ paragraph: 3, percent: 40, reachedEnd: false });

		await session.retry();
		expect(session.status).toBe('ready');
		expect(session.saveError).toBeNull();
		expect(session.unsaved).toBeNull();
		expect(await local.run((db) => db.get('progress', 'a'))).toMatchObject({
			paragraph: 3,
			percent: 40
		});
		expect(session.progress).toMatchObject({ paragraph: 3 });
	});

	it('shows the stored copy once read (the prerendered one until then)', async () => {
		const { local } = await testDatabase(1);
		const prerendered = makeArticle({ id: 'a', title: 'As prerendered' });
		const session = new ReadingSession(() => prerendered, undefined, { source: local });
		expect(session.article.title).toBe('As prerendered');
		await session.load();
		expect(session.article.title).not.toBe('As prerendered');
	});
});

describe('the review settings', () => {
	it('a quota error on saving says so and keeps the stored settings', async () => {
		const { local } = await testDatabase(1);
		const form = new ReviewSettingsState({ source: local, now: clock });
		await form.load();
		const before = { ...form.settings };
		const put = FakeObjectStore.prototype.put;
		vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementationOnce(function (
			this: InstanceType<typeof FakeObjectStore>,
			...args
		) {
			const request = put.apply(this, args);
			const tx = this.transaction as unknown as { _abort(name: string): void };
			request.addEventListener('success', () => tx._abort('QuotaExceededError'));
			return request;
		});
		await form.save({ newPerDay: 20 });
		expect(form.saveError).toMatch(/out of storage/);
		expect(form.settings).toEqual(before);
		const reread = new ReviewSettingsState({ source: local });
		await reread.load();
		expect(reread.settings).toEqual(before);

		await form.save({ newPerDay: 20 });
		expect(form.saveError).toBeNull();
		expect(form.message).toBe('Saved.');
	});

	it('a value out of range is refused with the allowed ranges', async () => {
		const { local } = await testDatabase(1);
		const form = new ReviewSettingsState({ source: local, now: clock });
		await form.load();
		await form.save({ newPerDay: -4 });
		expect(form.saveError).toMatch(/must be 0–/);
	});
});

describe('review settings saved in a row', () => {
	it('keeps each change and a refusal made while an earlier save is still being written', async () => {
		const { local } = await testDatabase(1);
		const form = new ReviewSettingsState({ source: local, now: clock });
		await form.load();
		// Neither save is awaited before the next starts, as a learner tabbing through the form.
		const leech = form.save({ leechThreshold: 5 });
		const refused = form.save({ newPerDay: 9000 });
		await Promise.all([leech, refused]);
		expect(form.saveError).toMatch(/^Not saved/);
		const kept = form.save({ newPerDay: 3 });
		const reviews = form.save({ reviewsPerDay: 150 });
		await Promise.all([kept, reviews]);
		const reread = new ReviewSettingsState({ source: local });
		await reread.load();
		expect(reread.settings).toMatchObject({ leechThreshold: 5, newPerDay: 3, reviewsPerDay: 150 });
	});
});

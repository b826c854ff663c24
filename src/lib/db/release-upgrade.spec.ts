/**
 * A learner of the previous release (the pack of derivation 2, its 45 facts, kept verbatim in
 * fixtures/) who reviewed every card, then the new derivation's pack: no card is deleted,
 * every card's review state and log survive, and each card either follows its point to a new
 * fact or waits suspended; going back brings every card back as it was.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPack } from '$lib/domain/pack';
import { DERIVATION_VERSION } from '$lib/domain/facts/types';
import { SUSPENDED_QUEUE } from '$lib/domain/review/cards';
import { createScheduler, Rating } from '$lib/domain/review/scheduler';
import { uniqueDbName } from '$lib/testing/factories';
import { answerCard, nextCard, reviewsSince, suspendedCount } from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';

const content = new URL('../../../content/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('catalog.json', content), 'utf8')) as {
	file: string;
}[];
const raw = Object.fromEntries(
	catalog.map((e) => [e.file, readFileSync(new URL(`articles/${e.file}`, content), 'utf8')])
);
const previous = JSON.parse(
	readFileSync(new URL('fixtures/pack-derivation-2.json', import.meta.url), 'utf8')
) as { derivation: number; facts: { quiz: unknown[] }[] };
const T0 = new Date(2024, 5, 3, 9, 0);
const LIMITS = { newPerDay: 1000, reviewsPerDay: 1000 };

describe('upgrading from the previous release', () => {
	it('keeps every card and its history when the new derivation replaces the old facts', async () => {
		expect(previous.derivation).toBeLessThan(DERIVATION_VERSION);
		const db = await openDossierDB(uniqueDbName());
		await syncPack(db, previous, T0);
		const scheduler = createScheduler({ fuzz: false });
		let reviewed = 0;
		for (let c = await nextCard(db, T0, LIMITS); c; c = await nextCard(db, T0, LIMITS)) {
			const at = new Date(T0.getTime() + reviewed * 1000);
			await answerCard(
				db,
				c.id,
				{ grade: Rating.Good, now: at, durationMs: 1, itemId: null, correct: null },
				scheduler
			);
			reviewed++;
		}
		expect(reviewed).toBe(previous.facts.filter((f) => f.quiz.length > 0).length);
		const before = new Map((await db.getAll('cards')).map((c) => [c.id, c]));

		const next = await buildPack(raw, catalog);
		const result = await syncPack(db, next, T0);
		const after = new Map((await db.getAll('cards')).map((c) => [c.id, c]));
		const suspended = await suspendedCount(db);
		console.info(
			`previous release → derivation ${DERIVATION_VERSION}: ${before.size} cards kept, ${result.cards.relinked} re-linked, ${suspended} suspended`
		);
		for (const [id, card] of before) expect(after.get(id)?.fsrs, id).toEqual(card.fsrs);
		// A card follows its point: onto a new fact id (re-linked) or, where the new derivation keeps
		// the point's id (ids follow the source sentence; derivation 5 changed none), it stays.
		const live = [...after.values()].filter((c) => before.has(c.id) && c.queue !== SUSPENDED_QUEUE);
		const stayed = live.filter((c) => c.factId === before.get(c.id)?.factId).length;
		expect(result.cards.relinked + stayed).toBeGreaterThan(0);
		expect(live.length + suspended).toBe(before.size);
		expect(await reviewsSince(db, 0)).toHaveLength(reviewed);
		// Every card is either in the deck on a fact of the new pack or suspended, never lost.
		const factIds = new Set(next.facts.map((f) => f.id));
		for (const card of after.values())
			expect(card.queue === SUSPENDED_QUEUE || factIds.has(card.factId ?? card.id), card.id).toBe(
				true
			);
	}, 120_000);
});

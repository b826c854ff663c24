import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '$lib/domain/backup/format';
import { DERIVATION_VERSION } from '$lib/domain/facts/types';
import { NEW_QUEUE, SUSPENDED_QUEUE, type ReviewEntry } from '$lib/domain/review/cards';
import { emptyCard } from '$lib/domain/review/cards';
import { buildUserArticle, type BuiltArticle } from '$lib/domain/user/build';
import { isUserArticleId } from '$lib/domain/user/ids';
import { newUserArticleId } from '$lib/domain/user/new-id';
import { rederiveInput } from '$lib/domain/user/rederive';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { readBackupData, restoreBackup } from './backup';
import { parseBackup } from './backup-schema';
import { dueSummary, nextCard } from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';
import { DB_VERSION } from './schema';
import {
	articlesRevision,
	deleteUserArticle,
	saveUserArticle,
	stampKey,
	staleUserArticles,
	undoDelete
} from './user-articles';

const NOW = new Date(Date.UTC(2025, 1, 10, 9));
const TEXT = readFileSync(
	new URL('../domain/facts/fixtures/unseen/01-veloria-gallium-controls.txt', import.meta.url),
	'utf8'
);
const LIMITS = { newPerDay: 3, reviewsPerDay: 100 };

let built: BuiltArticle;

beforeAll(async () => {
	built = await buildUserArticle({
		articleId: newUserArticleId('Veloria gallium', NOW),
		name: 'Pasted text',
		text: TEXT,
		meta: {}
	});
});

/** A database with a small pack (two pack cards) and the user's article saved. */
async function withSaved() {
	const db = await openDossierDB(uniqueDbName());
	const packArticle = makeArticle();
	const packFact = makeFact(packArticle, {
		quiz: [{ id: 'q', type: 'cloze', prompt: 'p _____', answer: 'a', claim: 'p a' }]
	});
	await syncPack(db, makePack([packArticle], 'one', [packFact]), NOW);
	const result = await saveUserArticle(db, built, NOW);
	return { db, packArticle, packFact, result };
}

describe('saving a user article', () => {
	it('stores the article, its facts (own ids, origin imported) and a card per quizzed fact', async () => {
		const { db, result } = await withSaved();
		const { article, facts } = built;
		expect(isUserArticleId(article.id)).toBe(true);
		expect(await db.get('articles', article.id)).toEqual(article);
		const stored = await db.getAllFromIndex('facts', 'articleIds', article.id);
		expect(stored.length).toBe(facts.length);
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.every((f) => f.origin === 'imported' && f.id.startsWith(`${article.id}.`))).toBe(
			true
		);
		expect(stored.every((f) => f.derivation === DERIVATION_VERSION)).toBe(true);
		const cards = await db.getAllFromIndex('cards', 'articleIds', article.id);
		const quizzed = facts.filter((f) => f.quiz.length > 0);
		expect(cards.length).toBe(quizzed.length);
		expect(result).toEqual({
			facts: facts.length,
			cards: { added: quizzed.length, suspended: 0, leftOut: 0 }
		});
		expect((await db.get('meta', stampKey(article.id)))?.value).toEqual({
			addedAt: NOW.getTime(),
			derivation: DERIVATION_VERSION
		});
	});

	it('queues its new cards after the pack’s, within the daily new-card limit', async () => {
		const { db, packFact } = await withSaved();
		const first = await nextCard(db, NOW, LIMITS);
		expect(first?.id).toBe(packFact.id);
		const summary = await dueSummary(db, NOW, LIMITS);
		expect(summary.fresh).toBe(LIMITS.newPerDay);
		const cards = await db.getAllFromIndex('cards', 'articleIds', built.article.id);
		expect(cards.every((c) => c.queue === NEW_QUEUE && c.order > packFact.quiz.length)).toBe(true);
		// In their facts' order.
		const orders = cards.map((c) => c.order);
		expect(new Set(orders).size).toBe(orders.length);
	});

	it('is left alone by the next pack sync: the pack never suspends or takes its cards', async () => {
		const { db, packArticle, packFact } = await withSaved();
		const before = await db.getAllFromIndex('cards', 'articleIds', built.article.id);
		const sync = await syncPack(db, makePack([packArticle], 'two', [packFact]), NOW);
		expect(sync.cards.suspended).toBe(0);
		expect(await db.getAllFromIndex('cards', 'articleIds', built.article.id)).toEqual(before);
		expect(await db.get('articles', built.article.id)).toEqual(built.article);
	});

	it('saves the cards the learner left out suspended, and a new derivation keeps them so', async () => {
		const db = await openDossierDB(uniqueDbName());
		const quizzed = built.facts.filter((f) => f.quiz.length > 0);
		expect(quizzed.length).toBeGreaterThan(1);
		const leaveOut = new Set([quizzed[0]!.id]);
		const result = await saveUserArticle(db, built, NOW, leaveOut);
		expect(result.cards).toEqual({ added: quizzed.length - 1, suspended: 0, leftOut: 1 });
		const cards = await db.getAllFromIndex('cards', 'articleIds', built.article.id);
		const left = cards.filter((c) => c.queue === SUSPENDED_QUEUE);
		expect(left.map((c) => [c.factId ?? c.id, c.suspended])).toEqual([[quizzed[0]!.id, 'user']]);
		expect(cards.filter((c) => c.queue === NEW_QUEUE)).toHaveLength(quizzed.length - 1);
		// Nothing it left out reaches a review: every card the deck serves, and then none.
		const served = new Set<string>();
		const limits = { newPerDay: 100, reviewsPerDay: 100 };
		for (let next; (next = await nextCard(db, NOW, limits, undefined, served));)
			served.add(next.id);
		expect(served.size).toBe(quizzed.length - 1);
		expect(served.has(left[0]!.id)).toBe(false);

		// Saved again (a new derivation, no choice given): the learner's choice stays.
		const again = await saveUserArticle(db, built, NOW);
		expect(again.cards).toEqual({ added: 0, suspended: 0, leftOut: 0 });
		expect(await db.get('cards', left[0]!.id)).toEqual(left[0]);
	});

	it('goes up the articles revision with every change', async () => {
		const { db } = await withSaved();
		expect(await articlesRevision(db)).toBe(1);
		const deleted = await deleteUserArticle(db, built.article.id);
		expect(await articlesRevision(db)).toBe(2);
		await undoDelete(db, deleted);
		expect(await articlesRevision(db)).toBe(3);
	});
});

describe('deleting a user article', () => {
	it('removes it and its facts, suspends its cards, keeps the review log; Undo puts all back', async () => {
		const { db } = await withSaved();
		const { article } = built;
		const cards = await db.getAllFromIndex('cards', 'articleIds', article.id);
		const entry: ReviewEntry = {
			cardId: cards[0]!.id,
			rating: 3,
			reviewedAt: NOW.getTime(),
			durationMs: 1000,
			itemId: null,
			correct: null,
			before: emptyCard(NOW),
			after: emptyCard(NOW),
			log: { rating: 3 } as ReviewEntry['log']
		};
		await db.add('reviewLog', entry);

		const deleted = await deleteUserArticle(db, article.id);
		expect(await db.get('articles', article.id)).toBeUndefined();
		expect(await db.getAllFromIndex('facts', 'articleIds', article.id)).toEqual([]);
		const suspended = await db.getAllFromIndex('cards', 'articleIds', article.id);
		expect(suspended.length).toBe(cards.length);
		expect(suspended.every((c) => c.queue === SUSPENDED_QUEUE && c.suspended === 'fact-gone')).toBe(
			true
		);
		expect(await db.count('reviewLog')).toBe(1);
		expect((await nextCard(db, NOW, LIMITS))?.articleIds).not.toEqual([article.id]);

		await undoDelete(db, deleted);
		expect(await db.get('articles', article.id)).toEqual(article);
		expect((await db.getAllFromIndex('facts', 'articleIds', article.id)).length).toBe(
			built.facts.length
		);
		expect(await db.getAllFromIndex('cards', 'articleIds', article.id)).toEqual(cards);
		expect(await db.count('reviewLog')).toBe(1);
	});

	it('refuses a pack article, changing nothing', async () => {
		const { db, packArticle } = await withSaved();
		await expect(deleteUserArticle(db, packArticle.id)).rejects.toThrow(/not one of yours/);
		expect(await db.get('articles', packArticle.id)).toEqual(packArticle);
	});
});

describe('re-deriving after a new facts pipeline', () => {
	it('finds the articles an older derivation made and derives them again, keeping their cards', async () => {
		const { db } = await withSaved();
		expect(await staleUserArticles(db)).toEqual([]);
		await db.put('meta', {
			key: stampKey(built.article.id),
			value: { addedAt: NOW.getTime(), derivation: DERIVATION_VERSION - 1 }
		});
		const stale = await staleUserArticles(db);
		expect(stale.map((a) => a.id)).toEqual([built.article.id]);
		const cards = await db.getAllFromIndex('cards', 'articleIds', built.article.id);

		const again = await buildUserArticle(rederiveInput(stale[0]!));
		expect(again.article).toEqual(built.article);
		const result = await saveUserArticle(db, again, new Date(NOW.getTime() + 86_400_000));
		expect(result.cards).toEqual({ added: 0, suspended: 0, leftOut: 0 });
		expect(await db.getAllFromIndex('cards', 'articleIds', built.article.id)).toEqual(cards);
		expect(await staleUserArticles(db)).toEqual([]);
	});

	it('reads only the stale articles: no stamp, a broken one or an older derivation', async () => {
		const { db } = await withSaved();
		const other = (id: string) => ({ ...built.article, id });
		for (const id of ['mine-b', 'mine-c', 'mine-d', 'mine-e']) await db.put('articles', other(id));
		const stamp = (id: string, value: unknown) => db.put('meta', { key: stampKey(id), value });
		await stamp('mine-b', { addedAt: 1, derivation: DERIVATION_VERSION - 1 });
		await stamp('mine-c', { addedAt: 1, derivation: DERIVATION_VERSION });
		await stamp('mine-d', 'not a stamp');
		const stale = await staleUserArticles(db);
		expect(stale.map((a) => a.id)).toEqual(['mine-b', 'mine-d', 'mine-e']);
		expect(stale[0]).toEqual(other('mine-b'));
	});

	it('suspends, never deletes, the card of a fact the new derivation no longer finds', async () => {
		const { db } = await withSaved();
		const quizzed = built.facts.filter((f) => f.quiz.length > 0);
		const fewer = { ...built, facts: built.facts.filter((f) => f.id !== quizzed[0]!.id) };
		const result = await saveUserArticle(db, fewer, NOW);
		expect(result.cards.suspended).toBe(1);
		const cards = await db.getAllFromIndex('cards', 'articleIds', built.article.id);
		expect(cards.length).toBe(quizzed.length);
		expect(cards.filter((c) => c.queue === SUSPENDED_QUEUE).length).toBe(1);
		expect(await db.get('facts', quizzed[0]!.id)).toBeUndefined();
	});
});

describe('backup', () => {
	it('carries the user article, its facts and cards, and a restore brings them back', async () => {
		const { db } = await withSaved();
		const data = await readBackupData(db);
		expect(data.articles.map((a) => a.id)).toEqual([built.article.id]);
		expect(data.facts.length).toBe(built.facts.length);
		const file = parseBackup(JSON.stringify(makeBackup(data, NOW, 'test', DB_VERSION)));

		const fresh = await openDossierDB(uniqueDbName());
		const restored = await restoreBackup(fresh, file, 'replace', NOW);
		expect(restored.articles).toBe(1);
		expect(await fresh.get('articles', built.article.id)).toEqual(built.article);
		expect((await fresh.getAllFromIndex('facts', 'articleIds', built.article.id)).length).toBe(
			built.facts.length
		);
		expect((await fresh.getAllFromIndex('cards', 'articleIds', built.article.id)).length).toBe(
			built.facts.filter((f) => f.quiz.length > 0).length
		);
		// No stamp came with it: the next start derives its facts again with this pipeline.
		expect((await staleUserArticles(fresh)).map((a) => a.id)).toEqual([built.article.id]);
	});
});

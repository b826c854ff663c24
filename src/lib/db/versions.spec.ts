/**
 * An older app never overwrites newer data: an older pack is refused, a newer schema is a
 * typed error; and a database of the current release (v3) keeps every record under this app.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DERIVATION_VERSION } from '$lib/domain/facts/types';
import type { Fact } from '$lib/domain/facts/types';
import { emptyCard } from '$lib/domain/review/cards';
import { createScheduler, Rating } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { answerCard, cardWithFact, nextCard, reviewsSince } from './cards';
import { isNewerVersionError, NewerVersionError } from './errors';
import { openDossierDB } from './open';
import { installedPackVersion, syncPack } from './pack';
import { getProgress } from './progress';
import { DB_VERSION, upgradeDossierDB } from './schema';
import { getReadingPrefs, getReviewSettings } from './settings';

const T0 = new Date(2024, 2, 27, 9, 0);
const LIMITS = { newPerDay: 10, reviewsPerDay: 100 };

const quizzed = (fact: Fact, answer = 'Japan'): Fact => ({
	...fact,
	quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt: '_____ said so.', answer }]
});

/** Everything in every store, for before/after comparisons. */
async function snapshot(name: string) {
	const db = await openDB(name);
	const stores = [...db.objectStoreNames].sort();
	const all = Object.fromEntries(
		await Promise.all(stores.map(async (s) => [s, await db.getAll(s)] as const))
	);
	db.close();
	return all;
}

describe('an older version never overwrites a newer one', () => {
	it('refuses a pack of an older derivation, and changes nothing', async () => {
		const name = uniqueDbName();
		const db = await openDossierDB(name);
		const article = makeArticle();
		const fact = quizzed(makeFact(article));
		const newer = { ...makePack([article], 'newer', [fact]), derivation: DERIVATION_VERSION + 1 };
		await syncPack(db, newer, T0);
		const card = await nextCard(db, T0, LIMITS);
		await answerCard(
			db,
			card!.id,
			{ grade: Rating.Good, now: T0, durationMs: 1, itemId: null, correct: null },
			createScheduler({ fuzz: false })
		);
		const before = await snapshot(name);

		const older = makePack([makeArticle()], 'older', []);
		const refused = syncPack(db, older, T0);
		await expect(refused).rejects.toThrow(NewerVersionError);
		await expect(syncPack(db, older, T0)).rejects.toThrow(
			/A newer version of Dossier is open in another tab/
		);
		expect(await snapshot(name)).toEqual(before);
		expect(await installedPackVersion(db)).toBe('newer');
		db.close();
	});

	it('accepts the same or a newer derivation, and a store written before stamps', async () => {
		const db = await openDossierDB(uniqueDbName());
		await db.put('meta', { key: 'pack', value: { version: 'from-v3' } });
		await syncPack(db, makePack([makeArticle()], 'one'), T0);
		await syncPack(db, makePack([makeArticle()], 'two'), T0);
		const next = { ...makePack([makeArticle()], 'three'), derivation: DERIVATION_VERSION + 1 };
		await expect(syncPack(db, next, T0)).resolves.toMatchObject({ version: 'three' });
	});

	it('a database of a newer schema rejects the open with NewerVersionError', async () => {
		const name = uniqueDbName();
		(await openDB(name, DB_VERSION + 1)).close();
		const opened = openDossierDB(name);
		await expect(opened).rejects.toThrow(NewerVersionError);
		const error = await opened.catch((e: unknown) => e);
		expect(isNewerVersionError(error)).toBe(true);
		expect((error as Error).message).toMatch(/A newer version of Dossier/);
	});
});

/** A v3 database exactly as the current release leaves it, with a user's data in it. */
async function createVersion3(name: string, article = makeArticle({ id: 'sell' })) {
	const db = await openDB(name, 3, {
		upgrade: (db, oldVersion, _new, tx) => upgradeDossierDB(db as never, oldVersion, tx as never)
	});
	const fact = quizzed(makeFact(article, { id: 'f-old' }));
	const card = {
		id: 'f-old',
		articleIds: [article.id],
		queue: 1,
		due: T0.getTime() + 86_400_000,
		order: 0,
		state: 2,
		fsrs: {
			...emptyCard(T0),
			due: new Date(T0.getTime() + 86_400_000),
			stability: 3,
			difficulty: 5,
			reps: 1,
			state: 2,
			last_review: T0
		}
	};
	await db.put('articles', article);
	await db.put('facts', { ...fact, origin: 'pack' });
	await db.put('cards', card);
	await db.add('reviewLog', {
		cardId: 'f-old',
		rating: 3,
		reviewedAt: T0.getTime(),
		durationMs: 1000,
		itemId: null,
		correct: null,
		before: emptyCard(T0),
		after: card.fsrs,
		log: { rating: 3 }
	});
	await db.put('progress', {
		articleId: article.id,
		paragraph: 2,
		percent: 40,
		finished: false,
		lastRead: T0.getTime()
	});
	await db.put('settings', {
		key: 'reading',
		value: { fontStep: 5, lineSpacing: 'relaxed', theme: 'sepia' },
		updatedAt: 1
	});
	await db.put('settings', {
		key: 'review',
		value: { retention: 0.85, newPerDay: 5, reviewsPerDay: 50 },
		updatedAt: 1
	});
	await db.put('meta', { key: 'pack', value: { version: 'v3-pack' } });
	db.close();
	return { article, fact, card };
}

describe('a database of the current release (v3)', () => {
	it('keeps every record under this app, and its cards follow their facts to new ids', async () => {
		const name = uniqueDbName();
		const { article, fact, card } = await createVersion3(name);
		const before = await snapshot(name);
		const db = await openDossierDB(name);
		expect(db.version).toBe(DB_VERSION);
		db.close();
		// Opening changes no record.
		expect(await snapshot(name)).toEqual(before);

		const reopened = await openDossierDB(name);
		// A new derivation renames the fact: the card (stored before cards had keys) follows.
		const renamed = { ...fact, id: 'f-new' };
		const result = await syncPack(reopened, makePack([article], 'v4-pack', [renamed]), T0);
		expect(result.cards).toMatchObject({ added: 0, relinked: 1, suspended: 0 });
		expect(await reopened.get('cards', 'f-old')).toMatchObject({
			factId: 'f-new',
			fsrs: card.fsrs,
			due: card.due
		});
		expect((await cardWithFact(reopened, 'f-old'))?.fact.id).toBe('f-new');
		expect(await reviewsSince(reopened, 0)).toHaveLength(1);
		expect(await getProgress(reopened, article.id)).toMatchObject({ paragraph: 2, percent: 40 });
		expect(await getReadingPrefs(reopened)).toEqual({
			fontStep: 5,
			lineSpacing: 'relaxed',
			theme: 'sepia'
		});
		expect(await getReviewSettings(reopened)).toEqual({
			retention: 0.85,
			newPerDay: 5,
			reviewsPerDay: 50
		});
		reopened.close();
	});
});

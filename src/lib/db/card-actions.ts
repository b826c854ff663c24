/**
 * The learner's acts on cards (issue 14) in IndexedDB: each is one transaction over the
 * cards it names, returns what they were before (for Undo), and never touches the log.
 */
import type { Fact } from '$lib/domain/facts/types';
import { isDeleted } from '$lib/domain/review/card-actions';
import {
	BURIED_QUEUE,
	SUSPENDED_QUEUE,
	type ReviewEntry,
	type StoredCard
} from '$lib/domain/review/cards';
import type { Article } from '$lib/domain/article';
import type { DossierDatabase } from './schema';

/** The cards an act changed: before and after, in the order asked. */
export interface CardChange {
	before: StoredCard[];
	after: StoredCard[];
}

/** Thrown when a card to change is not there (deleted meanwhile, another tab); nothing written. */
export class MissingCardError extends Error {
	override name = 'MissingCardError';
}

/**
 * Applies `act` to each card of `ids` in one transaction; a card it leaves as it was is not
 * written. A missing card aborts the whole act.
 */
export async function changeCards(
	db: DossierDatabase,
	ids: readonly string[],
	act: (card: StoredCard) => StoredCard
): Promise<CardChange> {
	const tx = db.transaction('cards', 'readwrite');
	const found = await Promise.all(ids.map((id) => tx.store.get(id)));
	if (found.some((c) => !c)) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new MissingCardError('That card is no longer there: reload to see the cards as they are.');
	}
	const change: CardChange = { before: [], after: [] };
	const writes: Promise<unknown>[] = [];
	for (const card of found as StoredCard[]) {
		const next = act(card);
		if (next === card || JSON.stringify(next) === JSON.stringify(card)) continue;
		change.before.push(card);
		change.after.push(next);
		writes.push(tx.store.put(next));
	}
	await Promise.all([...writes, tx.done]);
	return change;
}

/** Puts cards back as they were (Undo of an act), in one transaction. */
export async function restoreCards(db: DossierDatabase, cards: readonly StoredCard[]): Promise<void> {
	const tx = db.transaction('cards', 'readwrite');
	await Promise.all([...cards.map((c) => tx.store.put(c)), tx.done]);
}

/**
 * Buried cards whose day is over (due at or before `now`) back in the deck: one index
 * lookup, nothing written when none is. Returns how many came back.
 */
export async function wakeBuried(db: DossierDatabase, now: Date): Promise<number> {
	const range = IDBKeyRange.bound([BURIED_QUEUE, -Infinity], [BURIED_QUEUE, now.getTime()]);
	const count = await db.countFromIndex('cards', 'queue', range);
	if (count === 0) return 0;
	const { unburied } = await import('$lib/domain/review/card-actions');
	const tx = db.transaction('cards', 'readwrite');
	const index = tx.store.index('queue');
	let woken = 0;
	for (let c = await index.openCursor(range); c; c = await c.continue()) {
		woken++;
		void c.update(unburied(c.value));
	}
	await tx.done;
	return woken;
}

/** A card's review history, oldest first. */
export async function historyOf(db: DossierDatabase, cardId: string): Promise<ReviewEntry[]> {
	const entries = await db.getAllFromIndex('reviewLog', 'cardId', cardId);
	return entries.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** Everything the cards screen shows, read in one transaction; deleted cards left out. */
export async function cardsWithFacts(db: DossierDatabase): Promise<{
	cards: StoredCard[];
	facts: Map<string, Fact>;
	titles: Map<string, string>;
}> {
	const tx = db.transaction(['cards', 'facts', 'articles']);
	const [cards, facts, articles] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('facts').getAll(),
		tx.objectStore('articles').getAll()
	]);
	await tx.done;
	return {
		cards: cards.filter((c) => c && typeof c.id === 'string' && !isDeleted(c)),
		facts: new Map(facts.map((f) => [f.id, f])),
		titles: new Map(articles.map((a: Article) => [a.id, a.title]))
	};
}

/** Counts for the stats screen: the learner's suspensions, buried cards and leeches. */
export interface CardCounts {
	/** Suspended by the learner (or as leeches). */
	suspended: number;
	/** Suspended because their fact changed or left the articles. */
	factGone: number;
	buried: number;
	leeches: number;
	flagged: number;
}

/** Counts the cards out of reviews and those tagged, one pass over the deck. */
export async function cardCounts(db: DossierDatabase): Promise<CardCounts> {
	const counts: CardCounts = { suspended: 0, factGone: 0, buried: 0, leeches: 0, flagged: 0 };
	let cursor = await db.transaction('cards').store.openCursor();
	for (; cursor; cursor = await cursor.continue()) {
		const card = cursor.value;
		if (!card || isDeleted(card)) continue;
		if (card.queue === BURIED_QUEUE) counts.buried++;
		if (card.queue === SUSPENDED_QUEUE) {
			if (card.suspended === 'user' || card.suspended === 'leech') counts.suspended++;
			else counts.factGone++;
		}
		if (card.leech) counts.leeches++;
		if (card.flag) counts.flagged++;
	}
	return counts;
}

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
import { reportBadRecord } from './integrity';
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
		throw new MissingCardError(
			'That card is no longer there: reload to see the cards as they are.'
		);
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
export async function restoreCards(
	db: DossierDatabase,
	cards: readonly StoredCard[]
): Promise<void> {
	const tx = db.transaction('cards', 'readwrite');
	await Promise.all([...cards.map((c) => tx.store.put(c)), tx.done]);
}

export { wakeBuried } from './cards';

/** A card's review history, oldest first. */
export async function historyOf(db: DossierDatabase, cardId: string): Promise<ReviewEntry[]> {
	const entries = await db.getAllFromIndex('reviewLog', 'cardId', cardId);
	return entries.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/**
 * Everything the cards screen shows, read in one transaction; deleted cards and records that
 * are not valid cards (reported once, for Check database) left out.
 */
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
	const { recordProblem } = await import('./records');
	const valid = cards.filter((c) => {
		const problem = recordProblem('cards', c);
		if (problem) reportBadRecord('cards', (c as { id?: unknown } | null)?.id ?? '?', problem);
		return problem === null;
	});
	return {
		cards: valid.filter((c) => !isDeleted(c)),
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

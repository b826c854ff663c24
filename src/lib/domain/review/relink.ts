/**
 * Which card each fact of a new pack gets. A card is never deleted by new content: it follows
 * its point (same sentence and answer, see ./anchors.ts) to whatever id the fact has now, and
 * a card whose point is gone is suspended with its state, to come back if the point does.
 */
import type { Fact } from '../facts/types';
import { anchorKeys, anchorOf } from './anchors';
import {
	cardForFact,
	factIdOf,
	isContentSuspension,
	NEW_QUEUE,
	SUSPENDED_QUEUE,
	suspendedCard,
	unsuspended,
	type StoredCard
} from './cards';

export interface CardChanges {
	added: number;
	/** Cards now quizzing a fact with another id than before. */
	relinked: number;
	suspended: number;
	unsuspended: number;
}

export interface CardPlan {
	/** Cards to put (new or changed); no card is ever to be deleted. */
	writes: StoredCard[];
	changes: CardChanges;
}

type FactLike = Pick<Fact, 'id' | 'articleIds' | 'quiz' | 'evidence'>;

/**
 * The deck after a pack: `stored` is every card, `previous` the facts they were made from
 * (for cards stored before they carried their keys), `facts` the pack's facts in order.
 */
export function planCards(
	stored: readonly StoredCard[],
	previous: ReadonlyMap<string, FactLike>,
	facts: readonly FactLike[],
	now: Date
): CardPlan {
	const keysOf = new Map<StoredCard, string[]>();
	const byKey = new Map<string, StoredCard[]>();
	const byFactId = new Map<string, StoredCard[]>();
	for (const card of stored) {
		const old = previous.get(factIdOf(card));
		const keys = card.keys?.length ? card.keys : old ? anchorKeys(old) : [];
		keysOf.set(card, keys);
		for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), card]);
		byFactId.set(factIdOf(card), [...(byFactId.get(factIdOf(card)) ?? []), card]);
	}
	const quizzed = facts.filter((f) => f.quiz.length > 0);
	const anchors = quizzed.map((f) => anchorOf(f));
	const factKeys = quizzed.map((f) => anchorKeys(f));
	const match = new Map<number, StoredCard>();
	const claimed = new Set<StoredCard>();
	const claim = (i: number, card: StoredCard | undefined) => {
		if (!card) return;
		match.set(i, card);
		claimed.add(card);
	};
	const shares = (card: StoredCard, keys: string[]) =>
		keysOf.get(card)!.some((k) => keys.includes(k));
	// 1. The card already on this fact id, if it still asks the same point (or cannot tell).
	quizzed.forEach((fact, i) =>
		claim(
			i,
			byFactId
				.get(fact.id)
				?.find((c) => !claimed.has(c) && (keysOf.get(c)!.length === 0 || shares(c, factKeys[i]!)))
		)
	);
	// 2. Any card on the same point, whatever its fact's id was: first by the same sentence
	// and main answer, then by another answer its questions ask for, last by the sentence
	// alone (the same sentences, now asked about another detail: a new derivation).
	for (const level of ['strong', 'weak', 'sentence'] as const) {
		quizzed.forEach((_, i) => {
			if (match.has(i)) return;
			for (const key of anchors[i]![level]) {
				const card = byKey.get(key)?.find((c) => !claimed.has(c));
				if (card) return claim(i, card);
			}
		});
	}

	const changes: CardChanges = { added: 0, relinked: 0, suspended: 0, unsuspended: 0 };
	const writes: StoredCard[] = [];
	const ids = new Set(stored.map((c) => c.id));
	quizzed.forEach((fact, order) => {
		const card = match.get(order);
		const keys = factKeys[order]!;
		if (!card) {
			changes.added++;
			writes.push(cardForFact(fact, order, now, keys, freeId(fact.id, ids)));
			return;
		}
		if (factIdOf(card) !== fact.id) changes.relinked++;
		let next: StoredCard = {
			...card,
			factId: fact.id,
			keys,
			articleIds: [...fact.articleIds],
			order
		};
		// Only the content's suspension ends with its point back: the learner's stays.
		if (isContentSuspension(card)) {
			changes.unsuspended++;
			next = unsuspended(next);
		} else if (next.queue === NEW_QUEUE) next.due = order;
		if (JSON.stringify(next) !== JSON.stringify(card)) writes.push(next);
	});
	for (const card of stored) {
		if (claimed.has(card) || card.queue === SUSPENDED_QUEUE) continue;
		changes.suspended++;
		writes.push(suspendedCard(card, 'fact-gone'));
	}
	return { writes, changes };
}

/** `id`, or `id~2`, `id~3`… when a card (of another point) already has it. */
function freeId(id: string, taken: Set<string>): string {
	let candidate = id;
	for (let n = 2; taken.has(candidate); n++) candidate = `${id}~${n}`;
	taken.add(candidate);
	return candidate;
}

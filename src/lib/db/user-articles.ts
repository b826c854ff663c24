/**
 * The user's own articles in the database: saved with their facts and cards in one
 * transaction, deleted (their cards suspended, the review log kept) and put back by Undo,
 * and re-derived when the facts pipeline changes.
 */
import type { Article } from '$lib/domain/article';
import { DERIVATION_VERSION, type Fact } from '$lib/domain/facts/types';
import {
	factIdOf,
	NEW_QUEUE,
	SUSPENDED_QUEUE,
	suspendedCard,
	unsuspended
} from '$lib/domain/review/cards';
import type { StoredCard } from '$lib/domain/review/cards';
import { planCards } from '$lib/domain/review/relink';
import { userCardOrder } from '$lib/domain/user/ids';
import { summaryKey, summaryRecord } from './article-summaries';
import type { DossierDatabase, MetaRecord, StoredFact } from './schema';

/** The meta record of a user article: when it was added and by which derivation. */
export interface UserArticleStamp {
	addedAt: number;
	derivation: number;
}

/** The meta key of a user article's stamp. */
export const stampKey = (articleId: string): string => `user-article:${articleId}`;
/**
 * Goes up by one with every article added, re-derived, deleted or put back: what a search
 * index (or any cache of the articles) watches to know it is stale.
 */
export const ARTICLES_REVISION_KEY = 'articles-revision';

type WriteTx = ReturnType<typeof writeTx>;
const writeTx = (db: DossierDatabase) =>
	db.transaction(['articles', 'facts', 'cards', 'meta', 'progress'], 'readwrite');

async function bumpRevision(tx: WriteTx): Promise<void> {
	const meta = tx.objectStore('meta');
	const current = (await meta.get(ARTICLES_REVISION_KEY))?.value;
	await meta.put({
		key: ARTICLES_REVISION_KEY,
		value: (typeof current === 'number' ? current : 0) + 1
	});
}

/** The articles revision (0 before any change). */
export async function articlesRevision(db: DossierDatabase): Promise<number> {
	const value = (await db.get('meta', ARTICLES_REVISION_KEY))?.value;
	return typeof value === 'number' ? value : 0;
}

function stampOf(record: MetaRecord | undefined): UserArticleStamp | null {
	const value = record?.value as Partial<UserArticleStamp> | undefined;
	return typeof value?.addedAt === 'number' && typeof value.derivation === 'number'
		? { addedAt: value.addedAt, derivation: value.derivation }
		: null;
}

export interface SaveResult {
	facts: number;
	/** New cards; cards whose fact is gone (suspended); new cards the learner left out. */
	cards: { added: number; suspended: number; leftOut: number };
}

/**
 * Writes a user article and its facts (replacing the facts an earlier derivation gave it),
 * with a new card for each fact with a question; a card whose fact is gone is suspended,
 * never deleted. One transaction: all of it or nothing.
 */
export async function saveUserArticle(
	db: DossierDatabase,
	built: { article: Article; facts: Fact[] },
	now: Date,
	/** Facts whose new card the learner left out: it is made suspended, to be taken up later. */
	leaveOut: Iterable<string> = []
): Promise<SaveResult> {
	const left = new Set(leaveOut);
	const { article } = built;
	if (article.origin !== 'imported')
		throw new Error('Only the user’s own articles are saved here.');
	const tx = writeTx(db);
	const facts = tx.objectStore('facts');
	const cards = tx.objectStore('cards');
	const [previousFacts, storedCards, stampRecord] = await Promise.all([
		facts.index('articleIds').getAll(article.id),
		cards.index('articleIds').getAll(article.id),
		tx.objectStore('meta').get(stampKey(article.id))
	]);
	const addedAt = stampOf(stampRecord)?.addedAt ?? now.getTime();
	const own = previousFacts.filter((f) => f.origin === 'imported');
	const incoming: StoredFact[] = built.facts.map((f) => ({ ...f, origin: 'imported' }));
	const plan = planCards(storedCards, new Map(own.map((f) => [f.id, f])), incoming, now);
	const existing = new Set(storedCards.map((c) => c.id));
	const planned = new Set(incoming.map((f) => f.id));
	let leftOut = 0;
	const writes = plan.writes.map((card): StoredCard => {
		// A card on one of the incoming facts has the plan's order (its fact's place in the
		// article), also when the learner suspended it; a card whose fact is gone keeps its own.
		if (!planned.has(factIdOf(card))) return card;
		const order = userCardOrder(addedAt, card.order);
		if (card.queue !== NEW_QUEUE) return { ...card, order };
		const placed = { ...card, order, due: order };
		// Only a card made now is left out: a card the learner already has keeps its place.
		if (existing.has(card.id) || !left.has(factIdOf(card))) return placed;
		leftOut++;
		return suspendedCard(placed, 'user');
	});
	const keep = new Set(incoming.map((f) => f.id));
	await Promise.all([
		tx.objectStore('articles').put(article),
		tx.objectStore('meta').put(summaryRecord(article)),
		...own.filter((f) => !keep.has(f.id)).map((f) => facts.delete(f.id)),
		...incoming.map((f) => facts.put(f)),
		...writes.map((c) => cards.put(c)),
		tx.objectStore('meta').put({
			key: stampKey(article.id),
			value: { addedAt, derivation: DERIVATION_VERSION } satisfies UserArticleStamp
		}),
		bumpRevision(tx),
		tx.done
	]);
	return {
		facts: incoming.length,
		cards: { added: plan.changes.added - leftOut, suspended: plan.changes.suspended, leftOut }
	};
}

/** What a delete took away: enough for Undo to put it all back. */
export interface DeletedArticle {
	article: Article;
	facts: StoredFact[];
	stamp: UserArticleStamp | null;
	/** The cards the delete suspended (cards suspended before stay so). */
	suspendedCardIds: string[];
}

/** Thrown when there is no such user article; nothing has been changed. */
export class NoSuchArticleError extends Error {
	override name = 'NoSuchArticleError';
}

/**
 * Deletes a user article and its facts; its cards leave every review (suspended, their state
 * and the review log kept). Reading progress stays, for Undo. One transaction.
 */
export async function deleteUserArticle(db: DossierDatabase, id: string): Promise<DeletedArticle> {
	const tx = writeTx(db);
	const [article, facts, cards, stamp] = await Promise.all([
		tx.objectStore('articles').get(id),
		tx.objectStore('facts').index('articleIds').getAll(id),
		tx.objectStore('cards').index('articleIds').getAll(id),
		tx.objectStore('meta').get(stampKey(id))
	]);
	if (!article || article.origin !== 'imported') {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new NoSuchArticleError('This article is not one of yours, or it was already deleted.');
	}
	const own = facts.filter((f) => f.origin === 'imported');
	const suspend = cards.filter((c) => c.queue !== SUSPENDED_QUEUE);
	await Promise.all([
		tx.objectStore('articles').delete(id),
		...own.map((f) => tx.objectStore('facts').delete(f.id)),
		...suspend.map((c) => tx.objectStore('cards').put(suspendedCard(c, 'fact-gone'))),
		tx.objectStore('meta').delete(stampKey(id)),
		tx.objectStore('meta').delete(summaryKey(id)),
		bumpRevision(tx),
		tx.done
	]);
	return {
		article,
		facts: own,
		stamp: stampOf(stamp),
		suspendedCardIds: suspend.map((c) => c.id)
	};
}

/** Puts a deleted article back as it was: its facts, and its cards back in review. */
export async function undoDelete(db: DossierDatabase, deleted: DeletedArticle): Promise<void> {
	const tx = writeTx(db);
	const cards = tx.objectStore('cards');
	const stored = await Promise.all(deleted.suspendedCardIds.map((id) => cards.get(id)));
	await Promise.all([
		tx.objectStore('articles').put(deleted.article),
		tx.objectStore('meta').put(summaryRecord(deleted.article)),
		...deleted.facts.map((f) => tx.objectStore('facts').put(f)),
		...stored.flatMap((c) => (c && c.queue === SUSPENDED_QUEUE ? [cards.put(unsuspended(c))] : [])),
		...(deleted.stamp
			? [tx.objectStore('meta').put({ key: stampKey(deleted.article.id), value: deleted.stamp })]
			: []),
		bumpRevision(tx),
		tx.done
	]);
}

/**
 * The user's articles whose facts an older derivation made (or that have none recorded, as
 * after a restore): to derive again with this version's pipeline. The library asks on every
 * visit, so the stamps are read in one request and only the stale articles' texts are read.
 */
export async function staleUserArticles(db: DossierDatabase): Promise<Article[]> {
	const tx = db.transaction(['articles', 'meta']);
	const prefix = stampKey('');
	const [ids, stamps] = await Promise.all([
		tx.objectStore('articles').index('origin').getAllKeys('imported'),
		tx.objectStore('meta').getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))
	]);
	const current = new Set(
		stamps.filter((s) => stampOf(s)?.derivation === DERIVATION_VERSION).map((s) => s.key)
	);
	const stale = ids.filter((id) => !current.has(stampKey(id)));
	const articles = await Promise.all(stale.map((id) => tx.objectStore('articles').get(id)));
	await tx.done;
	return articles.filter((a): a is Article => a?.origin === 'imported');
}

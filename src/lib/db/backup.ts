/**
 * Backup and restore of the user's data: read in one transaction, restored in one
 * transaction (merge or replace), so that a restore happens whole or not at all.
 */
import type { BackupData, BackupFile, RestoreMode } from '$lib/domain/backup/format';
import {
	cardTime,
	missingReviews,
	newerWins,
	progressTime,
	settingTime,
	uniqueReviews
} from '$lib/domain/backup/merge';
import { emptyCard, NEW_QUEUE, type StoredCard } from '$lib/domain/review/cards';
import { CardState } from '$lib/domain/review/model';
import { summaryKey } from './article-summaries';
import { failureOf } from './errors';
import type { DossierDatabase, StoredFact } from './schema';

const USER_STORES = ['articles', 'facts', 'progress', 'settings', 'cards', 'reviewLog'] as const;

/** Everything the user owns, read in one transaction (a consistent snapshot). */
export async function readBackupData(db: DossierDatabase): Promise<BackupData> {
	const tx = db.transaction([...USER_STORES]);
	const [articles, facts, progress, settings, cards, reviewLog] = await Promise.all([
		tx.objectStore('articles').index('origin').getAll('imported'),
		tx.objectStore('facts').index('origin').getAll('imported'),
		tx.objectStore('progress').getAll(),
		tx.objectStore('settings').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviewLog').getAll(),
		tx.done
	]);
	return {
		articles,
		facts: facts as BackupData['facts'],
		progress,
		settings,
		cards,
		reviewLog
	};
}

/** Every card with the facts and articles it comes from, in one transaction (for Anki). */
export async function readDeck(db: DossierDatabase) {
	const tx = db.transaction(['cards', 'facts', 'articles']);
	const [cards, facts, articles] = await Promise.all([
		tx.objectStore('cards').getAll(),
		tx.objectStore('facts').getAll(),
		tx.objectStore('articles').getAll(),
		tx.done
	]);
	return { cards, facts, articles };
}

export interface RestoreResult {
	mode: RestoreMode;
	/** Records written from the file, per store. */
	articles: number;
	facts: number;
	progress: number;
	settings: number;
	cards: number;
	reviews: number;
}

/** A card the file does not know, set back to new (Replace: the file's history is the truth). */
function asNew(card: StoredCard, now: Date): StoredCard {
	return {
		...card,
		queue: NEW_QUEUE,
		due: card.order,
		state: CardState.New,
		fsrs: emptyCard(now)
	};
}

/**
 * Restores a checked backup in one transaction. Merge: by id, the newer record wins and
 * the review logs are united without duplicates. Replace: the user's stores become the
 * file's (cards the file lacks start again as new; the pack's articles and facts stay).
 * If any write fails, the transaction aborts and nothing changes.
 */
export async function restoreBackup(
	db: DossierDatabase,
	file: BackupFile,
	mode: RestoreMode,
	now: Date = new Date()
): Promise<RestoreResult> {
	const { tx, store } = restoreStores(db);
	const done = tx.done;
	// Awaited below on success; an abort rejects it, and the error that caused it is thrown.
	done.catch(() => undefined);
	try {
		const result = await restoreInto(store, file.data, mode, now);
		await done;
		return result;
	} catch (error) {
		// A full disk aborts the transaction: its own error says so, the requests' do not.
		const reason = failureOf(tx, error);
		// A write that throws (rather than fails its request) would leave the earlier ones to
		// commit: abort, so the restore happens whole or not at all.
		try {
			tx.abort();
		} catch {
			// Already aborted by the failed request.
		}
		throw reason;
	}
}

type RestoreTx = ReturnType<typeof restoreStores>;

function restoreStores(db: DossierDatabase) {
	// The meta store too: the library's summaries of the articles a restore replaces go with them.
	const tx = db.transaction([...USER_STORES, 'meta'], 'readwrite');
	return {
		tx,
		store: {
			meta: tx.objectStore('meta'),
			articles: tx.objectStore('articles'),
			facts: tx.objectStore('facts'),
			progress: tx.objectStore('progress'),
			settings: tx.objectStore('settings'),
			cards: tx.objectStore('cards'),
			reviewLog: tx.objectStore('reviewLog')
		}
	};
}

/** Reads what the restore needs and issues every write of it; resolves when all succeeded. */
async function restoreInto(
	store: RestoreTx['store'],
	data: BackupData,
	mode: RestoreMode,
	now: Date
): Promise<RestoreResult> {
	const [articleIds, factIds, progress, settings, cards, reviews] = await Promise.all([
		store.articles.index('origin').getAllKeys('imported'),
		store.facts.index('origin').getAllKeys('imported'),
		store.progress.getAll(),
		store.settings.getAll(),
		store.cards.getAll(),
		store.reviewLog.getAll()
	]);
	const writes: Promise<unknown>[] = [];
	// Each request's promise is watched from the start: if a later write throws, the abort
	// rejects the earlier ones, and that must not surface as an unhandled rejection.
	const write = (request: Promise<unknown>) => {
		request.catch(() => undefined);
		writes.push(request);
	};
	const fileFacts: StoredFact[] = data.facts;
	let result: RestoreResult;
	if (mode === 'replace') {
		const fileCards = new Set(data.cards.map((c) => c.id));
		const log = uniqueReviews(data.reviewLog);
		for (const id of articleIds) write(store.articles.delete(id));
		// A restored article may reuse an id with other content: its summary is made again.
		for (const id of articleIds) write(store.meta.delete(summaryKey(id)));
		for (const id of factIds) write(store.facts.delete(id));
		write(store.progress.clear());
		write(store.settings.clear());
		write(store.reviewLog.clear());
		for (const a of data.articles) write(store.articles.put(a));
		for (const f of fileFacts) write(store.facts.put(f));
		for (const p of data.progress) write(store.progress.put(p));
		for (const s of data.settings) write(store.settings.put(s));
		for (const c of cards) if (!fileCards.has(c.id)) write(store.cards.put(asNew(c, now)));
		for (const c of data.cards) write(store.cards.put(c));
		for (const e of log)
			write(e.id === undefined ? store.reviewLog.add(e) : store.reviewLog.put(e));
		result = {
			mode,
			articles: data.articles.length,
			facts: fileFacts.length,
			progress: data.progress.length,
			settings: data.settings.length,
			cards: data.cards.length,
			reviews: log.length
		};
	} else {
		const haveArticle = new Set(articleIds);
		const haveFact = new Set(factIds);
		// Imported texts do not change once saved: the copy here is kept, missing ones added.
		const newArticles = data.articles.filter((a) => !haveArticle.has(a.id));
		const newFacts = fileFacts.filter((f) => !haveFact.has(f.id));
		const newProgress = newerWins(progress, data.progress, (p) => p.articleId, progressTime);
		const newSettings = newerWins(settings, data.settings, (s) => s.key, settingTime);
		const newCards = newerWins(cards, data.cards, (c) => c.id, cardTime);
		const newReviews = missingReviews(reviews, data.reviewLog);
		for (const a of newArticles) write(store.articles.put(a));
		for (const a of newArticles) write(store.meta.delete(summaryKey(a.id)));
		for (const f of newFacts) write(store.facts.put(f));
		for (const p of newProgress) write(store.progress.put(p));
		for (const s of newSettings) write(store.settings.put(s));
		for (const c of newCards) write(store.cards.put(c));
		for (const e of newReviews) write(store.reviewLog.add(e));
		result = {
			mode,
			articles: newArticles.length,
			facts: newFacts.length,
			progress: newProgress.length,
			settings: newSettings.length,
			cards: newCards.length,
			reviews: newReviews.length
		};
	}
	await Promise.all(writes);
	return result;
}

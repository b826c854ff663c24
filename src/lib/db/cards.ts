/**
 * The review deck in IndexedDB: the next card is one index lookup (never the whole deck),
 * and a review writes the card and its log entry in one transaction.
 */
import type { Fact } from '$lib/domain/facts/types';
import {
	CLOCK_SLACK_MS,
	factIdOf,
	BURIED_QUEUE,
	NEW_QUEUE,
	SCHEDULED_QUEUE,
	SUSPENDED_QUEUE,
	rebased,
	restored,
	scheduled,
	type ReviewEntry,
	type StoredCard
} from '$lib/domain/review/cards';
import {
	CardState,
	nextReviewDay,
	reviewDayStart,
	type CardStateValue
} from '$lib/domain/review/model';
import type { Grade } from '$lib/domain/review/model';
import type { Scheduler } from '$lib/domain/review/scheduler';
import { recordChecks, reportBadRecord } from './integrity';
import type { DossierDatabase } from './schema';

/** The record checks, loaded when cards are read for review (not on a first visit). */
const records = recordChecks;
/** The learner's acts (leeches, unburying), loaded when a card is graded or buried cards wake. */
const actions = () => import('$lib/domain/review/card-actions');
type Records = Awaited<ReturnType<typeof records>>;

/** The record if it is valid; else reported once and null. */
function valid<T>(checks: Records, store: 'cards' | 'facts' | 'reviewLog', record: T): T | null {
	if (record === undefined || record === null) return null;
	const problem = checks.recordProblem(store, record);
	if (problem === null) return record;
	const key = (record as { id?: unknown } | null)?.id;
	reportBadRecord(store, key ?? '?', problem);
	return null;
}

/** Thrown when a card or its fact cannot be read; nothing has been written. */
export class UnreadableCardError extends Error {
	override name = 'UnreadableCardError';
}

/** Scheduled cards due at `now` or before, in due order. */
const dueRange = (now: number) =>
	IDBKeyRange.bound([SCHEDULED_QUEUE, -Infinity], [SCHEDULED_QUEUE, now]);
const newRange = () => IDBKeyRange.bound([NEW_QUEUE, -Infinity], [NEW_QUEUE, Infinity]);

export interface DailyLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export interface DayCounts {
	/** New cards introduced and reviews done since the review day began (4 am). */
	newDone: number;
	reviewsDone: number;
}

/**
 * What today's reviews have used of the daily limits: the reviews logged between this review
 * day's 4 am and the next's. Reviews logged under a clock that was ahead (2030) count on their
 * own day, not today, so a clock put back never leaves today's limits used up.
 */
export async function dayCounts(db: DossierDatabase, now: Date): Promise<DayCounts> {
	const today = await db.getAllFromIndex(
		'reviewLog',
		'reviewedAt',
		IDBKeyRange.bound(reviewDayStart(now).getTime(), nextReviewDay(now).getTime(), false, true)
	);
	const newDone = today.filter((e) => e?.before?.state === CardState.New).length;
	return { newDone, reviewsDone: today.length - newDone };
}

/**
 * Brings cards reviewed under a clock that was ahead back to the device's time (see
 * `rebased`), so they come due by today's clock. Cheap when nothing is ahead: one index
 * lookup for log entries well after `now`. The log itself is never rewritten. Returns how
 * many cards moved.
 */
export async function settleClock(db: DossierDatabase, now: Date): Promise<number> {
	const ahead = await db.getAllKeysFromIndex(
		'reviewLog',
		'reviewedAt',
		IDBKeyRange.lowerBound(now.getTime() + CLOCK_SLACK_MS, true)
	);
	if (ahead.length === 0) return 0;
	const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
	const log = tx.objectStore('reviewLog');
	const cards = tx.objectStore('cards');
	const entries = await Promise.all(ahead.map((key) => log.get(key)));
	const ids = new Set(entries.map((e) => e?.cardId).filter((id) => typeof id === 'string'));
	let moved = 0;
	for (const id of ids) {
		const card = await cards.get(id);
		if (!card?.fsrs?.last_review || !card.fsrs.due) continue;
		const next = rebased(card, now);
		if (next === card) continue;
		moved++;
		void cards.put(next);
	}
	await tx.done;
	return moved;
}

/**
 * Buried cards whose day is over (due at or before `now`) back in the deck: one index count,
 * nothing written when none is. Returns how many came back.
 */
export async function wakeBuried(db: DossierDatabase, now: Date): Promise<number> {
	const range = IDBKeyRange.bound([BURIED_QUEUE, -Infinity], [BURIED_QUEUE, now.getTime()]);
	if ((await db.countFromIndex('cards', 'queue', range)) === 0) return 0;
	const { unburied } = await actions();
	const tx = db.transaction('cards', 'readwrite');
	let woken = 0;
	for (let c = await tx.store.index('queue').openCursor(range); c; c = await c.continue()) {
		woken++;
		void c.update(unburied(c.value));
	}
	await tx.done;
	return woken;
}

export interface DueSummary {
	/** Scheduled cards due now (within the daily review limit). */
	due: number;
	/** New cards that may still be introduced today. */
	fresh: number;
	total: number;
}

/** How many cards are due now, counted by the index. */
export async function dueSummary(
	db: DossierDatabase,
	now: Date,
	limits: DailyLimits
): Promise<DueSummary> {
	await settleClock(db, now);
	await wakeBuried(db, now);
	const [scheduledDue, newCount, counts] = await Promise.all([
		db.countFromIndex('cards', 'queue', dueRange(now.getTime())),
		db.countFromIndex('cards', 'queue', newRange()),
		dayCounts(db, now)
	]);
	const due = Math.min(scheduledDue, Math.max(0, limits.reviewsPerDay - counts.reviewsDone));
	const fresh = Math.min(newCount, Math.max(0, limits.newPerDay - counts.newDone));
	return { due, fresh, total: due + fresh };
}

/**
 * The next card to review: the most overdue scheduled card, else the next new one. A card
 * that is not valid is skipped (and reported once), never served; so are the cards in `skip`
 * (the session found them unusable: their fact cannot be read).
 */
export async function nextCard(
	db: DossierDatabase,
	now: Date,
	limits: DailyLimits,
	counts?: DayCounts,
	skip: ReadonlySet<string> = new Set()
): Promise<StoredCard | null> {
	const [checks] = await Promise.all([records(), settleClock(db, now)]);
	await wakeBuried(db, now);
	const used = counts ?? (await dayCounts(db, now));
	const index = db.transaction('cards').store.index('queue');
	const first = async (range: IDBKeyRange) => {
		for (let c = await index.openCursor(range); c; c = await c.continue()) {
			if (!skip.has(c.primaryKey) && valid(checks, 'cards', c.value)) return c.value;
		}
		return null;
	};
	if (used.reviewsDone < limits.reviewsPerDay) {
		const due = await first(dueRange(now.getTime()));
		if (due) return due;
	}
	if (used.newDone < limits.newPerDay) return first(newRange());
	return null;
}

/** The next card of one article: its due cards first, then its new ones (no daily limit). */
export async function nextCardOfArticle(
	db: DossierDatabase,
	articleId: string,
	now: Date,
	skip: ReadonlySet<string> = new Set()
): Promise<StoredCard | null> {
	const [checks, all] = await Promise.all([
		records(),
		db.getAllFromIndex('cards', 'articleIds', articleId)
	]);
	const cards = all.filter((c) => !skip.has(c?.id) && valid(checks, 'cards', c));
	const due = cards
		.filter((c) => c.queue === SCHEDULED_QUEUE && c.due <= now.getTime())
		.sort((a, b) => a.due - b.due);
	const fresh = cards.filter((c) => c.queue === NEW_QUEUE).sort((a, b) => a.order - b.order);
	return due[0] ?? fresh[0] ?? null;
}

/** A card and the fact it quizzes, or null when either is missing or not valid. */
export async function cardWithFact(
	db: DossierDatabase,
	cardId: string,
	/** Headlines read before, by article id: a session reads each article once, not per card. */
	headlines: Map<string, string | null> = new Map()
): Promise<{ card: StoredCard; fact: Fact; headline: string | null } | null> {
	const checks = await records();
	const tx = db.transaction(['cards', 'facts', 'articles']);
	const card = valid(checks, 'cards', await tx.objectStore('cards').get(cardId));
	if (!card) return null;
	const fact = valid(checks, 'facts', await tx.objectStore('facts').get(factIdOf(card)));
	if (!fact) return null;
	return { card, fact, headline: await headlineOf(tx.objectStore('articles'), fact, headlines) };
}

/**
 * The headline of the article a fact comes from: shown above the question, so that the card
 * is read against its story ("the code" under "New building code to protect homes …"). Only
 * its title is read; a record without one gives none, and the card is still served.
 */
async function headlineOf(
	articles: { get(id: string): Promise<unknown> },
	fact: Fact,
	known: Map<string, string | null>
): Promise<string | null> {
	const articleId = fact.evidence[0]?.articleId;
	if (!articleId) return null;
	if (known.has(articleId)) return known.get(articleId)!;
	const title = ((await articles.get(articleId)) as { title?: unknown } | undefined)?.title;
	const headline = typeof title === 'string' && title.trim() ? title.trim() : null;
	known.set(articleId, headline);
	return headline;
}

export interface Answer {
	grade: Grade;
	now: Date;
	durationMs: number;
	itemId: string | null;
	correct: boolean | null;
	/** Lapses that make a card a leech (suspended, the learner told once). */
	leechThreshold?: number;
}

/**
 * Records a review: the card's new state and its log entry, together or not at all. The
 * scheduler counts from the later of the device clock and the card's last review; the entry
 * logs both. A card that cannot be read (or is suspended) is refused, nothing written.
 */
export async function answerCard(
	db: DossierDatabase,
	cardId: string,
	answer: Answer,
	scheduler: Scheduler
): Promise<{ card: StoredCard; entry: ReviewEntry; leech: boolean }> {
	const [checks, { withLeech }] = await Promise.all([records(), actions()]);
	const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
	const card = valid(checks, 'cards', await tx.objectStore('cards').get(cardId));
	if (!card || card.queue === SUSPENDED_QUEUE) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new UnreadableCardError(
			card
				? card.suspended === 'fact-gone' || card.suspended === 'orphan'
					? 'This card was suspended: its fact changed or left the content.'
					: 'This card is out of reviews (suspended or deleted).'
				: 'This card cannot be read. Settings → Check database can repair it.'
		);
	}
	const outcome = scheduler.review(card.fsrs, answer.now, answer.grade);
	const next = withLeech(
		scheduled(card, outcome.card),
		answer.now.getTime(),
		answer.leechThreshold
	);
	const entry: ReviewEntry = {
		cardId,
		rating: answer.grade,
		reviewedAt: answer.now.getTime(),
		usedAt: new Date(outcome.log.review).getTime(),
		durationMs: Math.max(0, Math.round(answer.durationMs)),
		itemId: answer.itemId,
		correct: answer.correct,
		before: card.fsrs,
		after: outcome.card,
		log: outcome.log
	};
	const [, id] = await Promise.all([
		tx.objectStore('cards').put(next),
		tx.objectStore('reviewLog').add(entry),
		tx.done
	]);
	return { card: next, entry: { ...entry, id }, leech: next.leech === true && !card.leech };
}

/**
 * Takes back the last review: the card returns exactly to its state before it and the log
 * entry goes, in one transaction. Returns the card, or null with nothing to undo.
 * (The state comes from the log entry, not from ts-fsrs `rollback`, which does not give
 * back a learning card's due time: a property test found it.)
 */
export async function undoLastReview(db: DossierDatabase): Promise<StoredCard | null> {
	const { withoutLeechOf } = await actions();
	const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
	const last = await tx.objectStore('reviewLog').openCursor(null, 'prev');
	if (!last) {
		await tx.done;
		return null;
	}
	const entry = last.value;
	const card = entry?.before ? await tx.objectStore('cards').get(entry.cardId) : undefined;
	if (!card) {
		await tx.done;
		return null;
	}
	const previous = restored(withoutLeechOf(card, entry.reviewedAt), entry.before);
	await Promise.all([tx.objectStore('cards').put(previous), last.delete(), tx.done]);
	return previous;
}

/** Reviews from `since` (ms) on, oldest first; entries that are not valid are left out. */
export async function reviewsSince(db: DossierDatabase, since: number): Promise<ReviewEntry[]> {
	const [checks, entries] = await Promise.all([
		records(),
		db.getAllFromIndex('reviewLog', 'reviewedAt', IDBKeyRange.lowerBound(since))
	]);
	return entries.filter((e) => valid(checks, 'reviewLog', e));
}

/** How many cards are suspended (any reason: counted apart by `cardCounts`). */
export function suspendedCount(db: DossierDatabase): Promise<number> {
	return db.countFromIndex(
		'cards',
		'queue',
		IDBKeyRange.bound([SUSPENDED_QUEUE, -Infinity], [SUSPENDED_QUEUE, Infinity])
	);
}

/** How many cards are in each state. */
export async function cardsByState(db: DossierDatabase): Promise<Record<CardStateValue, number>> {
	const states = Object.values(CardState);
	const counts = await Promise.all(states.map((s) => db.countFromIndex('cards', 'state', s)));
	return Object.fromEntries(states.map((s, i) => [s, counts[i]!])) as Record<
		CardStateValue,
		number
	>;
}

/** Scheduled cards due in [from, to) (ms): for the forecast, one count per day. */
export function countDueBetween(db: DossierDatabase, from: number, to: number): Promise<number> {
	return db.countFromIndex(
		'cards',
		'queue',
		IDBKeyRange.bound([SCHEDULED_QUEUE, from], [SCHEDULED_QUEUE, to], false, true)
	);
}

/** When the first scheduled card after `now` is due (ms), or null when none is scheduled. */
export async function nextDueAfter(db: DossierDatabase, now: Date): Promise<number | null> {
	const cursor = await db
		.transaction('cards')
		.store.index('queue')
		.openCursor(IDBKeyRange.bound([SCHEDULED_QUEUE, now.getTime()], [SCHEDULED_QUEUE, Infinity]));
	return cursor?.value.due ?? null;
}

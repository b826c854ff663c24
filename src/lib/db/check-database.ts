/**
 * Check database (after Anki's): reads every record, repairs what it can and says what it
 * did. It never deletes the user's data: a card without a fact is suspended, a card without
 * its scheduling state is new again (its log kept). Pack records that are unreadable are
 * dropped and the pack is marked to be written again on the next start. Running it a
 * second time repairs nothing more.
 */
import * as v from 'valibot';
import {
	emptyCard,
	factIdOf,
	NEW_QUEUE,
	SCHEDULED_QUEUE,
	SUSPENDED_QUEUE,
	type StoredCard
} from '$lib/domain/review/cards';
import type { CardStateValue } from '$lib/domain/review/model';
import { forgetBadRecord } from './integrity';
import { PACK_META_KEY } from './meta';
import { FsrsCardSchema, recordProblem } from './records';
import type { DossierDatabase } from './schema';

export interface Finding {
	store: string;
	key: string;
	what: string;
}

export interface CheckReport {
	/** How many records of each store were read. */
	checked: Record<'cards' | 'facts' | 'reviewLog' | 'articles' | 'progress', number>;
	repaired: Finding[];
	/** Records that are not valid and could not be repaired (kept as they are). */
	unrepaired: Finding[];
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null;
/** JSON with keys sorted: equal records compare equal whatever order their fields were set in. */
function canonical(x: unknown): string {
	return JSON.stringify(x, (_key, value: unknown) =>
		isObject(value) && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
			: value
	);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Checks and repairs the whole database in one transaction; returns what it found. */
export async function checkDatabase(db: DossierDatabase, now: Date): Promise<CheckReport> {
	const tx = db.transaction(
		['cards', 'facts', 'reviewLog', 'articles', 'progress', 'meta'],
		'readwrite'
	);
	const [
		cardKeys,
		cards,
		factKeys,
		facts,
		logKeys,
		log,
		articleKeys,
		articles,
		progressKeys,
		progress
	] = await Promise.all([
		tx.objectStore('cards').getAllKeys(),
		tx.objectStore('cards').getAll() as Promise<unknown[]>,
		tx.objectStore('facts').getAllKeys(),
		tx.objectStore('facts').getAll() as Promise<unknown[]>,
		tx.objectStore('reviewLog').getAllKeys(),
		tx.objectStore('reviewLog').getAll() as Promise<unknown[]>,
		tx.objectStore('articles').getAllKeys(),
		tx.objectStore('articles').getAll() as Promise<unknown[]>,
		tx.objectStore('progress').getAllKeys(),
		tx.objectStore('progress').getAll() as Promise<unknown[]>
	]);
	const report: CheckReport = {
		checked: {
			cards: cards.length,
			facts: facts.length,
			reviewLog: log.length,
			articles: articles.length,
			progress: progress.length
		},
		repaired: [],
		unrepaired: []
	};
	const writes: Promise<unknown>[] = [];
	const repaired = (store: string, key: unknown, what: string) => {
		report.repaired.push({ store, key: String(key), what });
		forgetBadRecord(store, key);
	};
	let resync = false;

	// Pack articles and facts come back whole from the pack: drop a broken one, sync again.
	const validFacts = new Set<string>();
	for (const [store, keys, records] of [
		['articles', articleKeys, articles],
		['facts', factKeys, facts]
	] as const) {
		records.forEach((record, i) => {
			const key = keys[i]!;
			const problem = recordProblem(store, record);
			if (problem === null) {
				if (store === 'facts') validFacts.add(String(key));
				return;
			}
			// Only the pack's records come back from the pack: the user's ('imported', or any
			// origin a later version adds) are never dropped. A record without a readable origin
			// is taken as the pack's: the user's own are written whole, with their origin.
			if (isObject(record) && typeof record.origin === 'string' && record.origin !== 'pack') {
				report.unrepaired.push({ store, key: String(key), what: problem });
				return;
			}
			resync = true;
			writes.push(tx.objectStore(store).delete(key as string));
			repaired(store, key, `unreadable (${problem}): it comes back from the content pack`);
		});
	}
	if (resync) writes.push(tx.objectStore('meta').delete(PACK_META_KEY));

	progress.forEach((record, i) => {
		const key = progressKeys[i]!;
		if (recordProblem('progress', record) === null) return;
		writes.push(tx.objectStore('progress').put(repairedProgress(String(key), record)));
		repaired('progress', key, 'unreadable fields set to their start values');
	});

	cards.forEach((record, i) => {
		const key = String(cardKeys[i]!);
		const { card, what } = repairedCard(key, record, validFacts, now);
		if (what.length === 0) return;
		writes.push(tx.objectStore('cards').put(card));
		repaired('cards', key, what.join('; '));
	});

	// The log: an unreadable entry is kept (it may still say something); exact repeats go.
	const seen = new Set<string>();
	log.forEach((entry, i) => {
		const key = logKeys[i]!;
		const problem = recordProblem('reviewLog', entry);
		if (problem !== null) {
			report.unrepaired.push({ store: 'reviewLog', key: String(key), what: problem });
			return;
		}
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the id differs in repeats
		const { id, ...content } = entry as Loose;
		const fingerprint = canonical(content);
		if (!seen.has(fingerprint)) return void seen.add(fingerprint);
		writes.push(tx.objectStore('reviewLog').delete(key));
		repaired('reviewLog', key, 'the same review logged twice: the repeat removed');
	});

	await Promise.all([...writes, tx.done]);
	return report;
}

/** A progress record with every unreadable field at its start value. */
function repairedProgress(articleId: string, record: unknown) {
	const r = isObject(record) ? record : {};
	const num = (x: unknown, min: number, max: number) =>
		typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : min;
	return {
		articleId,
		paragraph: Math.floor(num(r.paragraph, 0, Number.MAX_SAFE_INTEGER)),
		percent: num(r.percent, 0, 100),
		finished: r.finished === true,
		lastRead: num(r.lastRead, 0, Number.MAX_SAFE_INTEGER)
	};
}

/** The card made whole, and what was wrong with it (nothing: unchanged). */
function repairedCard(
	key: string,
	record: unknown,
	facts: ReadonlySet<string>,
	now: Date
): { card: StoredCard; what: string[] } {
	const r: Loose = isObject(record) ? record : {};
	const what: string[] = [];
	const strings = (x: unknown) =>
		Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : null;
	let fsrs = v.safeParse(FsrsCardSchema, r.fsrs);
	if (!fsrs.success && isObject(r.fsrs)) {
		// Only the dates wrong: keep the memory state, due now.
		const dated = { ...r.fsrs, due: new Date(now), last_review: undefined };
		const retry = v.safeParse(FsrsCardSchema, dated);
		if (retry.success) {
			fsrs = retry;
			what.push('bad due date: due now');
		}
	}
	const state = fsrs.success ? fsrs.output : emptyCard(now);
	if (!fsrs.success) what.push('no scheduling state: new again (its log kept)');
	const order = Number.isInteger(r.order) ? (r.order as number) : 0;
	const card: StoredCard = {
		id: key,
		...(typeof r.factId === 'string' && r.factId ? { factId: r.factId } : {}),
		...(strings(r.keys) ? { keys: strings(r.keys)! } : {}),
		articleIds: strings(r.articleIds) ?? [],
		queue: state.state === 0 ? NEW_QUEUE : SCHEDULED_QUEUE,
		due: 0,
		order,
		state: state.state as CardStateValue,
		fsrs: state
	};
	const wasSuspended = r.queue === SUSPENDED_QUEUE;
	const orphan = !facts.has(factIdOf(card));
	if (wasSuspended || orphan) {
		card.queue = SUSPENDED_QUEUE;
		card.suspended =
			wasSuspended && (r.suspended === 'fact-gone' || r.suspended === 'orphan')
				? r.suspended
				: orphan
					? 'orphan'
					: 'fact-gone';
		if (orphan && !wasSuspended) what.push('no fact: suspended');
	}
	card.due =
		card.queue === NEW_QUEUE
			? order
			: card.queue === SCHEDULED_QUEUE
				? state.due.getTime()
				: typeof r.due === 'number' && Number.isFinite(r.due)
					? r.due
					: state.due.getTime();
	if (what.length === 0 && !same(card, r))
		what.push('fields out of step with its state: set again');
	return { card, what };
}

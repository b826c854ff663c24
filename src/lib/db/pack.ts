/**
 * Writing a content pack into the database: its articles and their key facts, in one
 * transaction, never touching the user's data.
 */
import type { IDBPObjectStore } from 'idb';
import * as v from 'valibot';
import { PACK_FORMAT, type Pack } from '$lib/domain/pack-format';
import { cardForFact, NEW_QUEUE } from '$lib/domain/review/cards';
import type { DossierDB, DossierDatabase, StoredFact } from './schema';
import { PackSchema } from './validate';

import { PACK_META_KEY } from './meta';

export { installedPackVersion } from './meta';

export interface PackSyncResult {
	version: string;
	added: number;
	updated: number;
	removed: number;
	facts: { added: number; updated: number; removed: number };
}

/** Thrown when a pack fails validation; nothing has been written. */
export class PackError extends Error {
	override name = 'PackError';
}

/** Puts what is new or changed and deletes what the pack dropped; counts each. */
function diff<T extends { id: string }>(
	stored: readonly T[],
	incoming: readonly T[],
	put: (item: T) => Promise<unknown>,
	remove: (id: string) => Promise<unknown>
): { added: number; updated: number; removed: number; writes: Promise<unknown>[] } {
	const storedById = new Map(stored.map((item) => [item.id, item]));
	const counts = { added: 0, updated: 0, removed: 0, writes: [] as Promise<unknown>[] };
	for (const item of incoming) {
		const previous = storedById.get(item.id);
		storedById.delete(item.id);
		if (previous && JSON.stringify(previous) === JSON.stringify(item)) continue;
		if (previous) counts.updated++;
		else counts.added++;
		counts.writes.push(put(item));
	}
	for (const id of storedById.keys()) {
		counts.removed++;
		counts.writes.push(remove(id));
	}
	return counts;
}

/**
 * Writes a pack in one transaction: new and changed pack articles and facts are put, those
 * no longer in it are deleted, and nothing else (progress, settings, cards, imported articles
 * and their facts) is touched. An invalid pack throws PackError and writes nothing.
 */
export async function syncPack(
	db: DossierDatabase,
	input: unknown,
	now: Date = new Date()
): Promise<PackSyncResult> {
	const parsed = v.safeParse(PackSchema, input);
	if (!parsed.success) {
		throw new PackError(`The content pack is not valid: ${v.summarize(parsed.issues)}`);
	}
	const pack = parsed.output as Pack;
	if (pack.format !== PACK_FORMAT) {
		throw new PackError(
			`The content pack has format ${pack.format}; this app reads ${PACK_FORMAT}.`
		);
	}
	const tx = db.transaction(['articles', 'facts', 'cards', 'meta'], 'readwrite');
	const articles = tx.objectStore('articles');
	const facts = tx.objectStore('facts');
	const [storedArticles, storedFacts] = await Promise.all([
		articles.index('origin').getAll('pack'),
		facts.index('origin').getAll('pack')
	]);
	const articleChanges = diff(
		storedArticles,
		pack.articles,
		(a) => articles.put(a),
		(id) => articles.delete(id)
	);
	const packFacts: StoredFact[] = pack.facts.map((fact) => ({ ...fact, origin: 'pack' }));
	const factChanges = diff(
		storedFacts,
		packFacts,
		(f) => facts.put(f),
		(id) => facts.delete(id)
	);
	const cardWrites = await syncCards(tx.objectStore('cards'), storedFacts, packFacts, now);
	const meta = tx.objectStore('meta').put({ key: PACK_META_KEY, value: { version: pack.version } });
	await Promise.all([
		...articleChanges.writes,
		...factChanges.writes,
		...cardWrites,
		meta,
		tx.done
	]);
	return {
		version: pack.version,
		added: articleChanges.added,
		updated: articleChanges.updated,
		removed: articleChanges.removed,
		facts: { added: factChanges.added, updated: factChanges.updated, removed: factChanges.removed }
	};
}

/**
 * One card per pack fact that has quiz items. A card keeps its review state as long as its
 * fact exists (ids are stable while the source sentence is); a fact that is gone takes its
 * card with it, while the review log keeps the history.
 */
async function syncCards(
	cards: IDBPObjectStore<
		DossierDB,
		('articles' | 'facts' | 'cards' | 'meta')[],
		'cards',
		'readwrite'
	>,
	previous: StoredFact[],
	current: StoredFact[],
	now: Date
): Promise<Promise<unknown>[]> {
	const writes: Promise<unknown>[] = [];
	const currentIds = new Set(current.map((f) => f.id));
	for (const gone of previous) if (!currentIds.has(gone.id)) writes.push(cards.delete(gone.id));
	let order = 0;
	for (const fact of current) {
		if (fact.quiz.length === 0) {
			writes.push(cards.delete(fact.id));
			continue;
		}
		const stored = await cards.get(fact.id);
		if (!stored) writes.push(cards.put(cardForFact(fact, order, now)));
		else if (stored.order !== order || stored.articleIds.join() !== fact.articleIds.join()) {
			const due = stored.queue === NEW_QUEUE ? order : stored.due;
			writes.push(cards.put({ ...stored, order, due, articleIds: [...fact.articleIds] }));
		}
		order++;
	}
	return writes;
}

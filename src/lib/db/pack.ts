/**
 * Writing a content pack into the database: its articles and their key facts, in one
 * transaction, never touching the user's data.
 */
import * as v from 'valibot';
import { PACK_FORMAT, type Pack } from '$lib/domain/pack-format';
import { planCards, type CardChanges } from '$lib/domain/review/relink';
import type { StoredCard } from '$lib/domain/review/cards';
import { failureOf, NewerVersionError } from './errors';
import type { DossierDatabase, StoredFact } from './schema';
import { PackSchema } from './validate';
import { isStoredCard } from './records';
import { isUserArticleId } from '$lib/domain/user/ids';

/** A card of the user's own articles only. */
const isUserCard = (c: StoredCard) =>
	c.articleIds.length > 0 && c.articleIds.every(isUserArticleId);

import { PACK_META_KEY } from './meta';
import { inSlices, yieldToMain, type Request } from './yield';

export { installedPackVersion } from './meta';

export interface PackSyncResult {
	version: string;
	added: number;
	updated: number;
	removed: number;
	facts: { added: number; updated: number; removed: number };
	/** What happened to the review deck: cards are added, re-linked or suspended, never deleted. */
	cards: CardChanges;
}

/** Thrown when a pack fails validation; nothing has been written. */
export class PackError extends Error {
	override name = 'PackError';
}

/** The puts of what is new or changed and the deletes of what the pack dropped; counts each. */
function diff<T extends { id: string }>(
	stored: readonly T[],
	incoming: readonly T[],
	put: (item: T) => Promise<unknown>,
	remove: (id: string) => Promise<unknown>
): { added: number; updated: number; removed: number; writes: Request[] } {
	const storedById = new Map(stored.map((item) => [item.id, item]));
	const counts = { added: 0, updated: 0, removed: 0, writes: [] as Request[] };
	for (const item of incoming) {
		const previous = storedById.get(item.id);
		storedById.delete(item.id);
		if (previous && JSON.stringify(previous) === JSON.stringify(item)) continue;
		if (previous) counts.updated++;
		else counts.added++;
		counts.writes.push(() => put(item));
	}
	for (const id of storedById.keys()) {
		counts.removed++;
		counts.writes.push(() => remove(id));
	}
	return counts;
}

/** What the meta store keeps of the pack last written: enough to refuse an older one. */
interface PackStamp {
	version: string;
	format: number;
	/** The facts pipeline's version (DERIVATION_VERSION) that derived the pack's facts. */
	derivation: number;
}

/** The stamp in a meta record; packs written before stamps read as format and derivation 0. */
function packStamp(record: { value: unknown } | undefined): PackStamp | null {
	const value = record?.value as Partial<Record<keyof PackStamp, unknown>> | undefined;
	if (typeof value?.version !== 'string') return null;
	const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
	return {
		version: value.version,
		format: count(value.format),
		derivation: count(value.derivation)
	};
}

/** True when content written by `stored` is newer than `incoming` can know of. */
function isOlder(incoming: PackStamp, stored: PackStamp | null): boolean {
	if (!stored) return false;
	if (stored.format !== incoming.format) return stored.format > incoming.format;
	return stored.derivation > incoming.derivation;
}

/**
 * Writes a pack in one transaction: new and changed pack articles and facts are put, those
 * no longer in it are deleted; each fact's card follows it (re-linked by sentence and
 * answer) or is suspended, never deleted; nothing else (progress, settings, the review log,
 * imported articles and their facts) is touched. An invalid pack throws PackError, a pack
 * older than the stored one (format or derivation) NewerVersionError; either writes nothing.
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
	// Validating is the first visit's biggest step: let the page answer input before writing.
	await yieldToMain();
	const incoming: PackStamp = {
		version: pack.version,
		format: pack.format,
		derivation: pack.derivation
	};
	const tx = db.transaction(['articles', 'facts', 'cards', 'meta'], 'readwrite');
	const articles = tx.objectStore('articles');
	const facts = tx.objectStore('facts');
	const [storedArticles, storedFacts, storedCards, stamp] = await Promise.all([
		articles.index('origin').getAll('pack'),
		facts.index('origin').getAll('pack'),
		tx.objectStore('cards').getAll(),
		tx.objectStore('meta').get(PACK_META_KEY)
	]);
	const stored = packStamp(stamp);
	if (isOlder(incoming, stored)) {
		tx.abort();
		await tx.done.catch(() => undefined);
		throw new NewerVersionError(
			`stored content: format ${stored!.format}, derivation ${stored!.derivation}; this app: format ${incoming.format}, derivation ${incoming.derivation}`
		);
	}
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
	// A record that is not a card (corrupt) is left alone for Check database to report; the
	// cards of the user's own articles are theirs to keep, never the pack's to take or suspend.
	const cards = (storedCards as unknown[])
		.filter(isStoredCard)
		.filter((c) => !isUserCard(c as StoredCard)) as StoredCard[];
	const previous = new Map(storedFacts.map((f) => [f.id, f]));
	const plan = planCards(cards, previous, packFacts, now);
	const cardWrites = plan.writes.map((card) => () => tx.objectStore('cards').put(card));
	const meta = () => tx.objectStore('meta').put({ key: PACK_META_KEY, value: incoming });
	// A first visit writes every article and fact: a slice at a time, so that no task is long.
	// The transaction may abort while slices are still being made: its end is awaited below.
	tx.done.catch(() => undefined);
	const requests = await inSlices([
		...articleChanges.writes,
		...factChanges.writes,
		...cardWrites,
		meta
	]);
	await Promise.all([...requests, tx.done]).catch((error: unknown) => {
		throw failureOf(tx, error);
	});
	return {
		version: pack.version,
		added: articleChanges.added,
		updated: articleChanges.updated,
		removed: articleChanges.removed,
		facts: { added: factChanges.added, updated: factChanges.updated, removed: factChanges.removed },
		cards: plan.changes
	};
}

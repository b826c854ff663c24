/** The articles store: the pack's articles and, later, the user's own. */
import * as v from 'valibot';
import type { Article } from '$lib/domain/article';
import { PACK_FORMAT, type Pack } from '$lib/domain/pack';
import { PackSchema } from './validate';
import type { DossierDatabase } from './schema';

const PACK_META_KEY = 'pack';

export interface PackSyncResult {
	version: string;
	added: number;
	updated: number;
	removed: number;
}

/** Every stored article. */
export function listArticles(db: DossierDatabase): Promise<Article[]> {
	return db.getAll('articles');
}

/** One article by id, or undefined. */
export function getArticle(db: DossierDatabase, id: string): Promise<Article | undefined> {
	return db.get('articles', id);
}

/** The version of the pack last written, or null before the first sync. */
export async function installedPackVersion(db: DossierDatabase): Promise<string | null> {
	const record = await db.get('meta', PACK_META_KEY);
	const parsed = v.safeParse(v.object({ version: v.string() }), record?.value);
	return parsed.success ? parsed.output.version : null;
}

/** Thrown when a pack fails validation; nothing has been written. */
export class PackError extends Error {
	override name = 'PackError';
}

/**
 * Writes a pack in one transaction: new and changed pack articles are put, pack articles
 * no longer in it are deleted, and nothing else (progress, settings, imported articles) is touched.
 */
export async function syncPack(db: DossierDatabase, input: unknown): Promise<PackSyncResult> {
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
	const tx = db.transaction(['articles', 'meta'], 'readwrite');
	const articles = tx.objectStore('articles');
	const stored = await articles.index('origin').getAll('pack');
	const storedById = new Map(stored.map((a) => [a.id, a]));
	const result: PackSyncResult = { version: pack.version, added: 0, updated: 0, removed: 0 };
	const writes: Promise<unknown>[] = [];
	for (const article of pack.articles) {
		const previous = storedById.get(article.id);
		storedById.delete(article.id);
		if (previous && JSON.stringify(previous) === JSON.stringify(article)) continue;
		if (previous) result.updated++;
		else result.added++;
		writes.push(articles.put(article));
	}
	for (const id of storedById.keys()) {
		result.removed++;
		writes.push(articles.delete(id));
	}
	writes.push(tx.objectStore('meta').put({ key: PACK_META_KEY, value: { version: pack.version } }));
	await Promise.all([...writes, tx.done]);
	return result;
}

/**
 * What the library search reads: the articles and facts (read-only, one transaction), and a
 * cheap fingerprint of them (keys only) to tell whether the index is still current.
 */
import type { Article } from '$lib/domain/article';
import type { IndexedFact } from '$lib/domain/search/documents';
import { PACK_META_KEY } from './meta';
import type { DossierDatabase } from './schema';

/** The keys that change when an article or fact is added or removed, or the pack replaced. */
export async function libraryKeys(db: DossierDatabase): Promise<string[]> {
	const tx = db.transaction(['articles', 'facts', 'meta'], 'readonly');
	const [articles, facts, pack] = await Promise.all([
		tx.objectStore('articles').getAllKeys(),
		tx.objectStore('facts').getAllKeys(),
		tx.objectStore('meta').get(PACK_META_KEY)
	]);
	await tx.done;
	return [
		...articles.map((id) => `a:${id}`),
		...facts.map((id) => `f:${id}`),
		`pack:${JSON.stringify(pack?.value ?? null)}`
	];
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** A record with what the index reads of an article; a damaged one is left out, not fatal. */
function readableArticle(record: Article): boolean {
	return (
		isText(record?.id) &&
		isText(record.title) &&
		Array.isArray(record.paragraphs) &&
		record.paragraphs.every((p) => isText(p?.text))
	);
}

function readableFact(record: IndexedFact): boolean {
	return (
		isText(record?.id) &&
		isText(record.statement) &&
		Array.isArray(record.evidence) &&
		record.evidence.every((e) => isText(e?.articleId) && Number.isInteger(e.paragraph))
	);
}

/** Every readable article and fact, for indexing. */
export async function readLibrary(
	db: DossierDatabase
): Promise<{ articles: Article[]; facts: IndexedFact[] }> {
	const tx = db.transaction(['articles', 'facts'], 'readonly');
	const [articles, facts] = await Promise.all([
		tx.objectStore('articles').getAll(),
		tx.objectStore('facts').getAll()
	]);
	await tx.done;
	return { articles: articles.filter(readableArticle), facts: facts.filter(readableFact) };
}

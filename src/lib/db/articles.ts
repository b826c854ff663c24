/**
 * The articles store: the pack's articles and the user's own. Every read is checked: an
 * unreadable record is left out (reported once, repaired by Check database), never shown.
 */
import type { Article } from '$lib/domain/article';
import { validated } from './integrity';
import type { DossierDatabase } from './schema';

const idOf = (article: Article) => (article as Partial<Article> | null)?.id;

const valid = (records: Article[]) => validated('articles', records, idOf);

/** Every stored article that can be read. */
export async function listArticles(db: DossierDatabase): Promise<Article[]> {
	return valid(await db.getAll('articles'));
}

/** The articles the user brought (none from the pack). */
export async function listImportedArticles(db: DossierDatabase): Promise<Article[]> {
	return valid(await db.getAllFromIndex('articles', 'origin', 'imported'));
}

/** One article by id, or undefined (also when it cannot be read). */
export async function getArticle(db: DossierDatabase, id: string): Promise<Article | undefined> {
	const stored = await db.get('articles', id);
	return stored && (await valid([stored]))[0];
}

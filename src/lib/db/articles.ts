/**
 * The articles store: the pack's articles and the user's own. Every read is checked: an
 * unreadable record is left out (reported once, repaired by Check database), never shown.
 */
import type { Article } from '$lib/domain/article';
import { keepValid, validOrUndefined } from './integrity';
import type { DossierDatabase } from './schema';

const idOf = (article: Article) => (article as Partial<Article> | null)?.id;

/** Every stored article that can be read. */
export async function listArticles(db: DossierDatabase): Promise<Article[]> {
	return keepValid('articles', await db.getAll('articles'), idOf);
}

/** The articles the user brought (none from the pack). */
export async function listImportedArticles(db: DossierDatabase): Promise<Article[]> {
	return keepValid('articles', await db.getAllFromIndex('articles', 'origin', 'imported'), idOf);
}

/** One article by id, or undefined (also when it cannot be read). */
export async function getArticle(db: DossierDatabase, id: string): Promise<Article | undefined> {
	return validOrUndefined('articles', await db.get('articles', id), id);
}

/** The articles store: the pack's articles and, later, the user's own. */
import type { Article } from '$lib/domain/article';
import type { DossierDatabase } from './schema';

/** Every stored article. */
export function listArticles(db: DossierDatabase): Promise<Article[]> {
	return db.getAll('articles');
}

/** One article by id, or undefined. */
export function getArticle(db: DossierDatabase, id: string): Promise<Article | undefined> {
	return db.get('articles', id);
}

/** The articles store: the pack's articles and, later, the user's own. */
import type { Article } from '$lib/domain/article';
import type { DossierDatabase } from './schema';

/** Every stored article. */
export function listArticles(db: DossierDatabase): Promise<Article[]> {
	return db.getAll('articles');
}

/** The articles the user brought (none from the pack). */
export function listImportedArticles(db: DossierDatabase): Promise<Article[]> {
	return db.getAllFromIndex('articles', 'origin', 'imported');
}

/** One article by id, or undefined. */
export function getArticle(db: DossierDatabase, id: string): Promise<Article | undefined> {
	return db.get('articles', id);
}

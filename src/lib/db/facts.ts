/** The facts store: key facts with their evidence, from the pack and from imported articles. */
import type { DossierDatabase, StoredFact } from './schema';

/** Every stored fact. */
export function listFacts(db: DossierDatabase): Promise<StoredFact[]> {
	return db.getAll('facts');
}

/** The facts that an article reports (as a source of their evidence). */
export function factsForArticle(db: DossierDatabase, articleId: string): Promise<StoredFact[]> {
	return db.getAllFromIndex('facts', 'articleIds', articleId);
}

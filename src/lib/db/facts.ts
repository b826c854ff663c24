/**
 * The facts store: key facts with their evidence, from the pack and from imported articles.
 * Every read is checked: an unreadable fact is left out (reported once), never shown.
 */
import { validated } from './integrity';
import type { DossierDatabase, StoredFact } from './schema';

const idOf = (fact: StoredFact) => (fact as Partial<StoredFact> | null)?.id;

const valid = (records: StoredFact[]) => validated('facts', records, idOf);

/** Every stored fact that can be read. */
export async function listFacts(db: DossierDatabase): Promise<StoredFact[]> {
	return valid(await db.getAll('facts'));
}

/** The facts that an article reports (as a source of their evidence). */
export async function factsForArticle(
	db: DossierDatabase,
	articleId: string
): Promise<StoredFact[]> {
	return valid(await db.getAllFromIndex('facts', 'articleIds', articleId));
}

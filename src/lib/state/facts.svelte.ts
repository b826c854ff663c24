/** Key facts as a screen shows them: from the local store, the prerendered copy until then. */
import { factsForArticle, listFacts } from '$lib/db/facts';
import type { DossierDatabase, StoredFact } from '$lib/db/schema';
import { toFactView, type FactView } from '$lib/domain/facts/present';

export class FactsState {
	#stored = $state.raw<FactView[] | null>(null);
	#prerendered: () => FactView[];
	/** The stored facts once read, the prerendered ones until then (or if none are stored). */
	facts = $derived.by(() => this.#stored ?? this.#prerendered());
	/** False until the local store has been read. */
	loaded = $state(false);

	constructor(prerendered: () => FactView[]) {
		this.#prerendered = prerendered;
	}

	/** Reads the facts that one article reports. */
	async loadForArticle(db: DossierDatabase, articleId: string): Promise<void> {
		this.#use(await factsForArticle(db, articleId));
	}

	/** Reads every fact. */
	async loadAll(db: DossierDatabase): Promise<void> {
		this.#use(await listFacts(db));
	}

	#use(stored: StoredFact[]): void {
		// An empty store (a pack that could not be written yet) keeps the prerendered facts.
		if (stored.length > 0) this.#stored = stored.map(toFactView);
		this.loaded = true;
	}
}

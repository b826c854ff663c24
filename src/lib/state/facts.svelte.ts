/** Key facts as a screen shows them: from the local store, the prerendered copy until then. */
import { toFactView, type FactView } from '$lib/domain/facts/of-article';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/** The facts store's reads and their record checks load after first paint (facts are prerendered). */
const factsStore = () => import('$lib/db/facts');

export class FactsState extends Loadable {
	#stored = $state.raw<FactView[] | null>(null);
	#prerendered: () => FactView[];
	#articleId: () => string | null;
	/** The stored facts once read, the prerendered ones until then (or if none are stored). */
	facts = $derived.by(() => this.#stored ?? this.#prerendered());

	/** Every fact, or (with `articleId`) the facts that one article reports. */
	constructor(
		prerendered: () => FactView[],
		articleId: () => string | null = () => null,
		options: StateOptions = {}
	) {
		super(options.source ?? localDb, options.now);
		this.#prerendered = prerendered;
		this.#articleId = articleId;
	}

	protected async read(db: DossierDatabase): Promise<void> {
		const articleId = this.#articleId();
		const { factsForArticle, listFacts } = await factsStore();
		const stored = articleId ? await factsForArticle(db, articleId) : await listFacts(db);
		// An empty store (a pack that could not be written yet) keeps the prerendered facts.
		if (stored.length > 0) this.#stored = stored.map(toFactView);
	}
}

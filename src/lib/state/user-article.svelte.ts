/** The reader of one of the user's own articles: it comes from the local store, not a prerendered page. */
import { getArticle } from '$lib/db/articles';
import type { Article } from '$lib/domain/article';
import { Loadable, type StateOptions } from './loadable.svelte';
import type { DossierDatabase } from './local-db.svelte';
import { localDb } from './local-db.svelte';

export class UserArticleView extends Loadable {
	/** The article, once read; null while loading or when there is no such article. */
	article = $state.raw<Article | null>(null);
	/** How many articles the library holds ("reported by 1 of 6"). */
	articleCount = $state(0);
	#id: () => string | null;

	constructor(id: () => string | null, options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
		this.#id = id;
	}

	protected async read(db: DossierDatabase): Promise<void> {
		const id = this.#id();
		const [article, count] = await Promise.all([
			id ? getArticle(db, id) : Promise.resolve(undefined),
			db.count('articles')
		]);
		this.article = article?.origin === 'imported' ? article : null;
		this.articleCount = count;
	}
}

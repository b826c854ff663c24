import { error } from '@sveltejs/kit';
import { factsOfArticle, toFactView } from '$lib/domain/facts/present';
import { articleWithNeighbours, libraryOrder, loadPack } from '$lib/server/pack';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered page per pack article. */
export const entries: EntryGenerator = async () =>
	(await libraryOrder()).map((article) => ({ slug: article.id }));

export const load: PageServerLoad = async ({ params }) => {
	const found = await articleWithNeighbours(params.slug);
	if (!found) error(404, 'No article with that address');
	const pack = await loadPack();
	return {
		...found,
		// Without their quiz items: the reader does not ask them, and they doubled the page.
		facts: factsOfArticle(pack.facts, found.article.id).map(toFactView),
		articleCount: pack.articles.length
	};
};

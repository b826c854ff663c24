import { error } from '@sveltejs/kit';
import { factsOfArticle, toFactView } from '$lib/domain/facts/present';
import { articleWithNeighbours, libraryOrder, loadPack } from '$lib/server/pack';
import type { EntryGenerator, PageServerLoad } from './$types';
import { textForRender } from './text-for-render';

/** One prerendered page per pack article. */
export const entries: EntryGenerator = async () =>
	(await libraryOrder()).map((article) => ({ slug: article.id }));

export const load: PageServerLoad = async ({ params }) => {
	const found = await articleWithNeighbours(params.slug);
	if (!found) error(404, 'No article with that address');
	const pack = await loadPack();
	// The text reaches the page's HTML through the render, not through its serialized data.
	const { paragraphs, ...article } = found.article;
	textForRender.set(article.id, paragraphs);
	return {
		...found,
		article,
		facts: factsOfArticle(pack.facts, article.id).map(toFactView),
		articleCount: pack.articles.length
	};
};

import { error } from '@sveltejs/kit';
import { articleWithNeighbours, libraryOrder } from '$lib/server/pack';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered page per pack article. */
export const entries: EntryGenerator = async () =>
	(await libraryOrder()).map((article) => ({ slug: article.id }));

export const load: PageServerLoad = async ({ params }) => {
	const found = await articleWithNeighbours(params.slug);
	if (!found) error(404, 'No article with that address');
	return found;
};

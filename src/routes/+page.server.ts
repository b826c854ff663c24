import { summarize } from '$lib/domain/article';
import { libraryOrder } from '$lib/server/pack';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	articles: (await libraryOrder()).map(summarize)
});

import { summarize } from '$lib/domain/article';
import { loadPack } from '$lib/server/pack';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const pack = await loadPack();
	return { facts: pack.facts, articles: pack.articles.map(summarize) };
};

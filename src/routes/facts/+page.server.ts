import { summarize } from '$lib/domain/article';
import { toFactView } from '$lib/domain/facts/present';
import { loadPack } from '$lib/server/pack';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const pack = await loadPack();
	return { facts: pack.facts.map(toFactView), articles: pack.articles.map(summarize) };
};

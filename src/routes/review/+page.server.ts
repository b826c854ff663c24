import { loadPack } from '$lib/server/pack';
import type { PageServerLoad } from './$types';

/** Article titles, for "Quiz: <title>" sessions; the cards themselves come from IndexedDB. */
export const load: PageServerLoad = async () => {
	const pack = await loadPack();
	return { titles: Object.fromEntries(pack.articles.map((a) => [a.id, a.title])) };
};

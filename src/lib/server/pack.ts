/** Builds the content pack at build time from the raw texts in content/. Server-only. */
import { buildPack, type Pack } from '$lib/domain/pack';
import { compareByDate, summarize, type Article, type ArticleSummary } from '$lib/domain/article';
import catalog from '../../../content/catalog.json';

const rawByPath = import.meta.glob('/content/articles/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const rawByFile = Object.fromEntries(
	Object.entries(rawByPath).map(([path, raw]) => [path.slice(path.lastIndexOf('/') + 1), raw])
);

let pack: Promise<Pack> | undefined;

/** The pack, built once per build. */
export function loadPack(): Promise<Pack> {
	pack ??= buildPack(rawByFile, catalog).then((built) => ({
		...built,
		articles: [...built.articles].sort((a, b) => compareByDate(summarize(a), summarize(b)))
	}));
	return pack;
}

/** The pack's articles in library order (newest first, undated last). */
export async function libraryOrder(): Promise<Article[]> {
	return (await loadPack()).articles;
}

/** An article with its neighbours in library order. */
export async function articleWithNeighbours(id: string): Promise<{
	article: Article;
	previous: ArticleSummary | null;
	next: ArticleSummary | null;
} | null> {
	const articles = await libraryOrder();
	const index = articles.findIndex((a) => a.id === id);
	const article = articles[index];
	if (!article) return null;
	const neighbour = (i: number) => {
		const found = articles[i];
		return found ? summarize(found) : null;
	};
	return { article, previous: neighbour(index - 1), next: neighbour(index + 1) };
}

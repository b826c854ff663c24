/**
 * What the facts command prints for a set of raw article files: the articles as the app
 * builds them and the facts derived from them, with the same code as the app.
 */
import { buildArticle } from '../pack';
import { slugify } from '../text';
import { deriveFacts } from './derive';
import type { Fact } from './types';
import type { Article } from '../article';

export interface RawFile {
	name: string;
	text: string;
}

export interface FactsReport {
	articles: Pick<
		Article,
		'id' | 'title' | 'titleDerived' | 'byline' | 'publisher' | 'published' | 'source' | 'wordCount'
	>[];
	facts: Fact[];
}

/** A slug per file from its name, unique within the run. */
function slugs(files: readonly RawFile[]): string[] {
	const used = new Map<string, number>();
	return files.map((file) => {
		const base = slugify(file.name.replace(/\.[^.]+$/, '')) || 'article';
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

/** Raises a clear message for a file that holds no article. */
export class RawFileError extends Error {}

/** The articles of raw files as the app builds them; a file with no article is refused. */
export function rawArticles(files: readonly RawFile[]): Promise<Article[]> {
	const ids = slugs(files);
	return Promise.all(
		files.map(async (file, i) => {
			if (!file.text.trim()) throw new RawFileError(`${file.name}: the file is empty.`);
			const article = await buildArticle(file.text, { file: file.name, slug: ids[i]! }, 'imported');
			if (!article.paragraphs.some((p) => p.kind === 'body'))
				throw new RawFileError(`${file.name}: no article text found after cleaning.`);
			return article;
		})
	);
}

/** The report of built articles, with the facts of `derivedFrom` (the articles themselves, or their openings). */
export function reportOf(
	articles: readonly Article[],
	derivedFrom: readonly Article[] = articles
): FactsReport {
	return {
		articles: articles.map(
			({ id, title, titleDerived, byline, publisher, published, source, wordCount }) => ({
				id,
				title,
				titleDerived,
				byline,
				publisher,
				published,
				source,
				wordCount
			})
		),
		facts: deriveFacts([...derivedFrom])
	};
}

export async function factsReport(files: readonly RawFile[]): Promise<FactsReport> {
	return reportOf(await rawArticles(files));
}

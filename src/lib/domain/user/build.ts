/**
 * Builds an article the user added, and its key facts, with the same cleaner and pipeline as
 * the pack. Runs in the facts worker (it imports the language libraries).
 */
import type { Article, Attribution, PublishedDate } from '../article';
import { deriveFacts } from '../facts/derive';
import type { Fact } from '../facts/types';
import { buildArticle } from '../pack';
import { countWords, readingMinutes } from '../text';
import { userFactId } from './ids';
import { AddArticleError, textProblem } from './checks';

export { AddArticleError };

/** What the user (or the page's metadata) says of the article, over what its text says. */
export interface ArticleMeta {
	title?: string;
	publisher?: string;
	byline?: string;
	/**
	 * ISO (YYYY-MM-DD, YYYY-MM or YYYY). Undefined: what the text's dateline says; null: the
	 * date is unknown (the user cleared it). Never guessed.
	 */
	date?: string | null;
	/** Where the metadata came from, for "About this text". */
	from?: 'page' | 'user';
	/** The shared address, kept as the article's source. */
	url?: string;
}

export interface AddInput {
	articleId: string;
	/** The file name, or "Pasted text". */
	name: string;
	/** Plain text: a title line, optionally a date line, then paragraphs. */
	text: string;
	meta: ArticleMeta;
	/** A stored article to derive again as it is (a new pipeline): no cleaning, no new metadata. */
	stored?: Article;
}

export interface BuiltArticle {
	article: Article;
	/** With their stored ids (the article's id in front). */
	facts: Fact[];
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function datePrecision(iso: string): PublishedDate['precision'] {
	return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** The article with the stated metadata over what the cleaner read. */
export function withMeta(article: Article, meta: ArticleMeta): Article {
	const evidence =
		meta.from === 'page' ? 'From the page’s own metadata' : 'Entered when the article was added';
	const stated = (name: string): Attribution => ({ name, basis: 'stated', evidence });
	const title = meta.title?.trim();
	let published = article.published;
	if (meta.date === null) published = { precision: 'unknown', basis: 'none' };
	else if (meta.date !== undefined) {
		if (!ISO.test(meta.date)) throw new AddArticleError(`“${meta.date}” is not a date.`);
		published = {
			precision: datePrecision(meta.date),
			value: meta.date,
			basis: 'dateline',
			evidence
		};
	}
	return {
		...article,
		...(title ? { title, titleDerived: false } : {}),
		publisher: meta.publisher?.trim() ? stated(meta.publisher.trim()) : article.publisher,
		byline: meta.byline?.trim() ? stated(meta.byline.trim()) : article.byline,
		published,
		source: meta.url ?? article.source
	};
}

/**
 * The article of an input, cleaned, with its stated metadata. When a page states the title
 * that heads the text, that line is the title, not a paragraph: the cleaner, which must guess
 * a title in raw text, takes a sentence-case headline ("Where do … go after …’s victory?")
 * for a lede and keeps it as the article's first paragraph.
 */
export async function userArticle(input: AddInput): Promise<Article> {
	const problem = textProblem(input.text);
	if (problem) throw new AddArticleError(problem);
	const built = await buildArticle(
		input.text,
		{ file: input.name, slug: input.articleId },
		'imported'
	);
	const stated = input.meta.title?.replace(/\s+/g, ' ').trim();
	const [first, ...rest] = built.paragraphs;
	if (built.titleDerived && first?.kind === 'body' && first.text === stated) {
		const wordCount = built.wordCount - countWords(first.text);
		const article = {
			...built,
			paragraphs: rest,
			wordCount,
			readingMinutes: readingMinutes(wordCount)
		};
		return withMeta(article, input.meta);
	}
	return withMeta(built, input.meta);
}

/**
 * How many words of body text the opening holds: the facts of the opening are on screen in a
 * fraction of the whole article's time (a 5,000-word article takes ~1 s on a laptop, ~4 s on a
 * phone; its first 400 words a tenth of that), and a few facts are enough to see what the
 * article gives.
 */
export const OPENING_WORDS = 400;

/**
 * The article's opening: its paragraphs up to the one whose body text reaches `words` words,
 * the same paragraphs at the same places (the facts' evidence points into the whole article).
 * Null when the article is not much longer than that: its facts come as fast as the opening's.
 */
export function openingOf(article: Article, words = OPENING_WORDS): Article | null {
	let count = 0;
	let end = 0;
	while (end < article.paragraphs.length && count < words) {
		const paragraph = article.paragraphs[end++]!;
		if (paragraph.kind === 'body') count += countWords(paragraph.text);
	}
	const rest = article.paragraphs
		.slice(end)
		.reduce((n, p) => n + (p.kind === 'body' ? countWords(p.text) : 0), 0);
	if (rest < words) return null;
	return { ...article, paragraphs: article.paragraphs.slice(0, end) };
}

/** The facts of an article, with their stored ids (the article's id in front). */
function userFacts(article: Article, of: Article = article): Fact[] {
	return deriveFacts([of]).map((fact) => ({
		...fact,
		id: userFactId(article.id, fact.id),
		quiz: fact.quiz.map((item) => ({ ...item, id: userFactId(article.id, item.id) }))
	}));
}

/** Where a build's time went, in ms, filled in as it runs. */
export interface BuildSteps {
	clean?: number;
	opening?: number;
	derive?: number;
}

/**
 * Builds the article and derives its facts; refuses a text that holds no article. With
 * `onOpening`, a long article's opening is derived first and handed over (the whole article,
 * the facts of its opening only) before the whole article's facts: the result is the same.
 */
export async function buildUserArticle(
	input: AddInput,
	{
		onOpening,
		steps = {}
	}: { onOpening?: (partial: BuiltArticle) => void; steps?: BuildSteps } = {}
): Promise<BuiltArticle> {
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = now - mark;
		mark = now;
		return ms;
	};
	const article = input.stored ?? (await userArticle(input));
	if (!article.paragraphs.some((p) => p.kind === 'body'))
		throw new AddArticleError(
			'No article text was left after removing the page’s menus, links and notices.'
		);
	steps.clean = lap();
	const opening = onOpening && openingOf(article);
	if (opening) {
		onOpening({ article, facts: userFacts(article, opening) });
		steps.opening = lap();
	}
	const facts = userFacts(article);
	steps.derive = lap();
	return { article, facts };
}

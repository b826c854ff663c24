/**
 * A web page (a saved .html file, or the HTML the clipboard carries when part of a page is
 * copied) made into an article's plain text: Readability finds the main content and its
 * metadata, DOMPurify cleans it, and only the text of its blocks is kept. Nothing of the page
 * ever runs: DOMParser documents run no scripts and load nothing, and the result is text.
 * Both libraries load with this module, which only the /add screen imports, lazily.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ArticleMeta } from '$lib/domain/user/build';
import { AddArticleError } from '$lib/domain/user/checks';

export interface ImportedText {
	/** A title line, then the paragraphs, separated by blank lines. */
	text: string;
	meta: ArticleMeta;
}

const BLOCKS = new Set(
	'P H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE FIGURE FIGCAPTION DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE TABLE THEAD TBODY TR TD TH DL DT DD ADDRESS HR'.split(
		' '
	)
);

/** The text of each block of `root`, in order, whitespace made plain. */
export function blockTexts(root: Node): string[] {
	const out: string[] = [];
	let inline = '';
	const flush = () => {
		const text = inline.replace(/\s+/g, ' ').trim();
		if (text) out.push(text);
		inline = '';
	};
	const walk = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === Node.TEXT_NODE) inline += child.textContent ?? '';
			else if (child.nodeType === Node.ELEMENT_NODE) {
				const tag = (child as Element).tagName.toUpperCase();
				if (tag === 'BR') inline += ' ';
				else if (BLOCKS.has(tag)) {
					flush();
					walk(child);
					flush();
				} else walk(child);
			}
		}
	};
	walk(root);
	flush();
	return out;
}

const NO_ARTICLE =
	'Dossier found no article in this page: only menus, links or too little text. Select the article’s text on the page, copy it and paste it here.';

/** An ISO day from a page's date (ISO or anything Date reads with a 4-digit year), else undefined. */
function isoDay(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
	return iso?.[1];
}

/** The published date a page states in its <meta> tags or JSON-LD, if it states one. */
function statedDate(doc: Document): string | undefined {
	const names = [
		'article:published_time',
		'og:article:published_time',
		'datePublished',
		'date',
		'pubdate',
		'publish-date',
		'dc.date',
		'DC.date.issued',
		'sailthru.date',
		'parsely-pub-date'
	];
	for (const name of names) {
		const meta = doc.querySelector(
			`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`
		);
		const day = isoDay(meta?.getAttribute('content'));
		if (day) return day;
	}
	for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		const day = isoDay(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
		if (day) return day;
	}
	const time = doc.querySelector('time[datetime]');
	return isoDay(time?.getAttribute('datetime'));
}

/**
 * The article in an HTML page: its text and what the page says of it. Throws AddArticleError
 * when Readability finds no article.
 */
export function importHtml(html: string): ImportedText {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const date = statedDate(doc);
	const siteName =
		doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
	const parsed = new Readability(doc, { charThreshold: 250 }).parse();
	const clean = parsed?.content
		? DOMPurify.sanitize(parsed.content, { RETURN_DOM_FRAGMENT: true })
		: null;
	const paragraphs = clean ? blockTexts(clean) : [];
	// Readability falls back to whatever text a page has: menus alone are no article.
	if (!parsed || !paragraphs.some((p) => p.split(' ').length >= 4 && /[.!?]["”’)]?$/.test(p)))
		throw new AddArticleError(NO_ARTICLE);
	const title = parsed.title?.replace(/\s+/g, ' ').trim() || undefined;
	if (paragraphs[0] && title && paragraphs[0] === title) paragraphs.shift();
	if (paragraphs.length === 0)
		throw new AddArticleError('Dossier found no article text in this page.');
	return {
		text: [title, ...paragraphs].filter(Boolean).join('\n\n'),
		meta: {
			from: 'page',
			...(title ? { title } : {}),
			...((parsed.siteName ?? siteName)
				? { publisher: (parsed.siteName ?? siteName)!.trim() }
				: {}),
			...(parsed.byline ? { byline: parsed.byline.replace(/^by\s+/i, '').trim() } : {}),
			...((isoDay(parsed.publishedTime) ?? date)
				? { date: isoDay(parsed.publishedTime) ?? date }
				: {})
		}
	};
}

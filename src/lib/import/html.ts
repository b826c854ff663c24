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

/**
 * Elements whose text is no prose a reader sees: code, styles, form controls, embedded
 * documents, pictures and formulas. Their text is left out: a title inside an SVG, say, is
 * where mutation-XSS strings hide ("<a id=" as text after a parse and a re-parse).
 */
const NOT_PROSE = new Set(
	'SCRIPT STYLE TEMPLATE TITLE TEXTAREA NOSCRIPT XMP NOEMBED NOFRAMES IFRAME OBJECT SELECT BUTTON SVG MATH'.split(
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
				if (NOT_PROSE.has(tag)) continue;
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

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** YYYY-MM-DD from a year, a month's name and a day, if they make a date. */
function day(year: string, month: string, date: string): string | undefined {
	const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
	const d = Number(date);
	if (m < 1 || d < 1 || d > 31) return undefined;
	return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The day a page's date names, as written (no time zone moves it to another day): ISO, or a
 * month's name with a day and a 4-digit year ("Fri Mar 13 21:30:09 EST 2015", "13 March 2015").
 */
function isoDay(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	const text = value.trim();
	const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (iso) return iso[1];
	const monthFirst = new RegExp(
		`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b[^]{0,24}?\\b(\\d{4})\\b`,
		'i'
	).exec(text);
	if (monthFirst) return day(monthFirst[3]!, monthFirst[1]!, monthFirst[2]!);
	const dayFirst = new RegExp(
		`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
		'i'
	).exec(text);
	return dayFirst ? day(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!) : undefined;
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
	// Other names sites give the publication date (article:publicationdate, publish_date…).
	for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
		const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
		if (!/publi(shed|cation|sh)[_-]?(date|time)|pub[_-]?date/i.test(key)) continue;
		const day = isoDay(meta.getAttribute('content'));
		if (day) return day;
	}
	for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		const day = isoDay(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
		if (day) return day;
	}
	const time = doc.querySelector('time[datetime]');
	return isoDay(time?.getAttribute('datetime'));
}

/** Captions and photo credits, which Readability keeps with the story. */
const CAPTIONS = 'figcaption, [class*="caption" i], [class*="image-credit" i]';
/** A class or id that marks an author's biography ("author-bio", "post-body-bio", "bio"). */
const BIO = /^((author|writer|contributor|post-body|post|article|entry)[-_]?)?bio(graphy)?$/i;

/**
 * Takes out what Readability keeps with a story but is none of it: a photo's caption and
 * credit describe the picture, an author's biography the author.
 */
function dropFurniture(doc: Document): void {
	for (const el of Array.from(doc.querySelectorAll(CAPTIONS))) el.remove();
	for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
		const names = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
		// A short note only: never a container that could hold the story itself.
		if (names.some((n) => BIO.test(n)) && (el.textContent ?? '').length < 600) el.remove();
	}
}

/**
 * The author the page's metadata names (a name, not a profile's address), if it names one:
 * Readability's own guess can be a byline of a related story further down the page.
 */
function statedAuthor(doc: Document): string | undefined {
	for (const meta of Array.from(
		doc.querySelectorAll(
			'meta[name="author"], meta[property="article:author"], meta[name="article:author"], meta[name="parsely-author"]'
		)
	)) {
		const name = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
		if (name && !/^https?:|\/\//.test(name) && name.length <= 100) return name;
	}
	return undefined;
}

/** True for a sentence: eight words or more, ending as a sentence ends. */
const isSentence = (text: string) => text.split(' ').length >= 8 && /[.!?]["”’)]?$/.test(text);

/**
 * Takes off what stands above the article's first sentence and is no sentence itself (a
 * section's kicker, an "Exclusive" label, a subtitle that repeats the summary, a dateline):
 * the title is kept apart, and these are no paragraph of the story.
 */
function dropLeadingLabels(root: DocumentFragment): void {
	const first = Array.from(root.querySelectorAll('p')).find((p) =>
		isSentence((p.textContent ?? '').replace(/\s+/g, ' ').trim())
	);
	if (!first) return;
	for (const el of Array.from(root.querySelectorAll('*'))) {
		if (el === first) break;
		if (!root.contains(el) || el.contains(first)) continue;
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (/^H[1-6]$/.test(el.tagName) || (text && !isSentence(text))) el.remove();
	}
}

/** The site's name; an address given as one (og:site_name "http://www.tmz.com") is its host. */
function siteNameOf(value: string | null | undefined): string | undefined {
	const name = value?.replace(/\s+/g, ' ').trim();
	if (!name) return undefined;
	if (!/^https?:\/\//i.test(name)) return name;
	try {
		return new URL(name).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
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
	const author = statedAuthor(doc);
	dropFurniture(doc);
	// Readability hands over its article as a node, not as HTML to parse again: a serialize
	// and re-parse is where mutation XSS turns text into markup (and swallows the rest).
	const parsed = new Readability<Node>(doc, {
		charThreshold: 250,
		serializer: (node) => node
	}).parse();
	const clean = parsed?.content
		? DOMPurify.sanitize(parsed.content, { RETURN_DOM_FRAGMENT: true })
		: null;
	if (clean) dropLeadingLabels(clean);
	const paragraphs = clean ? blockTexts(clean) : [];
	// Readability falls back to whatever text a page has: menus alone are no article.
	if (!parsed || !paragraphs.some((p) => p.split(' ').length >= 4 && /[.!?]["”’)]?$/.test(p)))
		throw new AddArticleError(NO_ARTICLE);
	const title = parsed.title?.replace(/\s+/g, ' ').trim() || undefined;
	if (paragraphs[0] && title && paragraphs[0] === title) paragraphs.shift();
	if (paragraphs.length === 0)
		throw new AddArticleError('Dossier found no article text in this page.');
	const publisher = siteNameOf(parsed.siteName ?? siteName);
	const byline = author ?? parsed.byline?.replace(/^by:?\s+/i, '').trim();
	const published = isoDay(parsed.publishedTime) ?? date;
	return {
		text: [title, ...paragraphs].filter(Boolean).join('\n\n'),
		meta: {
			from: 'page',
			...(title ? { title } : {}),
			...(publisher ? { publisher } : {}),
			...(byline ? { byline } : {}),
			...(published ? { date: published } : {})
		}
	};
}

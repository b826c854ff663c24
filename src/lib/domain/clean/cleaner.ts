/**
 * Turns a raw web capture into an article's parts: title, byline, dateline, publisher
 * hints and paragraphs, with every removed line and the reason it went.
 * Pure and deterministic; the same code serves the pack and articles users bring later.
 */
import type { Paragraph } from '../article';
import { comparisonKey, normalizeText } from '../text';
import {
	copyrightYear,
	parseBylineLine,
	parseDateline as dateOfLine,
	type Dateline
} from './dateline';
import { findHeadline, isFurniture, isMasthead, RELATIVE_TIME, writerOf } from './header';
import { deriveHeadline, looksLikeTitle } from './headline';
import {
	AUTHOR_BOX,
	CAPTION,
	CREDIT,
	TRAILER_HEADING,
	matchLineRule,
	READ_TIME,
	type LineRuleName
} from './rules';

export type RemovalReason =
	| LineRuleName
	| 'byline'
	| 'dateline'
	| 'duplicate'
	| 'trailer'
	| 'author-box'
	/** The site's furniture above and around the headline: masthead, menus, banners. */
	| 'page-header'
	/** A feed's or a page's markup copied with the text ("<item>", "</description>"). */
	| 'markup';

export interface RemovedLine {
	line: string;
	reason: RemovalReason;
}

/** A value read from the text, with the line it was read from. */
export interface Evidenced<T> {
	value: T;
	evidence: string;
}

export interface CleanedText {
	title: string;
	/** True when no title line was found and `title` was derived from the lede. */
	titleDerived: boolean;
	author: Evidenced<string> | null;
	dateline: Evidenced<Dateline> | null;
	/** Publisher names that boilerplate states ("Follow X on Google News", "Copyright © X"). */
	publisherHints: Evidenced<string>[];
	paragraphs: Paragraph[];
	removed: RemovedLine[];
}

/** Bylines and datelines are only looked for this near the top. */
const HEADER_LINES = 15;

/**
 * Longer than any dateline (parseDateline gives up past 60 characters after a short prefix):
 * a joined line this long is never one, so it need not be read again.
 */
const LONGER_THAN_A_DATELINE = 120;

/**
 * The width a text was hard-wrapped at (a PDF's or a mail's text, lines of 60–100 characters),
 * or null for a text written one paragraph a line. Lines close to it that end without a stop
 * go on in the next line, whatever that line starts with ("… of\n400 square metres").
 */
function wrapWidth(lines: readonly string[]): number | null {
	const long = lines.filter((l) => l.length >= 40);
	const wrapped = long.filter((l) => l.length >= 60 && l.length <= 100);
	if (wrapped.length < 10 || wrapped.length < long.length * 0.6) return null;
	return Math.max(...wrapped.map((l) => l.length));
}

/** A line that starts its own item: "(1) …", "(a) …", "• …", "Article 2 — …", "Page 2 of 4". */
const OWN_LINE =
	/^(?:\(?[a-z0-9]{1,3}[).]\s|[•*–-]\s|(?:Article|Section|Part|Chapter|Page|Schedule|Annex)\s+\w)/i;

/**
 * True when `line` continues the hard-wrapped line that ends in `last` (its whole text is
 * `whole`, when short) rather than starting a new one.
 */
function continues(
	last: string,
	whole: string | null,
	line: string,
	width: number | null
): boolean {
	if (/[.!?:;"”’)\]]$/.test(last)) return false;
	// "NOTICE ON THE PHASE-OUT OF … MACHINERY" over "issued under Article 31 …": a heading of five
	// words or more in capitals and the line under it are two lines (held-out 20). A shorter one
	// goes on in the next: a name over its motto ("THE TIGHT LINE" over "a coarse angler's
	// notebook …"), a kind over its subject ("NOTICE" over "on the Smoke Control … Order").
	if (
		whole !== null &&
		!/\p{Ll}/u.test(whole) &&
		whole.split(/\s+/).length >= 5 &&
		/^\p{Ll}/u.test(line)
	)
		return false;
	if (!/^\p{Ll}/u.test(line)) {
		// In a hard-wrapped text, a full line goes on in the next: "… the National Food\nAgency".
		const full = width !== null && last.length >= width - 15 && /\p{L}[,]?$/u.test(last);
		if (!full || OWN_LINE.test(line.trimStart())) return false;
	}
	// "April 1, 2014" over "by Staff Writer": two header lines, not one wrapped sentence.
	return !parseBylineLine(line) && !(whole !== null && dateOfLine(whole));
}

/**
 * Splits into logical lines: one per non-empty line, except that a hard-wrapped line
 * (no closing punctuation, next line starting in lower case) is joined to the next. A word
 * broken at the line's end ("Retail-\ners") is made whole again.
 * Linear in the text: the parts of a wrapped line are joined once, at its end (a pasted
 * text of 100,000 one-letter lines used to take seconds re-reading the growing line).
 */
export function logicalLines(text: string): string[] {
	const lines: string[] = [];
	let parts: string[] = [];
	let length = 0;
	const flush = () => {
		if (parts.length) lines.push(parts.length === 1 ? parts[0]! : parts.join(' '));
		parts = [];
		length = 0;
	};
	const raw = text.split('\n');
	const width = wrapWidth(raw.map((l) => l.trim()));
	let blockOpen = false;
	for (const line of raw) {
		if (!line) {
			blockOpen = false;
			continue;
		}
		const last = parts.at(-1);
		const whole = length <= LONGER_THAN_A_DATELINE ? parts.join(' ') : null;
		const trimmed = width === null ? line : line.trim();
		if (blockOpen && last !== undefined && continues(last, whole, trimmed, width)) {
			// "sub-\nmit", "con-\nsultation": a word the wrap broke, not a hyphenated one.
			if (width !== null && /\p{Ll}-$/u.test(last) && /^\p{Ll}/u.test(trimmed))
				parts[parts.length - 1] = last.slice(0, -1) + trimmed;
			else parts.push(trimmed);
			length += trimmed.length + 1;
		} else {
			flush();
			parts.push(line);
			length = line.length;
		}
		blockOpen = true;
	}
	flush();
	return lines;
}

/** The publisher a boilerplate line names, if it names one. */
function publisherFrom(line: string, rule: LineRuleName): string | null {
	let name: string | undefined;
	if (rule === 'google-news') name = /^follow (.+?) on google news/i.exec(line)?.[1];
	if (rule === 'copyright') {
		name = line
			.replace(/^((copyright|©|\(c\))\s*)+/i, '')
			.replace(/\b\d{4}(\s*[-–]\s*(\d{4}|present))?\b/gi, '')
			.split(/\s[|•·]\s|\.\s|\ball rights reserved\b/i)[0];
	}
	name = name?.replace(/^[\s,.©-]+|[\s,.-]+$/g, '');
	if (!name || !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 6) return null;
	return name;
}

/** A part of an episode's or a post's row that is not its date: "S4", "E17", "Season 4", "41 min", "48.2K Views". */
const EPISODE =
	/^(?:S\d{1,3}|E\d{1,4}|Ep(?:isode)?\.?\s*\d{1,4}|Season\s+\d{1,3}|Series\s+\d{1,3}|\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs)(?:\s+\d{1,2}\s*(?:min|mins))?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?|[\d.,]+K?\s+(?:views|likes|reposts|replies)|(?:Audio|Video|Podcast|Transcript))$/iu;

/**
 * A row of the page's labels under a headline, one of them its date: "Sep 18, 2025 · 5 min
 * read", "2025-11-22 07:45 | Reading time: 5 minutes", "October 14, 2025 · Updated 2 hours ago".
 */
function rowDate(line: string, year?: number): Dateline | null {
	const parts = line.split(/\s+[·|—–]\s+/);
	if (parts.length < 2) return null;
	const dates = parts.map((part) => dateOfLine(part, year));
	const labels = parts.every(
		(part, i) =>
			dates[i] ||
			READ_TIME.test(part) ||
			RELATIVE_TIME.test(part) ||
			// "18:40 CET", "Issue 212", "by Wenna Trask, Health Reporter" (derivation 11's cleaner).
			/^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i.test(part) ||
			/^(?:issue|no\.?|vol\.?|volume|edition|week)\s*\d+$/i.test(part) ||
			// "4 comments", "Filed under Regulations, Tackle": a blog's labels (held-out 10).
			/^\d+\s+comments?$/i.test(part) ||
			// "S4 · E17 · 2027-06-04 · 41 min", "9:41 PM · Jul 14, 2027 · 48.2K Views": an
			// episode's or a post's labels beside its date (derivation 22, held-out 29 and 30).
			EPISODE.test(part) ||
			/^filed under\s/i.test(part) ||
			// "CPD: 0.5 hours", "NRS Rural": a trade page's or a programme's labels beside its date.
			(dates.some(Boolean) && /^\p{Lu}\p{L}{1,12}(?:\s\p{Ll}{2,12})?:\s+\S.{0,40}$/u.test(part)) ||
			(dates.some(Boolean) && /^\p{Lu}{2,6}\s+\p{Lu}\p{Ll}+$/u.test(part)) ||
			// "17.02.2026 · Updates from 08:55 · Last update 16:48": a live page's times (held-out 22).
			/^(?:updates?\s+(?:from|since)|last\s+updated?|live\s+from)\s+\d{1,2}[:.]\d{2}$/i.test(
				part
			) ||
			// "6 September 2026, 19:05 local | Zentara": where it was filed.
			(dates.some(Boolean) && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(part)) ||
			/^[Bb]y\s+\p{Lu}/u.test(part)
	);
	if (labels) return dates.find((d) => d !== null) ?? null;
	// A gazette's or a journal's masthead, its issue's date among its parts: "OFFICIAL GAZETTE OF
	// THE REPUBLIC OF USTRAVIA  No. 118 — 14.08.2026", "… Series A — No. 81 — 08.10.2026  Page 2214".
	if (/\b(?:gazette|journal|bulletin|official)\b/i.test(line)) {
		for (const part of line.split(/\s{2,}|\s+[—–|·]\s+/)) {
			const bare = part.replace(/\s+page\s+\d+$/i, '').trim();
			const date = bare.length >= 6 && bare.length <= 40 ? dateOfLine(bare, year) : null;
			if (date) return date;
		}
	}
	return null;
}

/** A line of a feed's or a page's markup: its text without the tags, "" when it is all tags. */
function withoutMarkup(raw: string): string {
	// An Atom entry's <content type="html">: its HTML escaped, "&lt;p&gt;Kessory's first …" (held-out 10).
	const line = /^&lt;\/?[a-z]/i.test(raw.trim()) ? unescaped(raw) : raw;
	if (!/^<\/?[a-z?!]/i.test(line.trim())) return line;
	// A feed item's story as HTML inside its <description> or <content:encoded> ("<![CDATA[<p>…",
	// then a line per "<p>" and "<li>"): the text of its paragraphs and list items is the story's
	// (derivation 12, held-out 11: the whole story had been dropped as the feed's markup).
	const body =
		/^(?:<(?:description|content:encoded|content|summary)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*)?<(p|li|h[2-6]|blockquote)\b/i.exec(
			line.trim()
		);
	if (body)
		return `${body[1]!.toLowerCase() === 'li' ? '• ' : ''}${textOf(
			line.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&')
		)}`;
	// "<title>Q&A: …</title>", "<pubDate>Tue, 7 Jul 2026 …</pubDate>": the text a reader sees;
	// any other element ("<category>Money</category>", "<channel> Site name") is the feed's.
	const text =
		/^<(title|pubdate|published|updated|dc:date|date|dc:creator|author|h1)\b[^>]*>(.*)<\/\1>$/i.exec(
			line.trim()
		)?.[2];
	// "<author><name>Greta Holmsund</name></author>": the name, not its tags.
	return textOf((text ?? '').replace(/<[^>]*>/g, ''));
}

/** HTML's escaped characters as a reader sees them; "&amp;" last, so "&amp;lt;" stays "&lt;". */
function unescaped(html: string): string {
	return html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;|&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** A feed element's text: without its CDATA markers, its spaces made one. */
function textOf(markup: string): string {
	return markup
		.replace(/<!\[CDATA\[|\]\]>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Cleans a raw capture. Never throws on text; an empty text gives an empty article. */
export function cleanRawText(raw: string): CleanedText {
	const raws = logicalLines(normalizeText(raw));
	// A feed's channel has its own <title> above the item's (derivation 12, held-out 9): before
	// the first <item> or <entry>, every element is the feed's.
	const firstItem = raws.findIndex((l) => /^\s*<(?:item|entry)\b/i.test(l));
	// After the first item, the feed's other items are other stories (held-out 10 and 11).
	const itemEnd =
		firstItem < 0 ? -1 : raws.findIndex((l, i) => i > firstItem && /<\/(?:item|entry)>/i.test(l));
	const lines = raws.map((l, i) =>
		(i < firstItem && /^\s*</.test(l)) || (itemEnd >= 0 && i > itemEnd) ? '' : withoutMarkup(l)
	);
	const result: CleanedText = {
		title: '',
		titleDerived: false,
		author: null,
		dateline: null,
		publisherHints: [],
		paragraphs: [],
		removed: []
	};
	const remove = (line: string, reason: RemovalReason) => result.removed.push({ line, reason });
	// The page's copyright year: what year a dateline without one ("Fri 2 Jul") is in.
	const year = copyrightYear(raw);
	const parseDateline = (line: string) => dateOfLine(line, year);
	const datedRow = (line: string) => rowDate(line, year);
	const notePublisher = (line: string, rule: LineRuleName) => {
		const publisher = publisherFrom(line, rule);
		if (publisher) result.publisherHints.push({ value: publisher, evidence: line });
	};
	// A page copied whole: the headline is found first, and what stands above it is the site's.
	const header = findHeadline(lines);
	let titleKey: string | null = null;
	/** The last paragraph's comparison key (once per paragraph, not once per line). */
	let lastKey = '';
	let inTrailer = false;

	/** A headline's second line, read with its first: "… Act 2026:" + "what employers need to know". */
	let titleTail = -1;
	lines.forEach((line, index) => {
		if (!line) return remove(raws[index]!, 'markup');
		if (index === titleTail) return remove(line, 'duplicate');
		// The header runs until the first sentence of prose: a headline or a section line may come first.
		const inHeader = header
			? index < header.proseIndex
			: index < HEADER_LINES && result.paragraphs.every((p) => !/[.!?]["”’]?$/u.test(p.text));
		const key = comparisonKey(line);
		if (inTrailer) {
			// Nothing here is the article's, but the site's footer still names its publisher.
			const rule = matchLineRule(line);
			if (rule) notePublisher(line, rule.name);
			return remove(line, 'trailer');
		}
		if (TRAILER_HEADING.test(line)) {
			// "Most viewed" or "About us | Contact" in the site's menus above the story ends nothing.
			if (!result.paragraphs.some((p) => p.kind === 'body')) return remove(line, 'page-header');
			inTrailer = true;
			return remove(line, 'trailer');
		}
		const authorBox = AUTHOR_BOX.exec(line);
		if (authorBox?.[1]) {
			// The author box closes the article: the bio under it is not article text.
			result.author ??= { value: authorBox[1], evidence: line };
			inTrailer = true;
			return remove(line, 'author-box');
		}
		const rule = matchLineRule(line);
		if (rule) {
			notePublisher(line, rule.name);
			// "Published 2026-09-08 · 5 min read": a line a rule removes may still date the page.
			if (inHeader) {
				const dated = datedRow(line);
				if (dated) result.dateline ??= { value: dated, evidence: line };
			}
			return remove(line, rule.name);
		}
		if (key === titleKey || key === lastKey) {
			return remove(line, 'duplicate');
		}
		if (inHeader) {
			const byline = parseBylineLine(line);
			if (byline) {
				if (byline.author) result.author ??= { value: byline.author, evidence: line };
				// "By Oriel Vantasz | Posted 24.03.2026, 10:17 | 6 min read": the row's date too.
				const date = byline.date ?? datedRow(line);
				if (date) result.dateline ??= { value: date, evidence: line };
				return remove(line, 'byline');
			}
			const dateline = parseDateline(line) ?? datedRow(line);
			if (dateline) {
				result.dateline ??= { value: dateline, evidence: line };
				return remove(line, 'dateline');
			}
			// No headline found: the site's furniture is still no title ("View in browser | …").
			if (!header && titleKey === null && (isFurniture(line) || isMasthead(line)))
				return remove(line, 'page-header');
			// Nor, under the title, the story's text: "Download full decision (PDF, 24 pages)",
			// "Applicant (tenant): Ms …" (derivation 19, held-out 21).
			if (!header && titleKey !== null && isFurniture(line)) return remove(line, 'page-header');
		}
		// A standfirst can come before the writer's and the date's lines: "Phone makers get until
		// March 2027. …" then "Linnea Vasko · Senior Policy Writer", "Published 2026-09-08 · 5 min
		// read". A few lines after it, a line that is only a date or a writer is still the page's.
		if (header && index > header.proseIndex && index <= header.proseIndex + 3) {
			const dated = parseDateline(line) ?? datedRow(line);
			if (dated) {
				result.dateline ??= { value: dated, evidence: line };
				return remove(line, 'dateline');
			}
			const writer = writerOf(line.split(/\s+·\s+/)[0]!);
			if (writer && /\s·\s.*\b(?:writer|reporter|correspondent|editor)\b/i.test(line)) {
				result.author ??= { value: writer, evidence: line };
				return remove(line, 'byline');
			}
		}
		if (header && index < header.proseIndex && index !== header.titleIndex) {
			// Above the headline nothing is the story's; below it, the standfirst and summary are.
			// A mail's subject is its headline; the newsletter's name and tagline come below it.
			if (
				index < header.titleIndex ||
				isFurniture(line) ||
				(header.title !== undefined && isMasthead(line)) ||
				RELATIVE_TIME.test(line)
			) {
				// A date among the site's lines above the headline is still the page's date.
				const dated = parseDateline(line) ?? datedRow(line);
				if (dated) result.dateline ??= { value: dated, evidence: line };
				return remove(line, dated ? 'dateline' : 'page-header');
			}
			const dated = datedRow(line);
			if (dated) {
				result.dateline ??= { value: dated, evidence: line };
				return remove(line, 'dateline');
			}
			const writer = writerOf(line);
			if (writer) {
				result.author ??= { value: writer, evidence: line };
				return remove(line, 'byline');
			}
		}
		// "World | Business | Markets": a row of section links is never the title.
		if (
			titleKey === null &&
			index !== header?.titleIndex &&
			/^[^|]{1,30}(?:\s\|\s[^|]{1,30}){2,}$/.test(line)
		)
			return remove(line, 'duplicate');
		if (titleKey === null) {
			titleKey = key;
			if (looksLikeTitle(line)) {
				// "1. Heat decree: what employers must do": a newsletter's contents entry keeps its
				// words, not its number.
				// "UPDATE 2-Pendrask to levy …": a wire's revision tag is not the headline's
				// (held-out 14).
				result.title =
					(index === header?.titleIndex ? header.title : undefined) ??
					line
						.replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '')
						.replace(/^(?:UPDATE|REFILE|CORRECTED|RPT)(?:\s+\d+)?\s*-\s*(?=\p{Lu})/u, '')
						// "Part 2 of 4: Benefits shake-up": a series' part, not the story's headline (held-out 17).
						.replace(/^Part\s+\d+\s+of\s+\d+\s*[:—–-]\s*(?=\p{Lu})/u, '')
						// "▸ Tribunal fees return in April": a contents entry's glyph (held-out 18).
						.replace(/^[▸►▶▹•·]\s*/u, '');
				// A headline over two lines (held-out 14's PDF note): "Reserve Forces (Employment
				// Protection) Act 2026:" then "what employers need to know".
				const next = lines.slice(index + 1).findIndex(Boolean) + index + 1;
				const tail = next > index ? lines[next]! : '';
				if (
					result.title.endsWith(':') &&
					/^\p{Ll}/u.test(tail) &&
					tail.split(/\s+/).length <= 10 &&
					!/[.!?]$/.test(tail)
				) {
					result.title = `${result.title} ${tail}`;
					titleTail = next;
				}
				return;
			}
			result.title =
				(index === header?.titleIndex ? header.title : undefined) ?? deriveHeadline(line);
			result.titleDerived = true;
		}
		const kind = CAPTION.test(line) ? 'caption' : CREDIT.test(line) ? 'credit' : 'body';
		result.paragraphs.push({ kind, text: line });
		lastKey = key;
	});
	// No date above the story: a wire dateline opening it ("PRAVORIA CITY, 19 May 2026 – …"), or
	// a notice's "Dated this 4th day of May 2026." at its foot.
	if (!result.dateline) {
		for (const { text } of result.paragraphs.filter((p) => p.kind === 'body').slice(0, 3)) {
			const wire = WIRE_DATELINE.exec(text);
			const date = wire ? parseDateline(wire[1]!) : null;
			if (wire && date) {
				result.dateline = { value: date, evidence: wire[0].trim() };
				break;
			}
		}
	}
	if (!result.dateline)
		for (const { text } of result.paragraphs) {
			const date = /^dated this\b/i.test(text) ? parseDateline(text) : null;
			if (date) {
				result.dateline = { value: date, evidence: text };
				break;
			}
		}
	return result;
}

/** "PRAVORIA CITY, 19 May 2026 – ", "VESCA, March 11 (Lantern) - ": a wire story's opening. */
const WIRE_DATELINE =
	/^\p{Lu}[\p{Lu} .'’-]{2,40},\s+([^–—(]{4,40}?)\s*(?:\([^)]{1,40}\)\s*)?[–—-]\s/u;

/**
 * The story's headline, as a reader sees it above the text: the line a card is read against
 * ("From: Sandrel adopts wildfire building code"). The cleaner's `title` is often the site's
 * masthead ("THE KELVANE POST", "GOV.SR | Government of …"); the headline is then the line
 * before the lede that shares the lede's words. Pure, and general: it looks at the shape of
 * the lines, never at which site they come from.
 */
import type { Article } from '../article';

/** Page furniture: menus, consent banners, bylines, share bars, bullet points, datelines. */
const FURNITURE =
	/[|[\]☰≡▾▢▶▸›·•→]|^\s*[-*–—]\s|\b(?:cookies?|subscribe|sign in|log in|register|newsletters?|share (?:this|on|story)|^share\b|privacy (?:settings|choices|policy|matters)|consent|menu|search|published|updated|reading time|min read|listen)\b|^(?:By|Von)\s|^(?:From|Date|Ref|Author):|\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

/** Content words, by their first four letters: "farm" and "farms" are one word. */
function stems(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length >= 4)
			.map((w) => w.slice(0, 4))
	);
}

function shared(a: Set<string>, b: Set<string>): number {
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a line reads as a headline: a phrase of a few words, no sentence, no furniture. */
function headlineShaped(text: string): boolean {
	const n = words(text);
	if (n < 4 || n > 24) return false;
	// A sentence of the story ends on a stop; a headline does not (a question mark is allowed).
	if (/[.!]["”’]?$/u.test(text.trim()) || FURNITURE.test(text)) return false;
	// A masthead or a section label: all capitals.
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters !== letters.toUpperCase();
}

/** A site's name or a menu line rather than a headline: all capitals, a bar, or under four words. */
function masthead(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return (
		words(text) < 4 ||
		/[|☰≡·]/.test(text) ||
		/\b(?:sign in|log in|subscribe|cookies?|skip to)\b/i.test(text) ||
		(letters === letters.toUpperCase() && words(text) < 6)
	);
}

/** A menu: every word capitalised ("Home Farming Environment Markets Jobs"). */
function menu(text: string): boolean {
	return !/\s\p{Ll}/u.test(text);
}

/**
 * The headline of an article: its title when the title shares the lede's words, else the
 * first headline-shaped line before the lede that shares three of them (else two), else the title.
 */
export function headlineOf(article: Pick<Article, 'title' | 'paragraphs'>, lead?: string): string {
	const body = article.paragraphs.filter((p) => p.kind === 'body');
	const ledeAt = body.findIndex((p) =>
		lead !== undefined ? p.text === lead : /[.]\s*$/.test(p.text) && words(p.text) >= 12
	);
	if (ledeAt < 0) return article.title;
	const own = stems(
		body
			.slice(ledeAt, ledeAt + 3)
			.map((p) => p.text)
			.join(' ')
	);
	// The title is what the app shows above each card ("From: …"): taken whenever it is a
	// headline, not a masthead ("THE KELVANE POST", "GOV.SR | …"), and it shares the lede's words.
	const title = article.title.trim();
	if (!masthead(title) && shared(stems(title), own) >= 2) return title;
	// The first such line (a standfirst under the headline shares the lede's words too), and
	// one that shares three before one that shares two (a site's tagline names its country).
	const lines = body.slice(0, ledeAt).filter((p) => headlineShaped(p.text) && !menu(p.text));
	const line =
		lines.find((p) => shared(stems(p.text), own) >= 3) ??
		lines.find((p) => shared(stems(p.text), own) >= 2);
	return line?.text.trim() ?? article.title;
}

/** The lede: the first body paragraph that is a sentence of twelve words or more. */
export function leadOf(article: Pick<Article, 'paragraphs'>): string {
	return (
		article.paragraphs.find(
			(p) => p.kind === 'body' && /[.]\s*$/.test(p.text) && p.text.split(' ').length >= 12
		)?.text ?? ''
	);
}

/** Whether the headline and a claim share a content word ("licence" and "Licences"). */
export function sharesWords(headline: string | undefined, text: string): boolean {
	if (!headline) return false;
	const stems = (t: string) =>
		t
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter(
				(w) =>
					w.length >= 5 &&
					!/^(?:which|their|there|these|those|after|under|about|every|would|could|shall)$/.test(w)
			)
			.map((w) => w.slice(0, 5));
	const own = new Set(stems(headline));
	return stems(text).some((w) => own.has(w));
}

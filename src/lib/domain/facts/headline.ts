/**
 * What a card is read against: the article's headline, which Review shows above each prompt
 * ("New building code to protect homes in wildfire risk zones"), and its lede. The headline is
 * the article's title: the cleaner finds it under a copied page's masthead and menus
 * (`clean/header.ts`), so the derivation reads exactly the line the learner sees.
 */
import type { Article } from '../article';

/** The lede: the first body paragraph that is a sentence of twelve words or more. */
export function leadOf(article: Pick<Article, 'paragraphs'>): string {
	return (
		article.paragraphs.find(
			(p) => p.kind === 'body' && /[.]\s*$/.test(p.text) && p.text.split(' ').length >= 12
		)?.text ?? ''
	);
}

/** A text's content words, cut to five letters ("licence" and "Licences" are one). */
function stems(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter(
			(w) =>
				w.length >= 5 &&
				!/^(?:which|their|there|these|those|after|under|about|every|would|could|shall)$/.test(w)
		)
		.map((w) => w.slice(0, 5));
}

/**
 * A headline of names only: every word capitalised but "and", "of", "for", "the" ("Thistlecombe
 * Primary School & Nursery", "THE CRIMINAL FINES (DAY UNITS) ORDER 2027"). It labels a page; it
 * does not say what a rule is about.
 */
export function namesOnly(headline: string): boolean {
	const words = headline.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|at|on|in)$/u.test(w));
}

/** The claim without the policy frame it opens on: "Under the Keeping of Primates Order, ". */
export const withoutFrame = (claim: string) => claim.replace(/^(?:Under|In)\s[^,]{2,120},\s+/u, '');

/** Whether the headline and a claim share a content word ("licence" and "Licences"). */
export function sharesWords(headline: string | undefined, text: string): boolean {
	if (!headline) return false;
	const own = new Set(stems(headline));
	return stems(text).some((w) => own.has(w));
}

/**
 * Whether a claim says again what the headline above its card says (derivation 11): it is the
 * lede's first sentence, which tells the headline's news in full, or it shares three content
 * words and over a third of its own with the headline ("The Fisheries Directorate adopted new
 * vessel monitoring rules" under "… as Directorate tightens monitoring rules"). A true/false
 * card on it asks nothing the card does not show.
 */
export function restatesHeadline(
	headline: string | undefined,
	lede: string | undefined,
	claim: string,
	sources: readonly string[]
): boolean {
	const first = lede?.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]?.trim();
	if (first && sources.some((s) => s.includes(first) || first.includes(s.trim()))) return true;
	if (!headline) return false;
	// "… like anyone else, except when staying in their own municipality": a condition of its own.
	if (/\b(?:except|unless|only|if|but|not|no longer|without)\b/i.test(claim)) return false;
	// "THE CRIMINAL FINES (DAY UNITS) ORDER 2027": a headline of names only labels the page; a
	// claim that says what the order does says more than it (derivation 25, held-out 31).
	if (namesOnly(headline)) return false;
	const own = new Set(stems(headline));
	// "Under the Keeping of Primates Order, every registered animal must be microchipped" under
	// "Press conference on the Keeping of Primates Order": the frame that names the policy is no
	// part of the point (derivation 25, held-out 33).
	const words = new Set(stems(withoutFrame(claim)));
	let shared = 0;
	for (const w of words) if (own.has(w)) shared++;
	return shared >= 3 && shared / words.size > 0.35;
}

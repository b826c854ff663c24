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

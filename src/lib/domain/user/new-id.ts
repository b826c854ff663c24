/** The id of an article the user adds (apart from ./ids.ts: the library needs none of this). */
import { findHeadline } from '../clean/header';
import { slugify } from '../text';
import { USER_ARTICLE_PREFIX } from './ids';

/** A new, readable and unique id for an article added at `now` (a valid slug). */
export function newUserArticleId(title: string, now: Date): string {
	const words = slugify(title, 40) || 'article';
	return `${USER_ARTICLE_PREFIX}${words}-${now.getTime().toString(36)}`;
}

/**
 * The words an id is made of, for a text the cleaner has not read yet (it runs in the worker):
 * the page's headline when it has one, not its first line ("Skip to content", a masthead).
 */
export function idWords(text: string): string {
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.slice(0, 60);
	const header = findHeadline(lines);
	return header ? lines[header.titleIndex]! : text.slice(0, 80);
}

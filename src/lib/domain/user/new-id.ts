/** The id of an article the user adds (apart from ./ids.ts: the library needs none of this). */
import { slugify } from '../text';
import { USER_ARTICLE_PREFIX } from './ids';

/** A new, readable and unique id for an article added at `now` (a valid slug). */
export function newUserArticleId(title: string, now: Date): string {
	const words = slugify(title, 40) || 'article';
	return `${USER_ARTICLE_PREFIX}${words}-${now.getTime().toString(36)}`;
}

/** Where the reader shows an article: pack articles are prerendered pages, the user's own one page. */
import { resolve } from '$app/paths';
import { isUserArticleId } from '$lib/domain/user/ids';

/** The reader's address for an article, with an optional #fragment (e.g. `#fact-<id>`). */
export function articleHref(articleId: string, hash = ''): string {
	return isUserArticleId(articleId)
		? `${resolve('/read/user')}?id=${encodeURIComponent(articleId)}${hash}`
		: `${resolve('/read/[slug]', { slug: articleId })}${hash}`;
}

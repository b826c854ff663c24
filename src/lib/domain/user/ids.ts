/**
 * The user's own articles: their ids, and the ids of their facts. Pure and light: the
 * library, the reader and the review screens use it, so it imports nothing heavy.
 */
/**
 * Every article the user adds has an id that starts so; the pack's slugs never do (a test
 * checks the catalog). Links, pack syncs and the search tell user articles apart by it.
 */
export const USER_ARTICLE_PREFIX = 'mine-';

/** True for the id of an article the user added. */
export const isUserArticleId = (id: string): boolean => id.startsWith(USER_ARTICLE_PREFIX);

/**
 * The id a user article's fact is stored under: its article's id in front, so that the same
 * sentence in a pack article (someone pasted a launch article) never shares a record with it.
 */
export const userFactId = (articleId: string, factId: string): string => `${articleId}.${factId}`;

/** Above any place the pack's new cards take (one per fact of the pack: hundreds at most). */
const USER_ORDER_BASE = 1_000_000_000;

/**
 * Where a new card of a user article waits among new cards: after the pack's (0 and up; a
 * backup accepts no negative place), the articles in the order they were added, each
 * article's facts in order. The daily new-card limit applies to them as to all.
 */
export const userCardOrder = (addedAt: number, index: number): number =>
	USER_ORDER_BASE +
	Math.max(0, Math.floor(addedAt / 1000) - 1_700_000_000) * 1000 +
	Math.min(index, 999);

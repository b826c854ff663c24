/**
 * Whether this tab has loaded the user-articles state (a save, a delete in the reader): a
 * screen that needs it only then, or when the library holds the user's own articles, reads
 * this flag instead of loading that code on every first visit.
 */
export const userArticlesUsed = { value: false };

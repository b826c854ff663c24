/** A stored user article as the worker's input again, to derive its facts with a new pipeline. */
import type { Article } from '../article';
import type { AddInput } from './build';

/**
 * The stored article itself, not its text again: a new pipeline derives new facts, but the
 * paragraphs (and with them reading positions and evidence offsets) and metadata stay.
 */
export function rederiveInput(article: Article): AddInput {
	return { articleId: article.id, name: article.source, text: '', meta: {}, stored: article };
}

/**
 * The content pack's shape, light enough for the client: building a pack (which needs the
 * language libraries) lives in ./pack.ts and runs only at build time.
 */
import type { Article } from './article';
import type { Fact } from './facts/types';

/** Increase when the shape of a packed article or fact changes. */
export const PACK_FORMAT = 2;

export interface Pack {
	format: number;
	/** Hash over every article's content and the facts: changes when any of them does. */
	version: string;
	/** The facts pipeline's version that derived `facts`. */
	derivation: number;
	articles: Article[];
	/** Key facts across the articles, with their evidence. */
	facts: Fact[];
}

/**
 * A reader page carries its article's text once: in its HTML. The server load hands the
 * paragraphs to the prerender through this map rather than through its data, which SvelteKit
 * would serialize into the page a second time (and into its __data.json). In the browser the
 * map stays empty: +page.ts reads the text back from the page or from the pack.
 */
import type { Paragraph } from '$lib/domain/article';

export const textForRender = new Map<string, Paragraph[]>();

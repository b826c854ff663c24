/**
 * The text of a pack article in the browser. A reader page's data does not carry it (its HTML
 * does): on the first load it is read back from the prerendered page, checked against the
 * article's content hash; after a client-side navigation it comes from the pack, which the
 * service worker keeps for offline use.
 */
import { base } from '$app/paths';
import { articleContentHash, type Article, type Paragraph } from '$lib/domain/article';

type PackText = { articles: Pick<Article, 'id' | 'paragraphs'>[] };

let pack: Promise<PackText> | null = null;

/** The paragraphs of `article`, or undefined when the pack does not have it. */
export async function articleText(
	article: Pick<Article, 'id' | 'title' | 'contentHash'>,
	fetch: typeof globalThis.fetch
): Promise<Paragraph[] | undefined> {
	const onPage = paragraphsOnPage();
	if (onPage && (await articleContentHash(article.title, onPage)) === article.contentHash) {
		return onPage;
	}
	pack ??= fetch(`${base}/pack.json`).then((response) => {
		if (!response.ok) throw new Error(`The article could not be loaded (${response.status}).`);
		return response.json() as Promise<PackText>;
	});
	try {
		return (await pack).articles.find((a) => a.id === article.id)?.paragraphs;
	} catch (error) {
		pack = null; // the next navigation tries again
		throw error;
	}
}

/** The paragraphs as the prerendered reader shows them (read before hydration), or null. */
function paragraphsOnPage(): Paragraph[] | null {
	const nodes = document.querySelectorAll<HTMLElement>('p[data-paragraph]');
	if (nodes.length === 0) return null;
	return Array.from(nodes, (p) => ({
		kind: p.classList.contains('caption')
			? 'caption'
			: p.classList.contains('credit')
				? 'credit'
				: 'body',
		// The text nodes (and a highlight), not the anchors or the "Image caption:" label.
		text: Array.from(p.childNodes, (node) =>
			node.nodeType === Node.TEXT_NODE || node.nodeName === 'MARK' ? node.textContent : ''
		).join('')
	}));
}

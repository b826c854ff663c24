/** Where the reader is in an article, measured from the rendered paragraphs. */
import type { ReadingPosition } from '$lib/state/reading-session.svelte';

/** The id of a paragraph's element: the reader's anchors (`/read/slug#p-4`). */
export function paragraphAnchor(index: number): string {
	return `p-${index}`;
}

/**
 * The paragraph at the top of the viewport, the share of paragraphs that have been on
 * screen, and whether the article's end is in view.
 */
export function measurePosition(paragraphs: HTMLElement[], end: HTMLElement): ReadingPosition {
	const viewportBottom = window.innerHeight;
	let paragraph = 0;
	let seen = 0;
	paragraphs.forEach((element, index) => {
		const box = element.getBoundingClientRect();
		if (box.bottom <= 1) paragraph = Math.min(index + 1, paragraphs.length - 1);
		if (box.top < viewportBottom) seen = index + 1;
	});
	const percent = paragraphs.length ? (seen / paragraphs.length) * 100 : 100;
	return { paragraph, percent, reachedEnd: end.getBoundingClientRect().top <= viewportBottom };
}

/** Scrolls so that a paragraph starts at the top of the viewport. */
export function scrollToParagraph(index: number): void {
	document.getElementById(paragraphAnchor(index))?.scrollIntoView({ block: 'start' });
}

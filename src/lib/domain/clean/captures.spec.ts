/**
 * The whole web pages in the facts fixtures (unseen, held-out 1–20), copied with the site's
 * masthead, menus, cookie banner and share buttons above the story (left out: held-out 13’s radio
 * transcript, which has no headline, held-out 15’s transcript and written answer, held-out 16’s
 * verbatim record, council minutes, transcript and PDF notice, held-out 17’s live blog, written
 * question and newsletter, held-out 18’s campaign blog, regulator's notice, debate record and
 * live blog, held-out 19’s PDF notice and mail digest, and held-out 20’s radio transcript, PDF
 * notice, debate record and mail digest, whose titles a reader would write otherwise). Each page's headline
 * (`fixtures/capture-titles.json`, read off each page by hand) must be the title, and none of
 * the site's furniture may open the article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanRawText } from './cleaner';

const titles: Record<string, string> = JSON.parse(
	readFileSync(new URL('./fixtures/capture-titles.json', import.meta.url), 'utf8')
);
const fixtures = new URL('../facts/fixtures/', import.meta.url);

/** What a site puts above a story, in words no article opens with. */
const FURNITURE =
	/\bcookies?\b|^(subscribe|sign in|log ?in|home|menu|search|share|listen)\b|[☰≡▾]|\d+ (hours?|minutes?) ago$/i;

describe('whole pages copied from news sites', () => {
	it('has the headline of every page in the fixtures', () => {
		expect(Object.keys(titles).length).toBeGreaterThanOrEqual(50);
	});

	for (const [file, title] of Object.entries(titles)) {
		it(`${file}: the headline is the title and the story opens the text`, () => {
			const cleaned = cleanRawText(readFileSync(new URL(file, fixtures), 'utf8'));
			expect(cleaned.title).toBe(title);
			expect(cleaned.titleDerived).toBe(false);
			const opening = cleaned.paragraphs.slice(0, 4).map((p) => p.text);
			expect(opening.filter((text) => FURNITURE.test(text))).toEqual([]);
			expect(cleaned.paragraphs.map((p) => p.text)).not.toContain(title);
			// Nothing the story says went with the site's furniture: no sentence of twelve words or
			// more, but a cookie banner's, a newsletter's greeting ("Good morning. Today: …") or a
			// PDF's extraction note, was removed as the page's header.
			const prose = cleaned.removed.filter(
				(r) =>
					r.reason === 'page-header' &&
					r.line.split(/\s+/).length >= 12 &&
					/[.!?]["”’)]?$/.test(r.line) &&
					!/\bcookies?\b/i.test(r.line) &&
					!/^good (?:morning|afternoon|evening)\b/i.test(r.line) &&
					// How the page was made: "Text extracted automatically from the PDF. …".
					!/^text (?:was )?extracted\b/i.test(r.line)
			);
			expect(prose.map((r) => r.line)).toEqual([]);
		});
	}
});

// @vitest-environment jsdom
/**
 * The hostile corpus (hostile-corpus.ts: script tags, event handlers, javascript: and data:
 * URLs, SVG and MathML, meta refresh, CSS expressions, iframe srcdoc, base href, form actions,
 * DOMPurify's own mutation-XSS strings) through the importer: what comes out is plain text.
 * Markup appears in it only where the page itself showed it as text (&lt;…&gt;), and nothing
 * of a payload's addresses or code survives.
 */
import { describe, expect, test } from 'vitest';
import { AddArticleError } from '$lib/domain/user/checks';
import { importHtml } from './html';
import { HOSTILE_PAYLOADS, hostilePage, pageWith } from './hostile-corpus';

/** Each `<tag` (or `</tag`, `<!`) in `text` that the page did not write as text (`&lt;tag`). */
function markupNotShownAsText(text: string, source: string): string[] {
	const escaped = source.toLowerCase().replace(/&lt;?/g, '<');
	const written = new Set(
		[...escaped.matchAll(/<[/!]?[a-z][\w-]*/g)]
			.map(([tag]) => tag)
			.filter(
				(tag) =>
					source.toLowerCase().includes(`&lt;${tag.slice(1)}`) ||
					source.toLowerCase().includes(`&lt${tag.slice(1)}`)
			)
	);
	return [...text.toLowerCase().matchAll(/<[/!]?[a-z][\w-]*/g)]
		.map(([tag]) => tag)
		.filter((tag) => !written.has(tag));
}

/** What no import may keep: code and addresses that only a payload carries. */
const NEVER = [
	/javascript:/i,
	/attacker\.invalid/i,
	/__pwned\s*=\s*1\b(?!<)/,
	/onerror\s*=/i,
	/expression\(/i
];

test('the corpus has the payloads the issue names, and DOMPurify’s own', () => {
	const all = HOSTILE_PAYLOADS.map((p) => p.html).join('\n');
	for (const kind of [
		/<script/i,
		/onerror=/i,
		/javascript:/i,
		/data:/i,
		/<svg/i,
		/<math/i,
		/http-equiv="refresh"/i,
		/expression\(/i,
		/srcdoc=/i,
		/<base /i,
		/action=/i
	])
		expect(all, String(kind)).toMatch(kind);
	expect(HOSTILE_PAYLOADS.filter((p) => p.from === 'dompurify').length).toBeGreaterThanOrEqual(20);
});

test('the whole corpus in one page: its article as plain text, nothing of the payloads', () => {
	const source = hostilePage();
	const { text, meta } = importHtml(source);
	expect(meta.title).toBe('Harbour council passes transport plan');
	expect(meta.publisher).toBe('The Harbour Gazette');
	expect(meta.date).toBe('2024-05-14');
	expect(text).toContain('passed its transport plan on Tuesday by 31 votes to 12');
	expect(text).toContain('The council will publish the final route map on 3 June');
	// The markup the page printed as text is text in Dossier too.
	expect(text).toContain('<script>window.__pwned = 1</script> is printed, never run.');
	expect(markupNotShownAsText(text, source)).toEqual([]);
	// The payloads sat in the article: the sentences around most of them are kept.
	const kept = HOSTILE_PAYLOADS.filter((_, i) => text.includes(`measure ${i + 1} of`)).length;
	expect(kept).toBeGreaterThan(HOSTILE_PAYLOADS.length * 0.75);
	for (const never of [/javascript:/i, /attacker\.invalid/i, /onerror\s*=/i, /expression\(/i])
		expect(text).not.toMatch(never);
});

describe.each(HOSTILE_PAYLOADS.map((p, i) => [p.name, p, i] as const))(
	'%s',
	(_name, payload, i) => {
		test('is refused as no article, or comes out as plain text', () => {
			const source = pageWith(payload, i);
			let text: string;
			try {
				text = importHtml(source).text;
			} catch (error) {
				// A payload that leaves Readability no article is refused, and nothing is kept.
				expect(error).toBeInstanceOf(AddArticleError);
				return;
			}
			expect(text).toContain('The plan sets out new bus lanes and a ferry route by 2027');
			expect(markupNotShownAsText(text, source)).toEqual([]);
			for (const never of NEVER) expect(text).not.toMatch(never);
		});
	}
);

/** Plain-text helpers shared by the cleaner, the pack builder and the facts and quiz pipeline. */

/** The text as a regular expression's literal: its special characters escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Average adult silent-reading speed for non-fiction (Brysbaert 2019: ~238 wpm). */
export const WORDS_PER_MINUTE = 238;

/** Unicode NFC, unified line ends, no-break and zero-width spaces made plain, lines trimmed. */
export function normalizeText(raw: string): string {
	return raw
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00a0\u2007\u202f]/g, ' ')
		.replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n');
}

/** A comparison key: case, quote style and spacing do not matter. */
export function comparisonKey(line: string): string {
	return line
		.toLowerCase()
		.replace(/[“”„«»"]/g, '"')
		.replace(/[‘’‚`']/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words are whitespace-separated tokens that hold a letter or a digit. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A URL-safe slug of at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** SHA-256 of a string as lowercase hex (Web Crypto: the same in Node, browsers and workers). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

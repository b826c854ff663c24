/**
 * The content pack: articles built from raw texts and a hand-kept catalog, versioned by
 * their content so that a client can tell when its stored copy is stale.
 */
import * as v from 'valibot';
import type { Article, ArticleOrigin, Attribution, PublishedDate } from './article';
import { cleanRawText } from './clean/cleaner';
import { deriveFacts } from './facts/derive';
import { DERIVATION_VERSION } from './facts/types';
import { PACK_FORMAT, type Pack } from './pack-format';
import { countWords, readingMinutes, sha256Hex } from './text';

export { PACK_FORMAT, type Pack };

const IsoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
);

/** What the catalog may say of one raw file: the text cannot state these, so each has a reason. */
export const CatalogEntrySchema = v.strictObject({
	file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'a .txt file name')),
	slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug')),
	publisher: v.optional(
		v.strictObject({
			name: v.pipe(v.string(), v.minLength(1)),
			reason: v.pipe(v.string(), v.minLength(10))
		})
	),
	date: v.optional(
		v.strictObject({
			notBefore: v.optional(IsoDate),
			notAfter: v.optional(IsoDate),
			reason: v.pipe(v.string(), v.minLength(10))
		})
	)
});
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>;
export const CatalogSchema = v.array(CatalogEntrySchema);

function publishedDate(
	cleaned: ReturnType<typeof cleanRawText>,
	entry: Pick<CatalogEntry, 'date'>
): PublishedDate {
	if (cleaned.dateline) {
		const { value, evidence } = cleaned.dateline;
		return { precision: value.precision, value: value.value, basis: 'dateline', evidence };
	}
	if (entry.date) {
		const { notBefore, notAfter, reason } = entry.date;
		return { precision: 'estimate', notBefore, notAfter, basis: 'catalog', evidence: reason };
	}
	return { precision: 'unknown', basis: 'none' };
}

/** Builds one article from its raw text. Metadata the text states wins over the catalog. */
export async function buildArticle(
	raw: string,
	entry: Pick<CatalogEntry, 'file' | 'slug' | 'publisher' | 'date'>,
	origin: ArticleOrigin
): Promise<Article> {
	const cleaned = cleanRawText(raw);
	const [statedPublisher] = cleaned.publisherHints;
	const publisher: Attribution | null = statedPublisher
		? { name: statedPublisher.value, basis: 'stated', evidence: statedPublisher.evidence }
		: entry.publisher
			? { name: entry.publisher.name, basis: 'inferred', evidence: entry.publisher.reason }
			: null;
	const byline: Attribution | null = cleaned.author
		? { name: cleaned.author.value, basis: 'stated', evidence: cleaned.author.evidence }
		: null;
	const readable = cleaned.paragraphs.filter((p) => p.kind !== 'credit');
	const wordCount = readable.reduce((sum, p) => sum + countWords(p.text), 0);
	const contentHash = await sha256Hex(
		JSON.stringify([cleaned.title, cleaned.paragraphs.map((p) => [p.kind, p.text])])
	);
	return {
		id: entry.slug,
		title: cleaned.title,
		titleDerived: cleaned.titleDerived,
		byline,
		publisher,
		published: publishedDate(cleaned, entry),
		paragraphs: cleaned.paragraphs,
		wordCount,
		readingMinutes: readingMinutes(wordCount),
		contentHash,
		origin,
		source: entry.file,
		removedLines: cleaned.removed.length
	};
}

/** Builds the pack from raw texts keyed by file name. Throws when the catalog and files disagree. */
export async function buildPack(
	rawByFile: Record<string, string>,
	catalogInput: unknown
): Promise<Pack> {
	const catalog = v.parse(CatalogSchema, catalogInput);
	const files = Object.keys(rawByFile).sort();
	const listed = new Set(catalog.map((e) => e.file));
	const unlisted = files.filter((f) => !listed.has(f));
	const missing = catalog.filter((e) => !(e.file in rawByFile)).map((e) => e.file);
	if (unlisted.length || missing.length) {
		throw new Error(
			`Catalog and content disagree: unlisted ${unlisted.join(', ') || '-'}; missing ${missing.join(', ') || '-'}`
		);
	}
	const slugs = catalog.map((e) => e.slug);
	const duplicate = slugs.find((s, i) => slugs.indexOf(s) !== i);
	if (duplicate) throw new Error(`Catalog slug used twice: ${duplicate}`);
	const articles = await Promise.all(
		catalog.map((e) => buildArticle(rawByFile[e.file] ?? '', e, 'pack'))
	);
	const facts = deriveFacts(articles);
	const version = (
		await sha256Hex(JSON.stringify([PACK_FORMAT, DERIVATION_VERSION, articles, facts]))
	).slice(0, 16);
	return { format: PACK_FORMAT, version, derivation: DERIVATION_VERSION, articles, facts };
}

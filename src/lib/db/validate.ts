/** Schemas for what crosses into the database: anything fetched, imported or read back. */
import * as v from 'valibot';

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

const AttributionSchema = v.object({
	name: v.pipe(v.string(), v.minLength(1)),
	basis: v.picklist(['stated', 'inferred']),
	evidence: v.string()
});

export const ArticleSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	title: v.pipe(v.string(), v.minLength(1)),
	titleDerived: v.boolean(),
	byline: v.nullable(AttributionSchema),
	publisher: v.nullable(AttributionSchema),
	published: v.object({
		precision: v.picklist(['day', 'month', 'year', 'estimate', 'unknown']),
		value: v.optional(IsoDate),
		notBefore: v.optional(IsoDate),
		notAfter: v.optional(IsoDate),
		basis: v.picklist(['dateline', 'catalog', 'none']),
		evidence: v.optional(v.string())
	}),
	paragraphs: v.pipe(
		v.array(
			v.object({
				kind: v.picklist(['body', 'caption', 'credit']),
				text: v.pipe(v.string(), v.minLength(1))
			})
		),
		v.minLength(1)
	),
	wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
	readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
	contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
	origin: v.picklist(['pack', 'imported']),
	source: v.string(),
	removedLines: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export const PackSchema = v.object({
	format: v.number(),
	version: v.pipe(v.string(), v.minLength(1)),
	articles: v.pipe(
		v.array(ArticleSchema),
		v.check(
			(list) => new Set(list.map((a) => a.id)).size === list.length,
			'article ids must be unique'
		)
	)
});

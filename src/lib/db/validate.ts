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

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const ArticleId = v.pipe(v.string(), v.minLength(1));

const EvidenceSchema = v.object({
	articleId: ArticleId,
	paragraph: Offset,
	start: Offset,
	end: Offset,
	text: v.pipe(v.string(), v.minLength(1))
});

export const FactSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1)),
		statement: v.pipe(v.string(), v.minLength(1)),
		kind: v.picklist(['policy-rule', 'actor-role', 'dated-event', 'quantity', 'quote']),
		subject: v.pipe(v.string(), v.minLength(1)),
		answers: v.array(
			v.object({
				type: v.picklist([
					'person',
					'organization',
					'country',
					'place',
					'weapon',
					'number',
					'amount',
					'percentage',
					'date'
				]),
				text: v.pipe(v.string(), v.minLength(1)),
				start: Offset,
				end: Offset,
				value: v.string()
			})
		),
		date: v.optional(
			v.object({
				iso: IsoDate,
				precision: v.picklist(['day', 'month', 'season', 'year']),
				inferred: v.boolean(),
				text: v.string()
			})
		),
		relativeDate: v.optional(v.string()),
		evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
		articleIds: v.pipe(v.array(ArticleId), v.minLength(1)),
		conflicts: v.array(
			v.object({
				topic: v.string(),
				sides: v.array(
					v.object({
						value: v.string(),
						articleIds: v.array(ArticleId),
						evidence: v.array(EvidenceSchema)
					})
				)
			})
		),
		quiz: v.array(
			v.object({
				id: v.string(),
				type: v.picklist(['cloze', 'multiple-choice', 'true-false', 'date']),
				prompt: v.string(),
				answer: v.string(),
				choices: v.optional(v.array(v.string())),
				// Packs derived before issue 13 have no claim; the prompt stands in for it.
				claim: v.optional(v.string(), '')
			})
		),
		derivation: v.pipe(v.number(), v.integer(), v.minValue(1))
	}),
	v.check(
		(fact) => fact.answers.every((a) => fact.statement.slice(a.start, a.end) === a.text),
		'every answer span must match its statement'
	)
);

function unique<T>(key: (item: T) => string, what: string) {
	return v.check<T[], string>(
		(list) => new Set(list.map(key)).size === list.length,
		`${what} ids must be unique`
	);
}

export const PackSchema = v.pipe(
	v.object({
		format: v.number(),
		version: v.pipe(v.string(), v.minLength(1)),
		derivation: v.pipe(v.number(), v.integer(), v.minValue(1)),
		articles: v.pipe(
			v.array(ArticleSchema),
			unique((a) => a.id, 'article')
		),
		facts: v.pipe(
			v.array(FactSchema),
			unique((f) => f.id, 'fact')
		)
	}),
	v.check((pack) => {
		// Every piece of evidence must quote its article exactly.
		const byId = new Map(pack.articles.map((a) => [a.id, a]));
		return pack.facts.every((fact) =>
			fact.evidence.every(
				(e) => byId.get(e.articleId)?.paragraphs[e.paragraph]?.text.slice(e.start, e.end) === e.text
			)
		);
	}, 'every fact’s evidence must quote its article exactly')
);

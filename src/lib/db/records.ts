/**
 * Schemas of what is read back from the user's stores (cards, review log, progress), beside
 * those of the pack (./validate.ts). Loaded only when records are read for review or checked.
 */
import * as v from 'valibot';
import { reportBadRecord } from './integrity';
import { ArticleSchema, FactSchema } from './validate';

const Finite = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const ValidDate = v.pipe(
	v.date(),
	v.check((d) => Number.isFinite(d.getTime()), 'a valid date')
);
const StateValue = v.picklist([0, 1, 2, 3]);

/** A card's FSRS state, as ts-fsrs keeps it. */
export const FsrsCardSchema = v.object({
	due: ValidDate,
	stability: v.pipe(Finite, v.minValue(0)),
	difficulty: v.pipe(Finite, v.minValue(0)),
	elapsed_days: v.pipe(Finite, v.minValue(0)),
	scheduled_days: v.pipe(Finite, v.minValue(0)),
	learning_steps: Count,
	reps: Count,
	lapses: Count,
	state: StateValue,
	last_review: v.optional(ValidDate)
});

const Id = v.pipe(v.string(), v.minLength(1));

/** The learner's own text for a card (issue 14). */
const CardEditSchema = v.object({
	prompt: v.string(),
	answer: v.string(),
	options: v.optional(v.array(v.string())),
	editedAt: Finite,
	itemId: v.optional(v.string()),
	type: v.optional(v.picklist(['cloze', 'multiple-choice', 'true-false', 'date'])),
	base: v.optional(v.object({ prompt: v.string(), answer: v.string() }))
});

export const StoredCardSchema = v.pipe(
	v.object({
		id: Id,
		factId: v.optional(Id),
		keys: v.optional(v.array(v.string())),
		suspended: v.optional(v.picklist(['fact-gone', 'orphan', 'user', 'leech', 'deleted'])),
		edit: v.optional(CardEditSchema),
		flag: v.optional(v.object({ note: v.string(), flaggedAt: Finite })),
		leech: v.optional(v.boolean()),
		leechAt: v.optional(Finite),
		articleIds: v.array(v.string()),
		queue: v.picklist([-2, -1, 0, 1]),
		due: Finite,
		order: v.pipe(v.number(), v.integer()),
		state: StateValue,
		fsrs: FsrsCardSchema
	}),
	v.check((c) => c.state === c.fsrs.state, 'the card’s state must be its scheduling state'),
	v.check(
		(c) => c.queue !== 1 || c.due === c.fsrs.due.getTime(),
		'a scheduled card must be due when its scheduling state says'
	)
);

export const ReviewEntrySchema = v.object({
	id: v.optional(v.number()),
	cardId: Id,
	rating: v.picklist([1, 2, 3, 4]),
	reviewedAt: Finite,
	usedAt: v.optional(Finite),
	durationMs: v.pipe(Finite, v.minValue(0)),
	itemId: v.nullable(v.string()),
	correct: v.nullable(v.boolean()),
	before: FsrsCardSchema,
	after: FsrsCardSchema,
	log: v.object({ rating: v.number() })
});

export const ProgressSchema = v.object({
	articleId: Id,
	paragraph: Count,
	percent: v.pipe(Finite, v.minValue(0), v.maxValue(100)),
	finished: v.boolean(),
	lastRead: Finite
});

/** The schema of each store whose records are checked when read. */
export const RECORD_SCHEMAS = {
	cards: StoredCardSchema,
	reviewLog: ReviewEntrySchema,
	progress: ProgressSchema,
	facts: FactSchema,
	articles: ArticleSchema
} as const;

export type CheckedStore = keyof typeof RECORD_SCHEMAS;

/** What is wrong with a record, in words, or null when it is valid. */
export function recordProblem(store: CheckedStore, record: unknown): string | null {
	const result = v.safeParse(RECORD_SCHEMAS[store], record);
	return result.success ? null : v.summarize(result.issues).replace(/\s+/g, ' ');
}

/** True for a valid stored card. */
export const isStoredCard = (record: unknown): boolean => recordProblem('cards', record) === null;

/**
 * The records of `store` that are valid; each bad one is reported once (./integrity.ts, so
 * that Check database lists it) and left out. The stores' readers import this module only
 * when they read a record: a first visit, with nothing stored, never loads the validator.
 */
export function validRecords<T>(
	store: CheckedStore,
	records: readonly T[],
	keyOf: (record: T) => unknown
): T[] {
	return records.filter((record) => {
		if (record === undefined || record === null) return false;
		const problem = recordProblem(store, record);
		if (problem === null) return true;
		let key: unknown;
		try {
			key = keyOf(record);
		} catch {
			key = undefined;
		}
		reportBadRecord(store, key ?? '?', problem);
		return false;
	});
}

/**
 * Reading a backup file: the whole file is checked (valibot) before anything is written.
 * Loaded only when a user picks a file to restore.
 */
import * as v from 'valibot';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupError,
	MAX_BACKUP_BYTES,
	type BackupFile
} from '$lib/domain/backup/format';
import { ReadingPrefsSchema, ReviewSettingsSchema } from '$lib/domain/settings-schemas';
import { ArticleSchema, FactSchema } from './validate';

/** Longer than any text Dossier writes (a whole article's paragraph is a few thousand). */
export const MAX_TEXT_LENGTH = 200_000;
/** Keys that could reach an object's prototype: no Dossier backup has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const NOTHING_CHANGED = 'Nothing was changed.';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Time = v.pipe(v.number(), v.finite());
const Real = v.pipe(v.number(), v.finite());
const State = v.picklist([0, 1, 2, 3]);
/** A date as JSON writes it (an ISO string), back to the Date that was stored. */
const DateValue = v.pipe(
	v.union([v.pipe(v.string(), v.maxLength(40)), v.number()]),
	v.transform((input) => new Date(input)),
	v.check((date) => !Number.isNaN(date.getTime()), 'must be a date')
);

const FsrsCardSchema = v.looseObject({
	due: DateValue,
	stability: Real,
	difficulty: Real,
	elapsed_days: Real,
	scheduled_days: Real,
	learning_steps: Count,
	reps: Count,
	lapses: Count,
	state: State,
	last_review: v.optional(
		v.pipe(
			v.nullable(DateValue),
			v.transform((d) => d ?? undefined)
		)
	)
});

const FsrsLogSchema = v.looseObject({
	rating: v.picklist([0, 1, 2, 3, 4]),
	state: State,
	due: DateValue,
	stability: Real,
	difficulty: Real,
	elapsed_days: Real,
	last_elapsed_days: Real,
	scheduled_days: Real,
	learning_steps: Count,
	review: DateValue
});

// Loose objects: fields a newer card or log entry carries (user edits) are kept, not dropped.
const CardSchema = v.looseObject({
	id: Id,
	articleIds: v.array(Id),
	// -1 suspended, -2 buried (issue 14): a backup holding them must restore.
	queue: v.picklist([-2, -1, 0, 1]),
	due: Time,
	order: Count,
	state: State,
	fsrs: FsrsCardSchema
});

const ReviewSchema = v.looseObject({
	id: v.optional(v.pipe(Count, v.minValue(1))),
	cardId: Id,
	rating: v.picklist([1, 2, 3, 4]),
	reviewedAt: Time,
	durationMs: v.pipe(Real, v.minValue(0)),
	itemId: v.nullable(v.pipe(v.string(), v.maxLength(500))),
	correct: v.nullable(v.boolean()),
	before: FsrsCardSchema,
	after: FsrsCardSchema,
	log: FsrsLogSchema
});

const ProgressSchema = v.object({
	articleId: Id,
	paragraph: Count,
	percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	finished: v.boolean(),
	lastRead: Time
});

const SETTING_SCHEMAS: Record<string, v.GenericSchema> = {
	reading: ReadingPrefsSchema,
	review: ReviewSettingsSchema
};

const SettingSchema = v.pipe(
	v.object({ key: Id, value: v.unknown(), updatedAt: Time }),
	v.check((s) => {
		const schema = SETTING_SCHEMAS[s.key];
		return !schema || v.is(schema, s.value);
	}, 'must be a valid setting')
);

function uniqueBy<T>(key: (item: T) => string | number | undefined, what: string) {
	return v.check<T[], string>((list) => {
		const keys = list.map(key).filter((k) => k !== undefined);
		return new Set(keys).size === keys.length;
	}, `must not hold the same ${what} twice`);
}

const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	app: v.object({
		name: v.pipe(v.string(), v.maxLength(100)),
		build: v.pipe(v.string(), v.maxLength(100)),
		schema: Count
	}),
	data: v.object({
		articles: v.pipe(
			v.array(
				v.pipe(
					ArticleSchema,
					v.check((a) => a.origin === 'imported', 'must be one of your own articles')
				)
			),
			uniqueBy((a) => a.id, 'article')
		),
		facts: v.pipe(
			v.array(v.intersect([FactSchema, v.object({ origin: v.literal('imported') })])),
			uniqueBy((f) => f.id, 'fact')
		),
		progress: v.pipe(
			v.array(ProgressSchema),
			uniqueBy((p) => p.articleId, 'article')
		),
		settings: v.pipe(
			v.array(SettingSchema),
			uniqueBy((s) => s.key, 'setting')
		),
		cards: v.pipe(
			v.array(CardSchema),
			uniqueBy((c) => c.id, 'card')
		),
		reviewLog: v.pipe(
			v.array(ReviewSchema),
			uniqueBy((e) => e.id, 'review id')
		)
	})
});

const refuse = (why: string) => new BackupError(`${why} ${NOTHING_CHANGED}`);

/** Refuses a file too big to be a backup, before reading it. */
export function checkBackupSize(bytes: number): void {
	if (bytes > MAX_BACKUP_BYTES) {
		const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
		throw refuse(
			`This file is ${mb(bytes)}: bigger than any Dossier backup (the limit is ${mb(MAX_BACKUP_BYTES)}), so it was not read.`
		);
	}
}

/** JSON.parse that refuses prototype keys and giant strings as it reads. */
function parseJson(text: string): unknown {
	let hostile: string | null = null;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text, function (key, value: unknown) {
			if (FORBIDDEN_KEYS.has(key)) hostile = `a field named “${key}”, which Dossier never writes`;
			else if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH)
				hostile = `a text of ${value.length.toLocaleString('en')} characters, longer than anything Dossier writes`;
			if (hostile) throw new Error(hostile);
			return value;
		});
	} catch {
		if (hostile) throw refuse(`This file is not a safe Dossier backup: it holds ${hostile}.`);
		throw refuse(
			'This file is not a complete backup: it is cut short or is not JSON at all (a download that did not finish?).'
		);
	}
	return parsed;
}

/** Where in the file an issue is, in words a user can pass on ("data.cards.3.fsrs.due"). */
function where(issues: v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	if (!first) return '';
	const path = v.getDotPath(first);
	return path ? `${path} ${first.message}` : first.message;
}

/** Reads and checks a whole backup file; throws BackupError saying why it cannot be used. */
export function parseBackup(text: string): BackupFile {
	// The file picker checks its size in bytes; a string is never shorter in bytes than in units.
	checkBackupSize(text.length);
	const json = parseJson(text);
	const head = json as { format?: unknown; version?: unknown } | null;
	if (typeof head !== 'object' || head === null || Array.isArray(head)) {
		throw refuse('This file is not a Dossier backup (it holds no backup at all).');
	}
	if (head.format !== BACKUP_FORMAT) {
		throw refuse('This file is not a Dossier backup: it may come from another app.');
	}
	if (head.version !== BACKUP_VERSION) {
		throw refuse(
			typeof head.version === 'number' && head.version > BACKUP_VERSION
				? `This backup was made by a newer version of Dossier (backup version ${head.version}; this one reads version ${BACKUP_VERSION}). Update Dossier, then restore it.`
				: `This backup has a version this Dossier does not know (${JSON.stringify(head.version)?.slice(0, 20) ?? 'none'}).`
		);
	}
	const result = v.safeParse(BackupSchema, json, { abortEarly: true });
	if (!result.success) throw refuse(`This backup is damaged: ${where(result.issues)}.`);
	return result.output as unknown as BackupFile;
}

/**
 * The schemas of the settings records (reading preferences, review settings). Apart from the
 * constants and types they check, so that pages load the validator only when a stored or
 * edited record needs checking, never on a first visit.
 */
import * as v from 'valibot';
import {
	DEFAULT_READING_PREFS,
	FONT_STEPS,
	LINE_SPACINGS,
	THEMES,
	type LineSpacing,
	type ReadingPrefs
} from './reading-prefs';
import { MAX_RETENTION, MIN_RETENTION } from './review/model';
import { MAX_LEECH_THRESHOLD, MIN_LEECH_THRESHOLD } from './review/card-actions';
import {
	DEFAULT_REVIEW_SETTINGS,
	MAX_NEW_PER_DAY,
	MAX_REVIEWS_PER_DAY,
	type ReviewSettings
} from './review/settings';

export const ReadingPrefsSchema = v.strictObject({
	fontStep: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(FONT_STEPS.length - 1)),
	lineSpacing: v.picklist(Object.keys(LINE_SPACINGS) as LineSpacing[]),
	theme: v.picklist(THEMES)
}) satisfies v.GenericSchema<ReadingPrefs>;

export const ReviewSettingsSchema = v.strictObject({
	retention: v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_NEW_PER_DAY)),
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REVIEWS_PER_DAY)),
	leechThreshold: v.optional(
		v.pipe(
			v.number(),
			v.integer(),
			v.minValue(MIN_LEECH_THRESHOLD),
			v.maxValue(MAX_LEECH_THRESHOLD)
		)
	)
}) satisfies v.GenericSchema<ReviewSettings>;

/** Valid preferences from anything read back from storage; defaults where it is not valid. */
export function readingPrefsFrom(value: unknown): ReadingPrefs {
	const result = v.safeParse(ReadingPrefsSchema, value);
	return result.success ? result.output : { ...DEFAULT_READING_PREFS };
}

/** Valid settings from anything read back from storage; defaults where it is not valid. */
export function reviewSettingsFrom(value: unknown): ReviewSettings {
	const result = v.safeParse(ReviewSettingsSchema, value);
	return result.success ? result.output : { ...DEFAULT_REVIEW_SETTINGS };
}

/** The preferences, checked; throws a ValiError naming the field when they are not valid. */
export const parseReadingPrefs = (value: unknown): ReadingPrefs =>
	v.parse(ReadingPrefsSchema, value);

/** The settings, checked; throws a ValiError naming the field when they are not valid. */
export const parseReviewSettings = (value: unknown): ReviewSettings =>
	v.parse(ReviewSettingsSchema, value);

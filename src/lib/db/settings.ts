/** The settings store: one validated record per section. */
import { readingPrefsFrom, ReadingPrefsSchema, type ReadingPrefs } from '$lib/domain/reading-prefs';
import {
	reviewSettingsFrom,
	ReviewSettingsSchema,
	type ReviewSettings
} from '$lib/domain/review/settings';
import * as v from 'valibot';
import type { DossierDatabase } from './schema';

const READING = 'reading';

/** The reading preferences; defaults where none are stored or the stored ones are not valid. */
export async function getReadingPrefs(db: DossierDatabase): Promise<ReadingPrefs> {
	const record = await db.get('settings', READING);
	return readingPrefsFrom(record?.value);
}

/** Stores reading preferences; throws (and stores nothing) when they are not valid. */
export async function saveReadingPrefs(
	db: DossierDatabase,
	prefs: ReadingPrefs,
	now: number
): Promise<void> {
	const value = v.parse(ReadingPrefsSchema, prefs);
	await db.put('settings', { key: READING, value, updatedAt: now });
}

const REVIEW = 'review';

/** The review settings; defaults where none are stored or the stored ones are not valid. */
export async function getReviewSettings(db: DossierDatabase): Promise<ReviewSettings> {
	return reviewSettingsFrom((await db.get('settings', REVIEW))?.value);
}

/** Stores review settings; throws (and stores nothing) when they are not valid. */
export async function saveReviewSettings(
	db: DossierDatabase,
	settings: ReviewSettings,
	now: number
): Promise<void> {
	const value = v.parse(ReviewSettingsSchema, settings);
	await db.put('settings', { key: REVIEW, value, updatedAt: now });
}

/**
 * The settings store: one validated record per section. The validator is imported only when
 * a stored record is read back or a record is saved: a first visit, with nothing stored,
 * never loads it.
 */
import { DEFAULT_READING_PREFS, type ReadingPrefs } from '$lib/domain/reading-prefs';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from '$lib/domain/review/settings';
import type { DossierDatabase } from './schema';

const schemas = () => import('$lib/domain/settings-schemas');

/**
 * A stored record, checked; the defaults when there is none (without loading the validator),
 * when it is not valid, or when the validator cannot load.
 */
async function checked<T>(
	record: { value: unknown } | undefined,
	check: (s: Awaited<ReturnType<typeof schemas>>, value: unknown) => T,
	defaults: T
): Promise<T> {
	if (record === undefined) return defaults;
	try {
		return check(await schemas(), record.value);
	} catch {
		return defaults;
	}
}

const READING = 'reading';

/** The reading preferences; defaults where none are stored or the stored ones are not valid. */
export async function getReadingPrefs(db: DossierDatabase): Promise<ReadingPrefs> {
	return checked(await db.get('settings', READING), (s, value) => s.readingPrefsFrom(value), {
		...DEFAULT_READING_PREFS
	});
}

/** Stores reading preferences; throws (and stores nothing) when they are not valid. */
export async function saveReadingPrefs(
	db: DossierDatabase,
	prefs: ReadingPrefs,
	now: number
): Promise<void> {
	const value = (await schemas()).parseReadingPrefs(prefs);
	await db.put('settings', { key: READING, value, updatedAt: now });
}

const REVIEW = 'review';

/** The review settings; defaults where none are stored or the stored ones are not valid. */
export async function getReviewSettings(db: DossierDatabase): Promise<ReviewSettings> {
	return checked(await db.get('settings', REVIEW), (s, value) => s.reviewSettingsFrom(value), {
		...DEFAULT_REVIEW_SETTINGS
	});
}

/** Stores review settings; throws (and stores nothing) when they are not valid. */
export async function saveReviewSettings(
	db: DossierDatabase,
	settings: ReviewSettings,
	now: number
): Promise<void> {
	const value = (await schemas()).parseReviewSettings(settings);
	await db.put('settings', { key: REVIEW, value, updatedAt: now });
}

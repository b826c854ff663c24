/** The settings store: one validated record per section. */
import { readingPrefsFrom, ReadingPrefsSchema, type ReadingPrefs } from '$lib/domain/reading-prefs';
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

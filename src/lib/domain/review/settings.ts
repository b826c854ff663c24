/**
 * Review settings: desired retention and daily limits, their bounds and defaults.
 * Validation is in ../settings-schemas.ts, loaded only when settings need checking.
 */
import { DEFAULT_RETENTION } from './model';

export interface ReviewSettings {
	/** Desired retention, MIN_RETENTION to MAX_RETENTION. */
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
	/** Lapses that make a card a leech (default DEFAULT_LEECH_THRESHOLD, 8); absent before issue 14. */
	leechThreshold?: number;
}

export const MAX_NEW_PER_DAY = 500;
export const MAX_REVIEWS_PER_DAY = 9999;

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
	retention: DEFAULT_RETENTION,
	newPerDay: 10,
	reviewsPerDay: 200
};

/** Review settings: desired retention and daily limits, their bounds and defaults. */
import * as v from 'valibot';
import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from './model';

export const ReviewSettingsSchema = v.strictObject({
	retention: v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)),
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999))
});
export type ReviewSettings = v.InferOutput<typeof ReviewSettingsSchema>;

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
	retention: DEFAULT_RETENTION,
	newPerDay: 10,
	reviewsPerDay: 200
};

/** Valid settings from anything read back from storage; defaults where it is not valid. */
export function reviewSettingsFrom(value: unknown): ReviewSettings {
	const result = v.safeParse(ReviewSettingsSchema, value);
	return result.success ? result.output : { ...DEFAULT_REVIEW_SETTINGS };
}

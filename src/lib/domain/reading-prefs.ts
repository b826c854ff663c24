/** Reading preferences: their steps, defaults and validation. */
import * as v from 'valibot';

/** Font sizes in rem, smallest to largest. */
export const FONT_STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5, 1.75] as const;
export const LINE_SPACINGS = { compact: 1.45, normal: 1.65, relaxed: 1.9 } as const;
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

export type Theme = (typeof THEMES)[number];
export type LineSpacing = keyof typeof LINE_SPACINGS;

export const ReadingPrefsSchema = v.strictObject({
	fontStep: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(FONT_STEPS.length - 1)),
	lineSpacing: v.picklist(Object.keys(LINE_SPACINGS) as LineSpacing[]),
	theme: v.picklist(THEMES)
});
export type ReadingPrefs = v.InferOutput<typeof ReadingPrefsSchema>;

export const DEFAULT_READING_PREFS: ReadingPrefs = {
	fontStep: 2,
	lineSpacing: 'normal',
	theme: 'system'
};

/** Valid preferences from anything read back from storage; defaults where it is not valid. */
export function readingPrefsFrom(value: unknown): ReadingPrefs {
	const result = v.safeParse(ReadingPrefsSchema, value);
	return result.success ? result.output : { ...DEFAULT_READING_PREFS };
}

/** The font size in rem for a step. */
export function fontSizeRem(step: number): number {
	return FONT_STEPS[Math.min(Math.max(step, 0), FONT_STEPS.length - 1)] ?? 1;
}

/**
 * Reading preferences: their steps and defaults. Validation is in settings-schemas.ts,
 * loaded only when stored or edited preferences need checking.
 */

/** Font sizes in rem, smallest to largest. */
export const FONT_STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5, 1.75] as const;
export const LINE_SPACINGS = { compact: 1.45, normal: 1.65, relaxed: 1.9 } as const;
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

export type Theme = (typeof THEMES)[number];
export type LineSpacing = keyof typeof LINE_SPACINGS;

export interface ReadingPrefs {
	/** An index into FONT_STEPS. */
	fontStep: number;
	lineSpacing: LineSpacing;
	theme: Theme;
}

export const DEFAULT_READING_PREFS: ReadingPrefs = {
	fontStep: 2,
	lineSpacing: 'normal',
	theme: 'system'
};

/** The font size in rem for a step. */
export function fontSizeRem(step: number): number {
	return FONT_STEPS[Math.min(Math.max(step, 0), FONT_STEPS.length - 1)] ?? 1;
}

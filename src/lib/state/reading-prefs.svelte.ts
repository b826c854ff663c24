/** Reading preferences: font size, line spacing and theme, applied to the page and persisted. */
import { getReadingPrefs, saveReadingPrefs } from '$lib/db/settings';
import type { DossierDatabase } from '$lib/db/schema';
import {
	DEFAULT_READING_PREFS,
	fontSizeRem,
	LINE_SPACINGS,
	type ReadingPrefs
} from '$lib/domain/reading-prefs';

/** The localStorage key of the first-paint copy that app.html reads. */
const FIRST_PAINT_KEY = 'dossier.prefs';

class ReadingPrefsState {
	prefs = $state<ReadingPrefs>({ ...DEFAULT_READING_PREFS });
	loaded = $state(false);

	/** Reads the stored preferences and applies them. */
	async load(db: DossierDatabase): Promise<void> {
		this.prefs = await getReadingPrefs(db);
		this.loaded = true;
		this.#apply();
	}

	/** Changes, applies and stores preferences. */
	async update(db: DossierDatabase, patch: Partial<ReadingPrefs>): Promise<void> {
		this.prefs = { ...this.prefs, ...patch };
		this.#apply();
		await saveReadingPrefs(db, $state.snapshot(this.prefs), Date.now());
	}

	#apply(): void {
		const root = document.documentElement;
		const { theme, fontStep, lineSpacing } = this.prefs;
		if (theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = theme;
		const fontSize = fontSizeRem(fontStep);
		const lineHeight = LINE_SPACINGS[lineSpacing];
		root.style.setProperty('--reader-font-size', `${fontSize}rem`);
		root.style.setProperty('--reader-line-height', String(lineHeight));
		try {
			localStorage.setItem(FIRST_PAINT_KEY, JSON.stringify({ theme, fontSize, lineHeight }));
		} catch {
			// Storage may be full or disabled; IndexedDB still has the preferences.
		}
	}
}

/** The app-wide reading preferences. */
export const readingPrefs = new ReadingPrefsState();

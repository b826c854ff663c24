/** Reading preferences: font size, line spacing and theme, applied to the page and persisted. */
import { getReadingPrefs, saveReadingPrefs } from '$lib/db/settings';
import {
	DEFAULT_READING_PREFS,
	fontSizeRem,
	LINE_SPACINGS,
	type ReadingPrefs
} from '$lib/domain/reading-prefs';
import { explain } from './errors';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/** The localStorage key of the first-paint copy that app.html reads. */
const FIRST_PAINT_KEY = 'dossier.prefs';

export class ReadingPrefsState extends Loadable {
	prefs = $state<ReadingPrefs>({ ...DEFAULT_READING_PREFS });
	/** Why the last change could not be stored (it still applies to this visit), else null. */
	saveError = $state<string | null>(null);

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	protected async read(db: DossierDatabase): Promise<void> {
		this.prefs = await getReadingPrefs(db);
		this.#apply();
	}

	/** Changes and applies preferences at once, then stores them. */
	async update(patch: Partial<ReadingPrefs>): Promise<void> {
		this.prefs = { ...this.prefs, ...patch };
		this.#apply();
		const prefs = $state.snapshot(this.prefs);
		try {
			await this.source.run((db) => saveReadingPrefs(db, prefs, this.now().getTime()));
			this.saveError = null;
		} catch (error) {
			this.saveError = `Your display settings apply to this visit but could not be stored. ${await explain(error)}`;
		}
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

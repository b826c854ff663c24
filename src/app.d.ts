// See https://svelte.dev/docs/kit/types#app.d.ts
/// <reference types="vite-plugin-pwa/vanillajs" />

declare global {
	namespace App {
		interface Error {
			message: string;
			/** The page's code or data could not be fetched: no network (src/hooks.client.ts). */
			unreachable?: boolean;
		}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	/** Chromium's install offer (not in the DOM typings). */
	interface BeforeInstallPromptEvent extends Event {
		prompt(): Promise<void>;
		readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
	}

	interface Window {
		/** Set by app.html when the browser offers installation before the app has started. */
		__dossierInstallPrompt?: BeforeInstallPromptEvent;
	}

	interface WindowEventMap {
		beforeinstallprompt: BeforeInstallPromptEvent;
		'dossier:installable': Event;
	}

	interface Navigator {
		/** iOS Safari: true when opened from the home screen. */
		readonly standalone?: boolean;
	}
}

export {};

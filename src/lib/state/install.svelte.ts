/** Installing to the home screen: the browser's offer where there is one, a hint on iOS. */

function isStandalone(): boolean {
	return matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
}

/** iPhone and iPad Safari (iPadOS reports itself as a Mac with touch). */
function isIos(): boolean {
	const ua = navigator.userAgent;
	return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

class InstallState {
	/** The browser offers installation (Chromium's beforeinstallprompt). */
	canPrompt = $state(false);
	/** iOS Safari, not yet on the home screen: show how to add it. */
	showIosHint = $state(false);
	installed = $state(false);
	#offer: BeforeInstallPromptEvent | null = null;
	#started = false;

	/** Picks up an offer made before the app started, and any later one. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.installed = isStandalone();
		this.showIosHint = isIos() && !this.installed;
		const take = () => {
			this.#offer = window.__dossierInstallPrompt ?? null;
			this.canPrompt = !!this.#offer && !this.installed;
		};
		take();
		addEventListener('dossier:installable', take);
		addEventListener('appinstalled', () => {
			this.installed = true;
			this.canPrompt = false;
			this.#offer = null;
		});
	}

	/** Shows the browser's install dialog; an offer can be used once. */
	async prompt(): Promise<void> {
		const offer = this.#offer;
		if (!offer) return;
		this.#offer = null;
		this.canPrompt = false;
		window.__dossierInstallPrompt = undefined;
		await offer.prompt();
		const { outcome } = await offer.userChoice;
		if (outcome === 'accepted') this.installed = true;
	}
}

/** The app-wide install state. */
export const install = new InstallState();

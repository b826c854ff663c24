/** Whether the browser believes it is online. */
class Connectivity {
	online = $state(true);
	#started = false;

	/** Starts following the browser's online and offline events. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
	}
}

/** The app-wide online status. */
export const connectivity = new Connectivity();

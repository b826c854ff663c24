/**
 * The service worker as the user meets it: a one-time "ready offline" notice and the
 * "new version" prompt. Registration goes through vite-plugin-pwa's workbox-window module.
 */
import { registerSW } from 'virtual:pwa-register';

/** How often an open app asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

class ServiceWorkerState {
	/** A new version is installed and waiting for the user's go-ahead. */
	updateReady = $state(false);
	/** The app has just been cached for offline use (first install only). */
	offlineReady = $state(false);
	/** True once a service worker controls this page. */
	controlling = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;
	#beforeReload: (() => Promise<void>) | null = null;

	/** Registers the service worker once; safe to call again. */
	start(): void {
		if (this.#update || !('serviceWorker' in navigator)) return;
		this.controlling = !!navigator.serviceWorker.controller;
		navigator.serviceWorker.addEventListener('controllerchange', () => (this.controlling = true));
		// Once the app is cached, and when the browser is idle, the facts worker and /add's HTML
		// import follow (src/lib/pwa/warm.ts, loaded then).
		void navigator.serviceWorker.ready.then(() =>
			(globalThis.requestIdleCallback ?? setTimeout)(
				() =>
					void import('$lib/pwa/warm')
						.then(({ warmRuntimeCaches }) => warmRuntimeCaches())
						.catch(() => {})
			)
		);
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true),
			onNeedReload: () => void this.#reload(),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				const check = () => {
					if (navigator.onLine) void registration.update().catch(() => undefined);
				};
				setInterval(check, UPDATE_CHECK_MS);
				addEventListener('online', check);
			}
		});
	}

	/** Runs before the page reloads into a new version (for instance, to save the reading position). */
	beforeReload(hook: (() => Promise<void>) | null): void {
		this.#beforeReload = hook;
	}

	/** Activates the waiting version; the page reloads once it is in control. */
	async applyUpdate(): Promise<void> {
		await this.#update?.(true);
	}

	/** Keeps the running version; the prompt comes back on the next start. */
	dismissUpdate(): void {
		this.updateReady = false;
	}

	dismissOfflineReady(): void {
		this.offlineReady = false;
	}

	async #reload(): Promise<void> {
		await this.#beforeReload?.().catch(() => undefined);
		location.reload();
	}
}

/** The app-wide service worker state. */
export const serviceWorker = new ServiceWorkerState();

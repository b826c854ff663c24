/** How much the app stores, and whether the browser may evict it. */

export interface StorageReport {
	usage: number | null;
	quota: number | null;
	persisted: boolean | null;
}

class StorageState {
	report = $state<StorageReport>({ usage: null, quota: null, persisted: null });
	supported = $state(true);

	/** Reads the current usage and persistence. */
	async refresh(): Promise<void> {
		if (!navigator.storage?.estimate) {
			this.supported = false;
			return;
		}
		const [estimate, persisted] = await Promise.all([
			navigator.storage.estimate(),
			navigator.storage.persisted?.() ?? Promise.resolve(null)
		]);
		this.report = { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
	}

	/**
	 * Asks the browser to keep Dossier's data (browsers evict non-persistent sites, Safari
	 * after 7 days without a visit). Returns whether storage is now persistent.
	 */
	async persist(): Promise<boolean> {
		const granted = (await navigator.storage?.persist?.()) ?? false;
		await this.refresh();
		return granted;
	}

	/**
	 * Asks at a moment that makes sense (a finished article, the first grade of a review
	 * session), if not yet granted.
	 */
	async persistAfterMilestone(): Promise<void> {
		if ((await navigator.storage?.persisted?.()) === false) await this.persist();
	}
}

/** The app-wide storage state. */
export const storage = new StorageState();

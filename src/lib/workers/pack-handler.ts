/**
 * What the pack worker does: fetch the content pack, open the database and write the pack
 * (`syncPack`), then close. Kept apart from the worker's entry so that tests run it on
 * fake-indexeddb. Every failure comes back as its name and message, never as a throw: the
 * page tells a full disk from a pack of a newer app by the name.
 */
import { openDossierDB } from '$lib/db/open';
import { syncPack } from '$lib/db/pack';
import type { DossierDatabase } from '$lib/db/schema';

export interface PackRequest {
	/** Where the pack is (the page's own /pack.json). */
	url: string;
}

export type PackReply = { ok: true } | { ok: false; name: string; message: string };

export interface PackHandlerDeps {
	fetch: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
	open: () => Promise<DossierDatabase>;
}

const defaults: PackHandlerDeps = {
	fetch: (url) => fetch(url),
	open: () => openDossierDB()
};

/** Fetches and writes the pack at `request.url`; the connection it opened is closed after. */
export async function syncPackFrom(
	request: PackRequest,
	deps: PackHandlerDeps = defaults
): Promise<PackReply> {
	let db: DossierDatabase | undefined;
	try {
		const response = await deps.fetch(request.url);
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		const pack: unknown = await response.json();
		db = await deps.open();
		await syncPack(db, pack);
		return { ok: true };
	} catch (error) {
		return {
			ok: false,
			name: error instanceof Error || error instanceof DOMException ? error.name : 'Error',
			message:
				error instanceof Error || error instanceof DOMException ? error.message : String(error)
		};
	} finally {
		db?.close();
	}
}

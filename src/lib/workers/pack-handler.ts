/**
 * What the pack worker does: read the content pack the page fetched, open the database and
 * write the pack (`syncPack`), then close. Kept apart from the worker's entry so that tests
 * run it on fake-indexeddb. Every failure comes back as its name and message, never as a
 * throw: the page tells a full disk from a pack of a newer app by the name.
 */
import { openDossierDB } from '$lib/db/open';
import { PackError, syncPack } from '$lib/db/pack';
import type { DossierDatabase } from '$lib/db/schema';

export interface PackRequest {
	/** The bytes of /pack.json (UTF-8 JSON), as the page fetched them. */
	body: ArrayBuffer;
}

export type PackReply = { ok: true } | { ok: false; name: string; message: string };

/** The pack's JSON, or PackError when it is not JSON at all. */
function parse(body: ArrayBuffer): unknown {
	try {
		return JSON.parse(new TextDecoder().decode(body));
	} catch {
		throw new PackError('The content pack is not valid: it is not JSON.');
	}
}

/** Writes the pack in `request.body`; the connection it opened is closed after. */
export async function syncPackBody(
	request: PackRequest,
	open: () => Promise<DossierDatabase> = () => openDossierDB()
): Promise<PackReply> {
	let db: DossierDatabase | undefined;
	try {
		const pack = parse(request.body);
		db = await open();
		await syncPack(db, pack);
		return { ok: true };
	} catch (error) {
		const named = error instanceof Error || error instanceof DOMException;
		return {
			ok: false,
			name: named ? error.name : 'Error',
			message: named ? error.message : String(error)
		};
	} finally {
		db?.close();
	}
}

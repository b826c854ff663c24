/** Bookkeeping in the meta store: which content pack is installed. Light: loaded by every page. */
import type { DossierDatabase } from './schema';

export const PACK_META_KEY = 'pack';

/** The version of the pack last written, or null before the first sync. */
export async function installedPackVersion(db: DossierDatabase): Promise<string | null> {
	const value = (await db.get('meta', PACK_META_KEY))?.value as { version?: unknown } | undefined;
	return typeof value?.version === 'string' ? value.version : null;
}

/** Bookkeeping in the meta store: which content pack is installed. Light: loaded by every page. */
import type { DossierDatabase } from './schema';

export const PACK_META_KEY = 'pack';

/** What the meta store keeps of the pack last written: enough to refuse an older one. */
export interface PackStamp {
	version: string;
	format: number;
	/** The facts pipeline's version (DERIVATION_VERSION) that derived the pack's facts. */
	derivation: number;
}

/** The stamp in a meta record; packs written before stamps read as format and derivation 0. */
export function packStamp(record: { value: unknown } | undefined): PackStamp | null {
	const value = record?.value as Partial<Record<keyof PackStamp, unknown>> | undefined;
	if (typeof value?.version !== 'string') return null;
	const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
	return {
		version: value.version,
		format: count(value.format),
		derivation: count(value.derivation)
	};
}

/** The version of the pack last written, or null before the first sync. */
export async function installedPackVersion(db: DossierDatabase): Promise<string | null> {
	return packStamp(await db.get('meta', PACK_META_KEY))?.version ?? null;
}

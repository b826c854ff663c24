import { loadPack } from '$lib/server/pack';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => ({ packVersion: (await loadPack()).version });

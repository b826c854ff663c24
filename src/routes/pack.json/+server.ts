import { json } from '@sveltejs/kit';
import { loadPack } from '$lib/server/pack';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The versioned content pack that clients write into IndexedDB. */
export const GET: RequestHandler = async () => json(await loadPack());

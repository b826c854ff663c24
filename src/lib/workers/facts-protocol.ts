/** Messages between the app and the facts worker. */
import type { FactsReport, RawFile } from '$lib/domain/facts/report';
import type { AddInput, BuiltArticle } from '$lib/domain/user/build';

/**
 * Derive the facts of raw files (the Key facts screen's "find facts"), build a user article,
 * or warm up: run the pipeline once on a short sample while the user is still pasting.
 */
export type FactsRequest =
	{ id: number; files: RawFile[] } | { id: number; add: AddInput } | { id: number; warm: true };

export type FactsResponse =
	| { id: number; ok: true; report: FactsReport; ms: number }
	| { id: number; ok: true; built: BuiltArticle; ms: number }
	| { id: number; ok: true; warmed: true; ms: number }
	| { id: number; ok: false; message: string };

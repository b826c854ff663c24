/** Messages between the app and the facts worker. */
import type { FactsReport, RawFile } from '$lib/domain/facts/report';

export interface FactsRequest {
	id: number;
	files: RawFile[];
}

export type FactsResponse =
	| { id: number; ok: true; report: FactsReport; ms: number }
	| { id: number; ok: false; message: string };

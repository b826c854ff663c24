/** Messages between the app and the facts worker. */
import type { FactsReport, RawFile } from '$lib/domain/facts/report';
import type { AddInput, BuiltArticle } from '$lib/domain/user/build';

/**
 * Derive the facts of raw files (the Key facts screen's "find facts"), build a user article,
 * or warm up: run the pipeline once on a short sample while the user is still pasting.
 * `progressive`: a long article's opening is derived first and answered with `partial: true`
 * (the same id), then the whole article; a short one gets only the final answer.
 */
export type FactsRequest =
	| { id: number; files: RawFile[]; progressive?: boolean }
	| { id: number; add: AddInput; progressive?: boolean }
	| { id: number; warm: true };

/** Where a run's time went, in ms: cleaning the text, the opening's facts, the whole article's. */
export interface FactsSteps {
	clean: number;
	opening?: number;
	derive: number;
}

export type FactsResponse =
	| { id: number; ok: true; report: FactsReport; ms: number; partial?: true; steps?: FactsSteps }
	| { id: number; ok: true; built: BuiltArticle; ms: number; partial?: true; steps?: FactsSteps }
	| { id: number; ok: true; warmed: true; ms: number }
	| { id: number; ok: false; message: string };

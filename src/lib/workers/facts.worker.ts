/**
 * The facts pipeline in a Web Worker: articles added on the device are cleaned and their
 * facts derived off the main thread, with the same code the build uses for the pack.
 * Loaded only when someone asks for it, so the language libraries never weigh on the
 * reader or review screens.
 */
import { factsReport, RawFileError, type RawFile } from '$lib/domain/facts/report';
import type { FactsRequest, FactsResponse } from './facts-protocol';

self.onmessage = async (event: MessageEvent<FactsRequest>) => {
	const started = performance.now();
	const reply = (message: FactsResponse) => self.postMessage(message);
	try {
		const files: RawFile[] = event.data.files;
		const report = await factsReport(files);
		reply({ id: event.data.id, ok: true, report, ms: performance.now() - started });
	} catch (error) {
		const message =
			error instanceof RawFileError
				? error.message
				: `The text could not be read: ${error instanceof Error ? error.message : String(error)}`;
		reply({ id: event.data.id, ok: false, message });
	}
};

/**
 * The facts pipeline in a Web Worker: articles added on the device are cleaned and their
 * facts derived off the main thread, with the same code the build uses for the pack.
 * Loaded only when someone asks for it, so the language libraries never weigh on the
 * reader or review screens.
 */
import { factsReport, RawFileError } from '$lib/domain/facts/report';
import { AddArticleError, buildUserArticle } from '$lib/domain/user/build';
import type { FactsRequest, FactsResponse } from './facts-protocol';

self.onmessage = async (event: MessageEvent<FactsRequest>) => {
	const started = performance.now();
	const reply = (message: FactsResponse) => self.postMessage(message);
	const { id } = event.data;
	try {
		const ms = () => performance.now() - started;
		if ('add' in event.data) {
			const built = await buildUserArticle(event.data.add);
			reply({ id, ok: true, built, ms: ms() });
		} else {
			const report = await factsReport(event.data.files);
			reply({ id, ok: true, report, ms: ms() });
		}
	} catch (error) {
		const message =
			error instanceof RawFileError || error instanceof AddArticleError
				? error.message
				: `The text could not be read: ${error instanceof Error ? error.message : String(error)}`;
		reply({ id, ok: false, message });
	}
};

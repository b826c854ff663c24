/**
 * The facts pipeline in a Web Worker: articles added on the device are cleaned and their
 * facts derived off the main thread, with the same code the build uses for the pack.
 * Loaded only when someone asks for it, so the language libraries never weigh on the
 * reader or review screens.
 */
import { factsReport, RawFileError } from '$lib/domain/facts/report';
import { AddArticleError, buildUserArticle } from '$lib/domain/user/build';
import type { FactsRequest, FactsResponse } from './facts-protocol';

/**
 * A short article of the kind the pipeline reads: its first run sets up the language tools'
 * lexicons and compiles the pipeline's code, which makes a first real run several times slower.
 */
const WARM_UP = {
	name: 'warm-up',
	text: [
		'Example Gazette',
		'Parliament approves a cap on card fees',
		'By A. Writer',
		'Published: March 4, 2025',
		"Examplia's parliament on Monday approved a law that caps card fees at 0.3 percent of each payment from 1 January 2026, the finance ministry said.",
		'Shops with fewer than 50 employees are exempt until 2027, and banks that break the cap face fines of up to 2 million marks.',
		'"It is a fair deal," said Minister Ana Lind, who proposed the law in October 2024.'
	].join('\n\n')
};

self.onmessage = async (event: MessageEvent<FactsRequest>) => {
	const started = performance.now();
	const reply = (message: FactsResponse) => self.postMessage(message);
	const { id } = event.data;
	try {
		const ms = () => performance.now() - started;
		if ('warm' in event.data) {
			await factsReport([WARM_UP]);
			reply({ id, ok: true, warmed: true, ms: ms() });
		} else if ('add' in event.data) {
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

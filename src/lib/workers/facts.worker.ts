/**
 * The facts pipeline in a Web Worker: articles added on the device are cleaned and their
 * facts derived off the main thread, with the same code the build uses for the pack.
 * Loaded only when someone asks for it, so the language libraries never weigh on the
 * reader or review screens. What it does is in facts-handler.ts.
 */
import type { FactsRequest, FactsResponse } from './facts-protocol';
import { handleFacts } from './facts-handler';

self.onmessage = (event: MessageEvent<FactsRequest>) =>
	handleFacts(event.data, (message: FactsResponse) => self.postMessage(message));

/**
 * Writes the content pack off the main thread. A first visit stores every article, fact and
 * card of the pack: validating and copying them took the page's main thread for a quarter of
 * a second on a mid-range phone, while the reader was already scrolling. One request, one
 * reply, then the worker closes.
 */
import { syncPackFrom, type PackRequest } from './pack-handler';

self.onmessage = async (event: MessageEvent<PackRequest>) => {
	self.postMessage(await syncPackFrom(event.data));
	self.close();
};

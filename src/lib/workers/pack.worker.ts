/**
 * Writes the content pack off the main thread. A first visit stores every article, fact and
 * card of the pack: validating and copying them took the page's main thread for long tasks
 * on a mid-range phone, while the reader was already scrolling. The page fetches the pack
 * while this worker starts (no request waits for another) and sends its bytes; one reply,
 * then the worker closes.
 */
import { syncPackBody, type PackRequest } from './pack-handler';

self.onmessage = async (event: MessageEvent<PackRequest>) => {
	self.postMessage(await syncPackBody(event.data));
	self.close();
};

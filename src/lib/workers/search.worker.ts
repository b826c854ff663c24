/**
 * The library's search index in a Web Worker: building it (seconds at 1,000 articles) and
 * answering queries never hold up typing or scrolling. The index lives as long as the worker,
 * that is for the visit; the app sends the library's documents whenever they changed.
 */
import { searchHandler } from './search-handler';
import type { SearchRequest } from './search-protocol';

const handle = searchHandler();

self.onmessage = (event: MessageEvent<SearchRequest>) => self.postMessage(handle(event.data));

/** The service worker's runtime cache for the facts worker, named once for the app and the build. */
export const FACTS_WORKER_CACHE = 'dossier-facts-worker';

// Every page is prerendered: text is visible on first paint, before any script runs.
export const prerender = true;

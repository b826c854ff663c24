/**
 * Results remembered per text. The pipeline asks the language libraries about the same
 * strings again and again (a claim's clauses, a statement in selection and again in merging,
 * the same sentence when an article is derived twice), and tagging is what costs.
 */

const caches: Map<string, unknown>[] = [];

/** Forgets every remembered result: tests and benchmarks start cold with it. */
export function clearMemos(): void {
	for (const cache of caches) cache.clear();
}

/** `compute` remembered by key; the whole cache is emptied when it passes `limit` (it never grows without bound). */
export function memo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
	const cache = new Map<string, T>();
	caches.push(cache);
	return (key) => {
		if (cache.has(key)) return cache.get(key)!;
		if (cache.size >= limit) cache.clear();
		const value = compute(key);
		cache.set(key, value);
		return value;
	};
}

/**
 * The upgrade ladder in a real browser: a database of the first release (version 1: articles,
 * progress, settings, meta), made with the raw IndexedDB API exactly as that release made it,
 * is opened by today's app. Every store and index of today's schema appears, the reader's
 * progress and settings are kept as they were, and the deck is built.
 */
import { expect, test } from '@playwright/test';

const PROGRESS = {
	articleId: 'japan-to-sell-patriot-missiles-to-us',
	paragraph: 4,
	percent: 55,
	finished: false,
	lastRead: 1_700_000_000_000
};
const SETTINGS = {
	key: 'reading',
	value: { fontStep: 5, lineSpacing: 'relaxed', theme: 'sepia' },
	updatedAt: 1_700_000_000_000
};

test('a database of the first release opens in today’s app with every record kept', async ({
	page
}) => {
	// A static file of the origin: no app code runs while the old database is made.
	await page.goto('/icon.svg');
	await page.evaluate(
		([progress, settings]) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('dossier', 1);
				request.onupgradeneeded = () => {
					const db = request.result;
					db.createObjectStore('articles', { keyPath: 'id' }).createIndex('origin', 'origin');
					db.createObjectStore('progress', { keyPath: 'articleId' }).createIndex(
						'lastRead',
						'lastRead'
					);
					db.createObjectStore('settings', { keyPath: 'key' });
					db.createObjectStore('meta', { keyPath: 'key' });
				};
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['progress', 'settings', 'meta'], 'readwrite');
					tx.objectStore('progress').put(progress);
					tx.objectStore('settings').put(settings);
					tx.objectStore('meta').put({ key: 'pack', value: { version: 'first-release' } });
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			}),
		[PROGRESS, SETTINGS] as const
	);

	await page.goto('/');
	await expect(page.locator('.articles[data-loaded="true"]')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');

	const stored = await page.evaluate(
		() =>
			new Promise<{
				version: number;
				stores: string[];
				progress: unknown;
				settings: unknown;
				cards: number;
			}>((resolve, reject) => {
				const request = indexedDB.open('dossier');
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['progress', 'settings', 'cards']);
					const progress = tx.objectStore('progress').get('japan-to-sell-patriot-missiles-to-us');
					const settings = tx.objectStore('settings').get('reading');
					const cards = tx.objectStore('cards').count();
					tx.oncomplete = () => {
						resolve({
							version: db.version,
							stores: [...db.objectStoreNames].sort(),
							progress: progress.result,
							settings: settings.result,
							cards: cards.result
						});
						db.close();
					};
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	expect(stored.version).toBeGreaterThanOrEqual(3);
	expect(stored.stores).toEqual([
		'articles',
		'cards',
		'facts',
		'meta',
		'progress',
		'reviewLog',
		'settings'
	]);
	expect(stored.progress).toEqual(PROGRESS);
	expect(stored.settings).toEqual(SETTINGS);
	expect(stored.cards).toBeGreaterThan(0);
});

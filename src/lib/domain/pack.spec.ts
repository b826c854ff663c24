import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanRawText } from './clean/cleaner';
import { buildArticle, buildPack } from './pack';
import { countWords } from './text';

const articles = new URL('../../../content/articles/', import.meta.url);
const raw = (file: string) => readFileSync(new URL(file, articles), 'utf8');

const SEND = { file: '003_441c961ad066ac02.txt', slug: 'japan-to-send-patriot-interceptors-to-us' };
const HOST = {
	file: '000_5bd7d8afece4debd.txt',
	slug: 'japan-to-host-patriot-missile-manufacturing'
};
const SET = { file: '002_655e8128408faf12.txt', slug: 'japan-set-to-export-patriot-to-us' };
const SELL = { file: '004_2740334503870a13.txt', slug: 'japan-to-sell-patriot-missiles-to-us' };

const estimate = {
	notBefore: '2024-05-11',
	notAfter: '2024-12-31',
	reason: 'A caption dated May 11, 2024 and a copyright line to 2024.'
};
const inferredPublisher = { name: 'Example Publisher', reason: 'Named by the site it came from.' };

describe('buildArticle', () => {
	it('takes what the text states: title, byline and dateline, with their evidence', async () => {
		const article = await buildArticle(raw(SEND.file), SEND, 'pack');
		expect(article).toMatchObject({
			id: SEND.slug,
			title:
				'Japan to Send Patriot Interceptors to the US, Freeing Up American Supplies to Send to Ukraine',
			titleDerived: false,
			byline: { name: 'Kyle Anzalone', basis: 'stated', evidence: 'About Kyle Anzalone' },
			publisher: null,
			published: {
				precision: 'day',
				value: '2023-12-26',
				basis: 'dateline',
				evidence: 'by | Dec 26, 2023'
			},
			origin: 'pack',
			source: SEND.file
		});
		expect(article.paragraphs).toEqual(cleanRawText(raw(SEND.file)).paragraphs);
		expect(article.removedLines).toBe(cleanRawText(raw(SEND.file)).removed.length);
	});

	it('prefers the text’s own dateline and publisher to the catalog’s', async () => {
		const article = await buildArticle(
			raw(SEND.file),
			{ ...SEND, date: estimate, publisher: inferredPublisher },
			'pack'
		);
		expect(article.published).toMatchObject({ precision: 'day', basis: 'dateline' });
		const host = await buildArticle(
			raw(HOST.file),
			{ ...HOST, publisher: inferredPublisher },
			'pack'
		);
		expect(host.publisher).toEqual({
			name: 'Army Recognition',
			basis: 'stated',
			evidence: 'Follow Army Recognition on Google News at this link'
		});
	});

	it('falls back to the catalog, marked as an estimate or an inference with its reason', async () => {
		const host = await buildArticle(raw(HOST.file), { ...HOST, date: estimate }, 'pack');
		expect(host.published).toEqual({
			precision: 'estimate',
			notBefore: '2024-05-11',
			notAfter: '2024-12-31',
			basis: 'catalog',
			evidence: estimate.reason
		});
		const set = await buildArticle(
			raw(SET.file),
			{ ...SET, publisher: inferredPublisher },
			'imported'
		);
		expect(set.publisher).toEqual({
			name: 'Example Publisher',
			basis: 'inferred',
			evidence: inferredPublisher.reason
		});
		expect(set.origin).toBe('imported');
	});

	it('leaves unknown what neither the text nor the catalog says', async () => {
		const set = await buildArticle(raw(SET.file), SET, 'pack');
		expect(set.published).toEqual({ precision: 'unknown', basis: 'none' });
		expect(set.publisher).toBeNull();
		expect(set.byline).toBeNull();
	});

	it('counts the words of what a reader reads, not the reporting credit', async () => {
		const sell = await buildArticle(raw(SELL.file), SELL, 'pack');
		const all = sell.paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
		expect(sell.paragraphs.at(-1)).toEqual({
			kind: 'credit',
			text: 'Hisako Ueno contributed reporting.'
		});
		expect(sell.wordCount).toBe(all - 4);
		expect(sell.readingMinutes).toBe(Math.max(1, Math.round(sell.wordCount / 238)));
	});

	it('hashes the cleaned content: the same for more boilerplate, different for other text', async () => {
		const text = raw(SET.file);
		const article = await buildArticle(text, SET, 'pack');
		expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
		expect((await buildArticle(text, SET, 'pack')).contentHash).toBe(article.contentHash);
		const withAd = text.replace('\n\nThis critical', '\n\nAdvertisement\n\nThis critical');
		expect(withAd).not.toBe(text);
		expect((await buildArticle(withAd, SET, 'pack')).contentHash).toBe(article.contentHash);
		const edited = text.replace('Poland', 'Romania');
		expect((await buildArticle(edited, SET, 'pack')).contentHash).not.toBe(article.contentHash);
	});
});

describe('buildPack catalog checks', () => {
	const files = { [SEND.file]: raw(SEND.file), [SET.file]: raw(SET.file) };

	it.each([
		['a slug that is not lowercase', [{ ...SEND, slug: 'Not A Slug' }, SET]],
		['a file that is not .txt', [{ ...SEND, file: 'article.html' }, SET]],
		['an unknown field', [{ ...SEND, author: 'Someone' }, SET]],
		[
			'a reason too short to be one',
			[{ ...SEND, publisher: { name: 'X', reason: 'because' } }, SET]
		],
		[
			'a date that is not ISO',
			[{ ...SEND, date: { notBefore: 'May 2024', reason: estimate.reason } }, SET]
		],
		['something that is not a list', { entries: [SEND, SET] }]
	])('rejects a catalog with %s, before reading any file', async (_, catalog) => {
		await expect(buildPack(files, catalog)).rejects.toMatchObject({ name: 'ValiError' });
	});

	it('rejects a file that the catalog does not list', async () => {
		await expect(buildPack(files, [SEND])).rejects.toThrow(`unlisted ${SET.file}; missing -`);
	});

	it('rejects a catalog entry whose file is missing', async () => {
		await expect(buildPack(files, [SEND, SET, SELL])).rejects.toThrow(
			`unlisted -; missing ${SELL.file}`
		);
	});

	it('rejects a slug used twice', async () => {
		await expect(buildPack(files, [SEND, { ...SET, slug: SEND.slug }])).rejects.toThrow(
			`Catalog slug used twice: ${SEND.slug}`
		);
	});
});

import { describe, expect, it } from 'vitest';
import { makeArticle, makeFact } from '$lib/testing/factories';
import { passageCount, searchDocuments, signatureOf } from './documents';
import { buildSearchIndex, searchIndex, updateSearchIndex } from './engine';
import { bestSentence, markedParts, sentenceRanges } from './highlight';
import { locateParagraphs } from './locate';
import { LIMITS } from './results';
import { foldWord, tokenize } from './words';

const patriot = makeArticle({
	id: 'patriot',
	title: 'Japan to export Patriot missiles to the United States',
	paragraphs: [
		{ kind: 'body', text: 'TOKYO (Reuters) - Japan changed its rules on Friday.' },
		{
			kind: 'body',
			text: 'The cabinet met in the morning. It approved the shipment of licence-built interceptors. Officials declined to comment.'
		},
		{ kind: 'caption', text: 'A launcher at a base near Tōkyō.' }
	]
});
const budget = makeArticle({
	id: 'budget',
	title: 'Defence budget rises again',
	paragraphs: [
		{ kind: 'body', text: 'The budget for interceptors grows by ten percent.' },
		{ kind: 'body', text: 'Mitsubishi Heavy Industries builds the missiles under licence.' }
	]
});
const fact = makeFact(patriot, {
	id: 'cabinet-approved',
	statement: 'The cabinet approved the shipment of licence-built interceptors.',
	subject: 'Export rules',
	evidence: [{ articleId: 'patriot', paragraph: 1, start: 32, end: 92, text: 'x' }]
});
const index = () => buildSearchIndex(searchDocuments([patriot, budget], [fact]));

describe('searchDocuments', () => {
	it('makes a document of each article (title and paragraphs) and each fact', () => {
		const docs = searchDocuments(
			[{ ...patriot, paragraphs: [...patriot.paragraphs, { kind: 'body', text: ' ' }] }],
			[fact]
		);
		expect(docs.map((d) => d.id)).toEqual(['a:patriot', 'f:cabinet-approved']);
		// Paragraphs keep their places (an empty one is ''), so that a hit lands on the right one.
		expect(docs[0]!.kind === 'article' && docs[0]!.paragraphs.length).toBe(4);
		// A title, three paragraphs with text and a fact.
		expect(passageCount(docs)).toBe(5);
	});

	it('leaves out a fact whose articles are all gone', () => {
		expect(searchDocuments([budget], [fact]).some((d) => d.kind === 'fact')).toBe(false);
	});
});

describe('searchIndex', () => {
	it('lands a word on its paragraph and marks it in the sentence that holds it', () => {
		const results = searchIndex(index(), 'shipment');
		const group = results.articles[0]!;
		expect(group.articleId).toBe('patriot');
		const hit = group.hits[0]!;
		expect(hit.paragraph).toBe(1);
		expect(hit.snippet.text).toBe('It approved the shipment of licence-built interceptors.');
		expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual([
			'shipment'
		]);
		// The sentence's place in the paragraph, for the reader.
		expect(patriot.paragraphs[1]!.text.slice(hit.snippet.start, hit.snippet.end)).toBe(
			hit.snippet.text
		);
	});

	it('finds words by their beginning', () => {
		const hit = searchIndex(index(), 'mitsu').articles[0]!.hits[0]!;
		expect(hit.articleId).toBe('budget');
		expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual([
			'Mitsubishi'
		]);
	});

	it('needs three letters for a beginning of a word, so that two do not match most words', () => {
		expect(searchIndex(index(), 'mi').total).toBe(0);
		expect(
			searchIndex(index(), 'mis')
				.articles.map((a) => a.articleId)
				.sort()
		).toEqual(['budget', 'patriot']);
	});

	it('finds a word typed with a mistake', () => {
		const results = searchIndex(index(), 'interseptors');
		expect(results.articles.map((a) => a.articleId).sort()).toEqual(['budget', 'patriot']);
		const hit = results.articles[0]!.hits[0]!;
		expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual([
			'interceptors'
		]);
	});

	it('ignores case and accents', () => {
		const hits = searchIndex(index(), 'TOKYO').articles[0]!.hits;
		expect(hits.map((h) => h.paragraph).sort()).toEqual([0, 2]);
		expect(hits.map((h) => h.snippet.marks.length)).toEqual([1, 1]);
	});

	it('ranks a title above a paragraph that has the word once', () => {
		const results = searchIndex(index(), 'budget');
		expect(results.articles[0]!.hits.map((h) => h.kind)).toEqual(['title', 'paragraph']);
		expect(results.articles[0]!.hits[0]!.paragraph).toBeNull();
	});

	it('needs every word, and says so when it falls back to any word', () => {
		const both = searchIndex(index(), 'cabinet morning');
		expect(both.anyWord).toBe(false);
		expect(both.articles[0]!.hits.map((h) => h.paragraph)).toEqual([1]);
		const either = searchIndex(index(), 'cabinet percent');
		expect(either.anyWord).toBe(true);
		expect(either.articles.map((a) => a.articleId).sort()).toEqual(['budget', 'patriot']);
	});

	it('finds key facts apart from the articles, with their source paragraph', () => {
		const results = searchIndex(index(), 'approved');
		expect(results.facts.map((f) => [f.factId, f.articleId, f.paragraph])).toEqual([
			['cabinet-approved', 'patriot', 1]
		]);
		expect(results.total).toBe(2);
	});

	it('answers an empty query or one without words with nothing', () => {
		expect(searchIndex(index(), '  ').total).toBe(0);
		expect(searchIndex(index(), '— !').articles).toEqual([]);
	});
});

describe('updateSearchIndex', () => {
	it('adds a new article, drops a removed one and replaces a changed one', () => {
		const search = index();
		const added = makeArticle({
			id: 'mine',
			title: 'My own article',
			paragraphs: [{ kind: 'body', text: 'Aardvarks are not in the pack.' }]
		});
		const changed = {
			...budget,
			paragraphs: [{ kind: 'body' as const, text: 'Now about zebras.' }]
		};
		const change = updateSearchIndex(search, searchDocuments([changed, added], []));
		// Added: the new article; removed: the patriot article and its fact; changed: budget.
		expect(change).toEqual({ added: 1, removed: 2, changed: 1 });
		expect(searchIndex(search, 'aardvark').articles.map((a) => a.articleId)).toEqual(['mine']);
		expect(searchIndex(search, 'zebras').articles.map((a) => a.articleId)).toEqual(['budget']);
		expect(searchIndex(search, 'shipment').total).toBe(0);
		expect(searchIndex(search, 'mitsubishi').total).toBe(0);
		// Up to date: a second update changes nothing.
		expect(updateSearchIndex(search, searchDocuments([changed, added], []))).toEqual({
			added: 0,
			removed: 0,
			changed: 0
		});
	});
});

describe('highlight', () => {
	it('splits sentences after a stop and closing quotes, not inside numbers', () => {
		const text = 'He said "No." Then 2.5 percent went. Done';
		expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
			'He said "No."',
			'Then 2.5 percent went.',
			'Done'
		]);
	});

	it('picks the sentence with the most different words and marks each', () => {
		const snippet = bestSentence(
			'Tokyo is big. Tokyo builds missiles in Tokyo.',
			new Set(['tokyo', 'missiles'])
		);
		expect(snippet.text).toBe('Tokyo builds missiles in Tokyo.');
		expect(snippet.marks).toEqual([
			{ start: 0, end: 5 },
			{ start: 13, end: 21 },
			{ start: 25, end: 30 }
		]);
		expect(markedParts(snippet.text, snippet.marks)).toEqual([
			{ text: 'Tokyo', mark: true },
			{ text: ' builds ', mark: false },
			{ text: 'missiles', mark: true },
			{ text: ' in ', mark: false },
			{ text: 'Tokyo', mark: true },
			{ text: '.', mark: false }
		]);
	});
});

describe('signatureOf', () => {
	it('is the same for the same keys in any order and differs when one changes', () => {
		expect(signatureOf(['a', 'b'])).toBe(signatureOf(['b', 'a']));
		expect(signatureOf(['a', 'b'])).not.toBe(signatureOf(['a', 'c']));
		expect(signatureOf(['ab'])).not.toBe(signatureOf(['a', 'b']));
	});
});

describe('words and where they are', () => {
	it('cuts plain text (curly quotes, dashes) and accented text into the same words', () => {
		expect(tokenize('“Patriot” missiles—built in 2024… by MHI’s plant')).toEqual([
			'Patriot',
			'missiles',
			'built',
			'in',
			'2024',
			'by',
			'MHI',
			's',
			'plant'
		]);
		expect(tokenize('Tōkyō’s café, naïve—x')).toEqual(['Tōkyō', 's', 'café', 'naïve', 'x']);
		expect(foldWord('Tōkyō')).toBe('tokyo');
	});

	it('locates the paragraphs that answer the most words of the query first', () => {
		const paragraphs = ['Cabinet only.', '', 'The cabinet met in the morning.', 'Mornings.'];
		// "cabinet" exactly, "morning" and "mornings" by prefix, "cabnet" would be a typo.
		const found = locateParagraphs(paragraphs, ['cabinet', 'morning', 'mornings'], 'cabinet morn');
		expect(found.map((f) => [f.paragraph, f.words])).toEqual([
			[2, 2],
			[0, 1],
			[3, 1]
		]);
		expect(locateParagraphs(['Interceptors here.'], ['interceptors'], 'interseptors')).toEqual([
			{ paragraph: 0, words: 1, terms: 1 }
		]);
	});

	it('counts every matching article and fact but shows only the best', () => {
		const many = Array.from({ length: LIMITS.articles + 5 }, (_, i) =>
			makeArticle({
				id: `a${i}`,
				title: `Title ${i}`,
				paragraphs: [{ kind: 'body', text: 'Shipments again.' }]
			})
		);
		const results = searchIndex(buildSearchIndex(searchDocuments(many, [])), 'shipments');
		expect(results.articleCount).toBe(LIMITS.articles + 5);
		expect(results.articles).toHaveLength(LIMITS.articles);
		expect(results.total).toBe(LIMITS.articles + 5);
	});
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackSchema } from '$lib/db/validate';
import type { Article } from '../article';
import { buildPack, type Pack } from '../pack';
import { deriveFacts, factId } from './derive';
import { factsReport, type FactsReport } from './report';
import type { Fact } from './types';

const root = join(import.meta.dirname, '../../../..');
const seedDir = join(root, 'content/articles');
const fixtureDir = join(import.meta.dirname, 'fixtures');

function readSeeds(): Record<string, string> {
	return Object.fromEntries(
		readdirSync(seedDir).map((file) => [file, readFileSync(join(seedDir, file), 'utf8')])
	);
}

/** The fact whose evidence (in any article) contains these words. */
function factWith(facts: readonly Fact[], words: string): Fact | undefined {
	return facts.find((f) => f.evidence.some((e) => e.text.includes(words)));
}

/** The fact whose claim (its statement) contains these words. */
function claimWith(facts: readonly Fact[], words: string): Fact | undefined {
	return facts.find((f) => f.statement.includes(words));
}

/** Boilerplate lines of the raw text: every line the cleaner removed. */
function allEvidence(facts: readonly Fact[]) {
	return facts.flatMap((f) => f.evidence);
}

describe('facts of the five seed articles', () => {
	let pack: Pack;
	let facts: Fact[];
	const byId = new Map<string, Article>();
	beforeAll(async () => {
		pack = await buildPack(
			readSeeds(),
			JSON.parse(readFileSync(join(root, 'content/catalog.json'), 'utf8'))
		);
		facts = pack.facts;
		for (const a of pack.articles) byId.set(a.id, a);
	}, 120_000);

	it('finds at least 25 key facts, each quoting a body paragraph of its article exactly', () => {
		expect(facts.length).toBeGreaterThanOrEqual(25);
		for (const e of allEvidence(facts)) {
			const paragraph = byId.get(e.articleId)?.paragraphs[e.paragraph];
			expect(paragraph?.kind).toBe('body');
			expect(paragraph?.text.slice(e.start, e.end)).toBe(e.text);
		}
		expect(v.safeParse(PackSchema, pack).success).toBe(true);
	});

	it('derives nothing from boilerplate, captions or credits', () => {
		for (const e of allEvidence(facts)) {
			expect(e.text).not.toMatch(
				/Google News|Related (Posts|Articles)|read more|Copyright|Picture source|contributed reporting/i
			);
		}
	});

	it('gives every statement as a whole sentence, never a headline', () => {
		const titles = new Set(pack.articles.filter((a) => !a.titleDerived).map((a) => a.title));
		for (const fact of facts) {
			expect(titles.has(fact.statement.replace(/\.$/, ''))).toBe(false);
			expect(fact.statement).toMatch(/^[“‘"A-Z]/);
			expect(fact.statement).toMatch(/[.!?]["”’]?$|[”’]$/);
			expect(fact.statement).not.toMatch(/^(It|This|These|They|The move)\b/);
			for (const a of fact.answers) expect(fact.statement.slice(a.start, a.end)).toBe(a.text);
		}
	});

	it('makes the licence-production fact one fact reported by four articles, with RTX read as Raytheon', () => {
		const licence = factWith(
			facts,
			'under a licensing agreement with American defense contractors'
		);
		expect(licence).toBeDefined();
		expect(licence!.articleIds).toHaveLength(4);
		expect(licence!.kind).toBe('actor-role');
		expect(licence!.conflicts).toEqual([]);
		const values = licence!.answers.map((a) => a.value);
		expect(values).toContain('Mitsubishi Heavy Industries');
		expect(values).toContain('Raytheon');
		expect(values).toContain('Lockheed Martin');
		expect(values).not.toContain('RTX');
		// Its sources name the licensors as "Lockheed Martin and RTX" and "Raytheon and Lockheed Martin".
		expect(licence!.evidence.some((e) => e.text.includes('Raytheon and Lockheed Martin'))).toBe(
			true
		);
	});

	it('resolves "On Friday" in the article of 26 December 2023 to Friday 22 December 2023, as inferred', () => {
		const loosened = factWith(facts, 'On Friday, Japan announced it had loosened');
		expect(loosened?.date).toEqual({
			iso: '2023-12-22',
			precision: 'day',
			inferred: true,
			text: 'Friday'
		});
	});

	it('keeps relative dates relative in articles whose own date is unknown', () => {
		const council = factWith(facts, 'National Security Council approved the shipment');
		expect(council?.date).toBeUndefined();
		expect(council?.relativeDate).toBe('earlier this year');
	});

	it('flags the rule-change date as a conflict: October 2023 in one article, December 2023 in another', () => {
		const october = factWith(facts, 'In October 2023, Japan announced changes');
		expect(october?.date).toMatchObject({ iso: '2023-10', precision: 'month', inferred: false });
		const [conflict] = october!.conflicts;
		expect(conflict?.topic).toMatch(/export rules/);
		expect(conflict?.sides.map((s) => s.value)).toEqual(['October 2023', '22 December 2023']);
		expect(conflict?.sides[0]?.articleIds).toEqual(['japan-to-host-patriot-missile-manufacturing']);
		expect(conflict?.sides[1]?.articleIds).toEqual(['japan-to-send-patriot-interceptors-to-us']);
		expect(factWith(facts, 'On Friday, Japan announced')?.conflicts).toEqual([conflict]);
	});

	it('covers the policy details (licence, rules, third countries, the US request) as atomic claims', () => {
		const expected = [
			'continue to prohibit Japan from supplying weapons to nations at war',
			'transfer equipment to a third country with prior approval',
			'Washington asked for shipments because its supplies were running low',
			'will not be transferred to third countries',
			'authorize sales of equipment made under license back to the countries'
		];
		for (const words of expected) {
			const fact = factWith(facts, words);
			expect(fact, words).toBeDefined();
			expect(fact!.statement.split(/\s+/).length, fact!.statement).toBeLessThanOrEqual(25);
		}
		const kinds = new Set(facts.map((f) => f.kind));
		for (const kind of ['policy-rule', 'actor-role', 'dated-event']) expect(kinds).toContain(kind);
	});

	it('leaves out background, quotes and who reported it (issue 13)', () => {
		for (const words of [
			'about 60 Patriot launchers',
			'give us flexibility in our inventories',
			'a move reported by Kyodo News'
		])
			expect(
				facts.find((f) => f.statement.includes(words)),
				words
			).toBeUndefined();
		for (const fact of facts) {
			expect(fact.statement).not.toMatch(/\b(said|told reporters|according to)\b/);
			expect(fact.statement).not.toMatch(/^(It|This|These|They|The move)\b/);
		}
	});

	// The whole pipeline again: about 1 s alone, several on a machine shared by many test runs.
	it('is deterministic: the same articles give byte-identical facts', () => {
		expect(JSON.stringify(deriveFacts(pack.articles))).toBe(JSON.stringify(facts));
	}, 60_000);

	it('keeps ids stable when other sentences of the article change', () => {
		const article = byId.get('japan-set-to-export-patriot-to-us')!;
		const edited: Article = {
			...article,
			paragraphs: [
				{ kind: 'body', text: 'An added paragraph about nothing in particular at all.' },
				...article.paragraphs
			]
		};
		const before = deriveFacts([article]).map((f) => f.id);
		const after = deriveFacts([edited]).map((f) => f.id);
		expect(after).toEqual(before);
		expect(factId('Some sentence.')).toBe(factId('some   sentence.'));
	}, 60_000);
});

describe('facts of articles the pipeline was not tuned on', () => {
	let report: FactsReport;
	const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.txt'));
	beforeAll(async () => {
		report = await factsReport(
			fixtures.map((name) => ({ name, text: readFileSync(join(fixtureDir, name), 'utf8') }))
		);
	}, 120_000);

	it('reads three team-written articles with their datelines', () => {
		expect(fixtures).toHaveLength(3);
		expect(report.articles.map((a) => a.published.value)).toEqual([
			'2014-04-01',
			'2024-03-27',
			'2022-12-16'
		]);
	});

	it('finds the GCAP export decision, dated from "On Tuesday" in an article of 27 March 2024', () => {
		const decision = claimWith(report.facts, 'cabinet approved a change to its defence equipment');
		expect(decision?.statement).toBe(
			"On 26 March 2024, Japan's cabinet approved a change to its defence equipment transfer guidelines."
		);
		expect(decision?.kind).toBe('dated-event');
		expect(decision?.date).toMatchObject({ iso: '2024-03-26', precision: 'day', inferred: true });
		expect(claimWith(report.facts, 'aim to deploy it in 2035')?.date).toMatchObject({
			iso: '2035',
			precision: 'year',
			inferred: false
		});
		const limit = claimWith(
			report.facts,
			'limited to countries that have signed defence equipment'
		);
		expect(limit?.kind).toBe('policy-rule');
		const approval = claimWith(report.facts, 'Each export of the jet will need the approval');
		expect(approval?.answers.map((a) => a.value)).toContain('Komeito');
	});

	it('finds the 2014 principles, their limits and the third-country consent rule', () => {
		const adopted = claimWith(report.facts, 'adopted the Three Principles on Transfer of Defense');
		expect(adopted?.date).toMatchObject({ iso: '2014-04-01', precision: 'day', inferred: true });
		expect(factWith(report.facts, 'Transfers remain prohibited')?.kind).toBe('policy-rule');
		expect(factWith(report.facts, "obtain Japan's prior consent")?.subject).toBe(
			'Third-country transfers'
		);
	});

	it('finds the 2022 strategy with its quantities and dates', () => {
		const approved = claimWith(report.facts, 'approved three security documents');
		expect(approved?.date).toMatchObject({ iso: '2022-12-16', precision: 'day', inferred: true });
		const target = factWith(report.facts, '2 percent of gross domestic product');
		expect(target?.answers).toContainEqual(
			expect.objectContaining({ type: 'percentage', value: '2%' })
		);
		expect(factWith(report.facts, '43 trillion yen')?.kind).toBe('quantity');
		// Cut to 25 words, the claim keeps the capability and loses its example (the Tomahawk).
		expect(claimWith(report.facts, 'acquire a counterstrike capability')).toBeDefined();
	});

	it('takes nothing from newsletter prompts, share buttons, adverts or related links', () => {
		for (const e of allEvidence(report.facts)) {
			expect(e.text).not.toMatch(
				/Sign up|Subscribe|Share this article|Advertisement|Related|Read more|Copyright|About the author/i
			);
		}
	});
});

describe('a disagreement inside one article (issue 13)', () => {
	// An invented article: the age of an exemption is reported by two sides that differ.
	const text = [
		'QUILLIA NEWS',
		'Quillia approves toy levy on plastic toys',
		'Published 3 May 2031',
		"Quillia's parliament on 2 May 2031 approved a levy on plastic toys that applies from 1 January 2032.",
		'Firms that sell plastic toys in Quillia must register with the Quillian Revenue Office by 1 October 2031.',
		'Whether small shops are covered is disputed. The finance ministry says shops with fewer than 5 staff are exempt from the levy. The Toymakers Guild says the levy covers every shop.'
	].join('\n\n');

	it('keys neither side: no card from what one side says', async () => {
		const report = await factsReport([{ name: 'quillia-toy-levy.txt', text }]);
		const carded = report.facts.filter((f) => f.quiz.length > 0).map((f) => f.statement);
		expect(carded.some((s) => /register/.test(s))).toBe(true);
		expect(carded.filter((s) => /staff|every shop/.test(s))).toEqual([]);
	});
});

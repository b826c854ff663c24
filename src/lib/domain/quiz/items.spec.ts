import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactSchema } from '$lib/db/validate';
import { quizFact } from '$lib/testing/quiz-fact';
import type { AnswerType, Fact, FactKind, QuizItem } from '../facts/types';
import { buildPack } from '../pack';
import { BLANK, quizItems } from './items';

const root = join(import.meta.dirname, '../../../..');
const seedDir = join(root, 'content/articles');

async function seedFacts(): Promise<Fact[]> {
	const raw = Object.fromEntries(
		readdirSync(seedDir).map((file) => [file, readFileSync(join(seedDir, file), 'utf8')])
	);
	const catalog = JSON.parse(readFileSync(join(root, 'content/catalog.json'), 'utf8'));
	return (await buildPack(raw, catalog)).facts;
}

/** A fact for a test: spans are given as [type, text] and found in the statement. */
const makeFact = (
	statement: string,
	spans: [AnswerType, string][] = [],
	kind: FactKind = 'policy-rule',
	id = 'f-test'
): Fact => quizFact(statement, spans, { kind, id });

/** The true/false items the statement gets under twenty different fact ids. */
function trueFalseUnderManyIds(statement: string, spans: [AnswerType, string][] = []): QuizItem[] {
	// Each derived alone: twenty copies together would be one point (one card) and their subject.
	const facts = Array.from({ length: 20 }, (_, i) =>
		makeFact(statement, spans, undefined, `f-${i}`)
	);
	return facts.flatMap((f) =>
		(quizItems([f]).get(f.id) ?? []).filter((i) => i.type === 'true-false')
	);
}

const WRONG_FOR_LICENSING = [
	'Raytheon',
	'RTX',
	'Raytheon Technologies',
	'Lockheed Martin',
	'Mitsubishi Heavy Industries',
	'MHI',
	'Mitsubishi'
];

describe('quiz items of the seed facts', () => {
	let facts: Fact[];
	let items: Map<string, QuizItem[]>;
	beforeAll(async () => {
		facts = await seedFacts();
		items = quizItems(facts);
	}, 120_000);

	it('gives nearly every fact a question; one left without restates a point asked already', () => {
		expect(facts.length).toBeGreaterThan(20);
		const unasked = facts.filter((f) => (items.get(f.id) ?? []).length === 0);
		expect(unasked.length).toBeLessThanOrEqual(Math.floor(facts.length / 8));
	});

	it('gives unique ids, the same on every run and in any order of the facts', () => {
		const ids = [...items.values()].flat().map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [factId, list] of items) for (const i of list) expect(i.id).toMatch(`${factId}:`);
		const again = quizItems([...facts].reverse());
		for (const fact of facts)
			expect(again.get(fact.id)?.map((i) => i.id)).toEqual(items.get(fact.id)?.map((i) => i.id));
	});

	it('is deterministic: byte-identical JSON for the same facts', () => {
		expect(JSON.stringify([...quizItems(facts)])).toBe(JSON.stringify([...items]));
	});

	it('fits the stored fact schema and reads as the whole statement once the blank is filled', () => {
		for (const fact of facts) {
			const quiz = items.get(fact.id) ?? [];
			expect(v.safeParse(FactSchema, { ...fact, quiz }).success).toBe(true);
			for (const item of quiz) {
				if (item.id.endsWith(':conflict')) continue;
				expect(item.claim).toBe(fact.statement);
				if (item.type === 'true-false') continue;
				// "a(n) _____" keeps the article from giving the answer away; otherwise word for word.
				const article = (text: string) => text.replace(/\b(?:an?|a\(n\)) /gi, 'a ');
				expect(article(item.prompt.split(BLANK).join(item.answer))).toBe(article(fact.statement));
			}
		}
	});

	it('teaches the disputed date as a disagreement, never as settled (CARDS.md)', () => {
		const disputed = facts.filter((f) => f.conflicts.length > 0);
		expect(disputed.length).toBeGreaterThanOrEqual(2);
		const all = disputed.flatMap((f) => items.get(f.id) ?? []);
		for (const item of all) expect(item.answer).not.toMatch(/^(?:October|22 December) 2023$/);
		const taught = all.filter((i) => i.id.endsWith(':conflict'));
		expect(taught).toHaveLength(1);
		expect(taught[0]?.prompt).toMatch(
			/^Sources differ on when Japan changed its arms export rules/
		);
		expect(taught[0]?.answer).toBe('October 2023 and 22 December 2023');
		expect(taught[0]?.choices).toHaveLength(4);
	});

	it('never offers a manufacturer named in the licensing fact as a wrong option', () => {
		const fact = facts.find((f) =>
			f.statement.includes('under a licensing agreement with American defense contractors')
		);
		if (!fact) throw new Error('the licensing fact is missing');
		const mc = items.get(fact.id)?.find((i) => i.type === 'multiple-choice');
		expect(mc?.answer).toBe('Mitsubishi Heavy Industries');
		const wrong = mc?.choices?.filter((c) => c !== mc.answer) ?? [];
		expect(wrong).toHaveLength(3);
		for (const name of WRONG_FOR_LICENSING) expect(wrong).not.toContain(name);

		// The same statement asked about RTX: neither Raytheon nor Lockheed Martin is wrong.
		const onlyRtx = { ...fact, answers: fact.answers.filter((a) => a.text === 'RTX') };
		const rtx = quizItems([...facts.filter((f) => f !== fact), onlyRtx])
			.get(fact.id)
			?.find((i) => i.type === 'multiple-choice');
		expect(rtx?.answer).toBe('RTX');
		expect(rtx?.prompt).toMatch(/contractors Lockheed Martin and _____\.$/);
		expect(rtx?.choices).toHaveLength(4);
		const rtxWrong = rtx?.choices?.filter((c) => c !== 'RTX') ?? [];
		for (const name of WRONG_FOR_LICENSING) expect(rtxWrong).not.toContain(name);
	});

	it('asks true or false at most once per fact, of every policy rule with a question', () => {
		for (const fact of facts) {
			const all = items.get(fact.id) ?? [];
			const tf = all.filter((i) => i.type === 'true-false');
			expect(tf.length).toBeLessThanOrEqual(1);
			if (fact.kind === 'policy-rule' && fact.conflicts.length === 0 && all.length > 0)
				expect(tf).toHaveLength(1);
		}
	});
});

describe('blanks on hand-made facts', () => {
	it('never blanks a name whose title stands beside it, nor inside a quotation', () => {
		const fact = makeFact(
			'“Japan is a close ally,” Mr. Emanuel said in Tokyo.',
			[
				['country', 'Japan'],
				['person', 'Mr. Emanuel']
			],
			'quote'
		);
		const clozes = quizItems([fact])
			.get(fact.id)
			?.filter((i) => i.type === 'cloze');
		expect(clozes?.map((i) => [i.prompt, i.answer])).toEqual([]);
	});

	it('skips a blank whose answer another name of it gives away', () => {
		const fact = makeFact(
			'Japan said Tokyo would ship Patriot missiles to the United States.',
			[
				['country', 'Japan'],
				['country', 'Tokyo'],
				['country', 'United States']
			],
			'actor-role'
		);
		const answers = quizItems([fact])
			.get(fact.id)
			?.map((i) => i.answer);
		expect(answers).not.toContain('Japan');
		expect(answers).not.toContain('Tokyo');
		expect(answers).toContain('United States');
	});

	it('keeps a number in its own format in the options', () => {
		const fact = makeFact(
			'Japan will raise military spending to 2 percent of gross domestic product.',
			[['percentage', '2 percent']],
			'quantity'
		);
		const mc = quizItems([fact])
			.get(fact.id)
			?.find((i) => i.type === 'multiple-choice');
		expect(mc?.choices).toHaveLength(4);
		for (const choice of mc?.choices ?? []) expect(choice).toMatch(/^\d+ percent$/);
	});
});

describe('true or false on hand-made policy rules', () => {
	const flips: [string, string][] = [
		[
			'The missiles will not be transferred to third countries.',
			'The missiles will be transferred to third countries.'
		],
		['Washington would not send them to Kyiv.', 'Washington would send them to Kyiv.'],
		[
			'The United States cannot re-export the missiles.',
			'The United States can re-export the missiles.'
		],
		['The rule does not cover artillery shells.', 'The rule does cover artillery shells.'],
		['The new rules do not cover fighter jets.', 'The new rules do cover fighter jets.'],
		[
			'The new regulations continue to prohibit exports to nations at war.',
			'The new regulations no longer prohibit exports to nations at war.'
		],
		['Exports to nations at war remain prohibited.', 'Exports to nations at war remain permitted.'],
		['Lethal exports remain banned.', 'Lethal exports remain allowed.']
	];

	it.each(flips)('flips the one negation of "%s"', (statement, flippedVersion) => {
		const tf = trueFalseUnderManyIds(statement);
		expect(tf).toHaveLength(20);
		expect(new Set(tf.map((i) => i.answer))).toEqual(new Set(['True', 'False']));
		for (const item of tf) {
			expect(item.choices).toEqual(['True', 'False']);
			expect(item.prompt).toBe(
				`True or false: ${item.answer === 'True' ? statement : flippedVersion}`
			);
		}
	});

	it.each([
		'Japan will not export missiles and does not plan to.',
		'Japan will not allow exports that are not approved.',
		'Export rules prevent sales, and Japan will not change them.',
		'Japan will not sell weapons except to allies.',
		'Japan never sends lethal weapons to nations at war.'
	])('asks only the true version of the ambiguous "%s"', (statement) => {
		const tf = trueFalseUnderManyIds(statement, [['country', 'Japan']]);
		expect(tf).toHaveLength(20);
		for (const item of tf) {
			expect(item.answer).toBe('True');
			expect(item.prompt).toBe(`True or false: ${statement}`);
		}
	});

	it('makes a false version by swapping a country for one the fact does not mention', () => {
		const statement = 'The policy shift will allow Japan to ship Patriot missiles to Poland.';
		const tf = trueFalseUnderManyIds(statement, [
			['country', 'Japan'],
			['country', 'Poland']
		]);
		const falses = tf.filter((i) => i.answer === 'False');
		expect(falses.length).toBeGreaterThan(0);
		for (const item of falses) {
			const swapped = item.prompt.replace('True or false: ', '');
			expect(swapped).not.toBe(statement);
			const kept = ['Japan', 'Poland'].filter((name) => swapped.includes(name));
			expect(kept).toHaveLength(1);
			expect(swapped).toMatch(
				/^The policy shift will allow [A-Z][\w ]+ to ship Patriot missiles to [A-Z][\w ]+\.$/
			);
		}
	});

	it('does not swap a country given only as an example', () => {
		const statement = 'The missiles may go to nations such as Poland.';
		for (const item of trueFalseUnderManyIds(statement, [['country', 'Poland']]))
			expect(item.answer).toBe('True');
	});
});

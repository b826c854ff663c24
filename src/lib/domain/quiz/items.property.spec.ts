import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_ENTITIES, lookupAlias } from '../facts/aliases';
import type { AnswerSpan, AnswerType, Fact, FactKind, QuizItem } from '../facts/types';
import { buildPack } from '../pack';
import { kindOf } from './gazetteer';
import { BLANK, MAX_PROMPT_WORDS, quizItems } from './items';
import { NUMERIC } from './names';

const root = join(import.meta.dirname, '../../../..');
const seedDir = join(root, 'content/articles');
/** Fixed, so that a failure is the same failure on every machine (CONVENTIONS: seeded). */
const RUNS = { seed: 20231222, numRuns: 25 };

const KINDS: FactKind[] = ['policy-rule', 'actor-role', 'dated-event', 'quantity', 'quote'];
/** Surface forms by type, aliases of one another on purpose, and names the table lacks. */
const SURFACES: Record<AnswerType, string[]> = {
	country: ['Japan', 'Tokyo', 'United States', 'U.S.', 'US', 'Washington', 'Ukraine', 'Kyiv'],
	organization: ['Raytheon', 'RTX', 'Lockheed Martin', 'Mitsubishi', 'NATO', 'Acme Defense'],
	person: ['Fumio Kishida', 'Kishida', 'Mr. Emanuel', 'President Joe Biden', 'Jane Doe'],
	place: ['Okinawa', 'Indo-Pacific region'],
	weapon: ['Patriot', 'PAC-3', 'Patriots', 'Tomahawk', 'Su-34'],
	number: ['60', 'three', '1,200', '2.5', 'five'],
	amount: ['$1.2 billion', '¥500 million', '$30 million'],
	percentage: ['2 percent', '60 percent', '5%'],
	date: ['October 2023', 'April 2024', '2025', '22 December 2023', 'Friday', 'late last year']
};
const TYPES = Object.keys(SURFACES) as AnswerType[];
/** Words between the spans, among them names that give answers away. */
const FILLER = [
	'the',
	'missiles',
	'will',
	'not',
	'be',
	'sent',
	'to',
	'Japanese',
	'American',
	'us',
	'said',
	'and',
	'RTX',
	'Tokyo',
	'Patriot',
	'percent',
	'2025',
	'three',
	'“quoted',
	'words”',
	'such as',
	'from',
	'lowers the age from 18 to'
];

async function seedFacts(): Promise<Fact[]> {
	const raw = Object.fromEntries(
		readdirSync(seedDir).map((file) => [file, readFileSync(join(seedDir, file), 'utf8')])
	);
	const catalog = JSON.parse(readFileSync(join(root, 'content/catalog.json'), 'utf8'));
	return (await buildPack(raw, catalog)).facts;
}

function valueOf(type: AnswerType, text: string): string {
	if (type === 'percentage') return text.replace(/\s*(percent|%)$/, '%');
	if (type === 'date') return '2023-10';
	return lookupAlias(text)?.canonical ?? text;
}

const piece = fc.tuple(
	fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }),
	fc.constantFrom(...TYPES),
	fc.nat()
);
/** A synthetic fact: filler words and spans of random types, in random order. */
const syntheticFact = fc
	.record({ kind: fc.constantFrom(...KINDS), pieces: fc.array(piece, { maxLength: 5 }) })
	.map(({ kind, pieces }) => {
		let statement = '';
		const answers: AnswerSpan[] = [];
		for (const [words, type, pick] of pieces) {
			const options = SURFACES[type];
			const text = options[pick % options.length] ?? '';
			statement += `${words.join(' ')} `.trimStart();
			answers.push({
				type,
				text,
				start: statement.length,
				end: statement.length + text.length,
				value: valueOf(type, text)
			});
			statement += `${text} `;
		}
		return { kind, statement: `${statement}said so.`, answers };
	});

const input = (seed: readonly Fact[]) =>
	fc
		.tuple(fc.shuffledSubarray([...seed]), fc.array(syntheticFact, { maxLength: 8 }))
		.map(([real, synthetic]): Fact[] => [
			...real,
			...synthetic.map((s, i) => ({
				...s,
				id: `s-${i}`,
				subject: 'Synthetic',
				evidence: [],
				articleIds: ['synthetic'],
				conflicts: [],
				quiz: [],
				derivation: 1
			}))
		]);

function mentions(text: string, term: string): boolean {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The answer and every name the alias table gives it. */
function namesOf(answer: string): string[] {
	const entity = lookupAlias(answer) ?? DOMAIN_ENTITIES.find((e) => e.canonical === answer.trim());
	return entity ? [answer, entity.canonical, ...entity.aliases] : [answer];
}

function everyItem(items: Map<string, QuizItem[]>, facts: readonly Fact[]) {
	return facts.flatMap((fact) => (items.get(fact.id) ?? []).map((item) => ({ fact, item })));
}

describe('quiz items, for any mix of seed and synthetic facts', () => {
	let seed: Fact[];
	beforeAll(async () => {
		seed = await seedFacts();
	}, 120_000);

	it('never leaves the answer, or another name of it, in a blank question', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				for (const { fact, item } of everyItem(quizItems(facts), facts)) {
					if (item.type === 'true-false') continue;
					for (const name of namesOf(item.answer))
						expect(mentions(item.prompt, name), `${name} in ${item.prompt}`).toBe(false);
					if (item.id.endsWith(':conflict')) continue;
					const article = (text: string) => text.replace(/\b(?:an?|a\(n\)) /gi, 'a ');
					expect(article(item.prompt.split(BLANK).join(item.answer))).toBe(article(fact.statement));
				}
			}),
			RUNS
		);
	});

	it('offers four distinct choices, the answer once, and no wrong option that could be right', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				for (const { fact, item } of everyItem(quizItems(facts), facts)) {
					if (item.type !== 'multiple-choice') continue;
					const choices = item.choices ?? [];
					expect(choices).toHaveLength(4);
					expect(new Set(choices.map((c) => c.toLowerCase())).size).toBe(4);
					expect(choices.filter((c) => c === item.answer)).toHaveLength(1);
					const answerNames = namesOf(item.answer).map((n) => n.toLowerCase());
					for (const wrong of choices.filter((c) => c !== item.answer)) {
						for (const name of namesOf(wrong)) {
							expect(answerNames).not.toContain(name.toLowerCase());
							expect(mentions(fact.statement, name), `${name} in ${fact.statement}`).toBe(false);
						}
						for (const span of fact.answers)
							expect([span.text, span.value].map((s) => s.toLowerCase())).not.toContain(
								wrong.toLowerCase()
							);
					}
				}
			}),
			RUNS
		);
	});

	it('asks true or false at most once per fact, with True or False as the answer', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				const items = quizItems(facts);
				for (const fact of facts) {
					const list = items.get(fact.id) ?? [];
					const tf = list.filter((i) => i.type === 'true-false');
					expect(tf.length).toBeLessThanOrEqual(1);
					for (const item of tf) {
						expect(['True', 'False']).toContain(item.answer);
						expect(item.choices).toEqual(['True', 'False']);
						if (item.answer === 'True')
							expect(item.prompt).toBe(`True or false: ${fact.statement}`);
						else expect(item.prompt).not.toBe(`True or false: ${fact.statement}`);
					}
					expect(list.filter((i) => i.type === 'cloze').length).toBeLessThanOrEqual(2);
					expect(list.filter((i) => i.type === 'multiple-choice').length).toBeLessThanOrEqual(2);
				}
			}),
			RUNS
		);
	});

	it('keeps every prompt to 25 words (after "True or false:"), with its claim beside it', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				for (const { fact, item } of everyItem(quizItems(facts), facts)) {
					const words = item.prompt
						.replace(/^True or false: /, '')
						.split(/\s+/)
						.filter(Boolean);
					expect(words.length, item.prompt).toBeLessThanOrEqual(MAX_PROMPT_WORDS);
					if (!item.id.endsWith(':conflict')) expect(item.claim).toBe(fact.statement);
				}
			}),
			RUNS
		);
	});

	it('offers wrong options of the answer’s own type and kind, never an alias or a true value', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				const values = new Set(facts.flatMap((f) => f.answers.map((a) => a.value.toLowerCase())));
				for (const { fact, item } of everyItem(quizItems(facts), facts)) {
					if (item.type !== 'multiple-choice' || item.id.endsWith(':conflict')) continue;
					const span = fact.answers.find((a) => a.text === item.answer);
					expect(span, item.answer).toBeDefined();
					const type = span!.type;
					const kind = kindOf(lookupAlias(item.answer)?.canonical ?? span!.value, type);
					const shape = (text: string) =>
						type === 'date'
							? /\b(?:19|20)\d\d\b/.test(text)
							: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
									text
								);
					const sameArticle = facts.filter((f) =>
						f.articleIds.some((a) => fact.articleIds.includes(a))
					);
					for (const wrong of (item.choices ?? []).filter((c) => c !== item.answer)) {
						if (type === 'date' || NUMERIC.has(type)) {
							expect(shape(wrong), `${wrong} for ${item.answer}`).toBe(true);
							// A number true anywhere in the articles would make the question ambiguous.
							expect(values.has(wrong.toLowerCase()), wrong).toBe(false);
						} else {
							expect(kindOf(wrong, type), `${wrong} for ${item.answer}`).toBe(kind);
							for (const f of sameArticle)
								for (const a of f.answers)
									expect(namesOf(a.value).map((n) => n.toLowerCase())).not.toContain(
										wrong.toLowerCase()
									);
						}
					}
				}
			}),
			RUNS
		);
	});

	it('never quizzes a detail the sources disagree on without saying they differ', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				for (const { fact, item } of everyItem(quizItems(facts), facts)) {
					for (const conflict of fact.conflicts) {
						const sides = conflict.sides.map((s) => s.value.toLowerCase());
						if (sides.includes(item.answer.toLowerCase()))
							expect(item.prompt).toMatch(/^Sources differ/);
						if (item.type === 'true-false')
							for (const side of sides) expect(item.prompt.toLowerCase()).not.toContain(side);
						if (item.id.endsWith(':conflict'))
							for (const side of sides) expect(item.answer.toLowerCase()).toContain(side);
					}
				}
			}),
			RUNS
		);
	});

	it('asks a change for its new value, never the old one ("from 18 to _____", not "from _____ to 16")', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				for (const { item } of everyItem(quizItems(facts), facts)) {
					if (item.type === 'true-false') continue;
					expect(item.prompt, item.prompt).not.toMatch(/\bfrom\s+_____\s+to\s+\S*\d/);
					// A change that goes down offers no option above where it started.
					const down = /\blowers the age from (\d+) to _____/.exec(item.prompt);
					if (down && item.choices && /^\d+$/.test(item.answer))
						for (const choice of item.choices)
							expect(Number.parseFloat(choice), item.prompt).toBeLessThan(Number(down[1]));
				}
			}),
			RUNS
		);
	});

	it('is deterministic, with unique ids, whatever the order of the facts', () => {
		fc.assert(
			fc.property(input(seed), (facts) => {
				const items = quizItems(facts);
				expect(JSON.stringify([...quizItems(facts)])).toBe(JSON.stringify([...items]));
				const reordered = quizItems([...facts].reverse());
				for (const fact of facts) expect(reordered.get(fact.id)).toEqual(items.get(fact.id));
				const ids = [...items.values()].flat().map((i) => i.id);
				expect(new Set(ids).size).toBe(ids.length);
			}),
			RUNS
		);
	});
});

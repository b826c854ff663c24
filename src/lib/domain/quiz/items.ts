/**
 * Quiz items from key facts: fill-in-the-blank, multiple choice and true/false questions.
 * Pure and deterministic: every choice is seeded from the fact id, so the same facts give
 * byte-identical items. A blank on a date keeps the type 'cloze': the review screen asks it
 * the same way, and a fill-in-the-blank id stays `${factId}:cloze:${offset}` whatever it asks.
 */
import type { AnswerSpan, AnswerType, Fact, QuizItem } from '../facts/types';
import { MONTHS } from '../format';
import { poolOf, wrongOptions } from './distractors';
import {
	entityNamed,
	giveaways,
	mentions,
	NAMED,
	type Blank,
	type Cloze,
	type Option
} from './names';
import { seededRandom, shuffled } from './random';
import { flipped, swapped } from './true-false';

export const BLANK = '_____';
const MAX_CLOZES = 2;

/** The better question first: a date, then a number, then a name. */
const PRIORITY: Record<AnswerType, number> = {
	date: 0,
	number: 1,
	amount: 1,
	percentage: 1,
	organization: 2,
	person: 3,
	weapon: 4,
	country: 5,
	place: 6
};
const TITLE =
	/^(?:President|Vice President|Prime Minister|Ambassador|Minister|(?:Mr|Mrs|Ms|Dr)\.?)\s+/;
const PROPER_NAME = /^[\p{Lu}\p{N}][^\s()]*(?:\s+(?:of|and|the|for|[\p{Lu}\p{N}][^\s()]*))*$/u;
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS.join('|')}|(?:1[89]|20)\\d\\d)\\b`);
/** The span as a question can blank it (titles off), or nothing if it would make a poor one. */
function blankOf(statement: string, span: AnswerSpan): Blank | undefined {
	let { start, text } = span;
	const title = span.type === 'person' ? TITLE.exec(text) : null;
	if (title) [start, text] = [start + title[0].length, text.slice(title[0].length)];
	const end = start + text.length;
	const before = statement.slice(0, start);
	const after = statement.slice(end);
	if (!text.trim() || statement.slice(start, end) !== text) return undefined;
	if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) return undefined;
	// A blank inside a quotation would leave the quote unreadable.
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	if (opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return undefined;
	if (span.type === 'date' && !DATE_WORDS.test(text)) return undefined;
	if (NAMED.has(span.type) && (!PROPER_NAME.test(text) || /^\s+of\s+\p{Lu}/u.test(after)))
		return undefined;
	const entity = NAMED.has(span.type)
		? (entityNamed(text) ?? entityNamed(span.value.replace(TITLE, '')))
		: undefined;
	const key = `${span.type}:${entity?.canonical ?? (NAMED.has(span.type) ? text : span.value)}`;
	return { span: { ...span, text, start, end }, key, ...(entity ? { entity } : {}) };
}

/** The statement with every mention of the answer (if all read the same) blanked. */
function clozeOf(statement: string, blank: Blank, blanks: readonly Blank[]): Cloze | undefined {
	const targets = blanks
		.filter((b) => b.key === blank.key && b.span.text === blank.span.text)
		.sort((a, b) => b.span.start - a.span.start);
	let prompt = statement;
	let last = Infinity;
	for (const { span } of targets) {
		if (span.end > last) return undefined;
		prompt = prompt.slice(0, span.start) + BLANK + prompt.slice(span.end);
		last = span.start;
	}
	if (giveaways(blank).some((term) => mentions(prompt, term))) return undefined;
	return { blank, prompt, start: last, targets };
}

/** The fact's questions, easiest first: the review takes them in turn (see `itemFor`). */
function itemsOf(fact: Fact, blanks: readonly Blank[], pool: Map<string, Option[]>): QuizItem[] {
	const askable: Cloze[] = [];
	for (const blank of [...blanks].sort(
		(a, b) => PRIORITY[a.span.type] - PRIORITY[b.span.type] || a.span.start - b.span.start
	)) {
		if (askable.some((c) => c.blank.key === blank.key)) continue;
		const cloze = clozeOf(fact.statement, blank, blanks);
		if (cloze) askable.push(cloze);
	}
	const clozes = askable.slice(0, MAX_CLOZES);
	const items: QuizItem[] = [];
	if (fact.kind === 'policy-rule') {
		const random = seededRandom(`${fact.id}:true-false`);
		const falseVersion = flipped(fact.statement) ?? swapped(fact, askable, pool, random);
		const asFalse = falseVersion !== undefined && random() < 0.5;
		items.push({
			id: `${fact.id}:true-false`,
			type: 'true-false',
			prompt: `True or false: ${asFalse ? falseVersion : fact.statement}`,
			answer: asFalse ? 'False' : 'True',
			choices: ['True', 'False']
		});
	}
	const [first] = clozes;
	if (first) {
		const random = seededRandom(`${fact.id}:multiple-choice:${first.start}`);
		const wrong = wrongOptions(fact, first.blank, pool, random).slice(0, 3);
		const answer = first.blank.span.text;
		if (wrong.length === 3)
			items.push({
				id: `${fact.id}:multiple-choice:${first.start}`,
				type: 'multiple-choice',
				prompt: first.prompt,
				answer,
				choices: shuffled([answer, ...wrong.map((o) => o.display)], random)
			});
	}
	for (const { prompt, start, blank } of clozes)
		items.push({ id: `${fact.id}:cloze:${start}`, type: 'cloze', prompt, answer: blank.span.text });
	return items;
}

/** Every fact's quiz items by fact id. Pure: the same facts give byte-identical items. */
export function quizItems(facts: readonly Fact[]): Map<string, QuizItem[]> {
	const blanks = new Map(
		facts.map((fact) => [
			fact.id,
			fact.answers.flatMap((span) => blankOf(fact.statement, span) ?? [])
		])
	);
	const pool = poolOf([...blanks.values()].flat());
	return new Map(facts.map((fact) => [fact.id, itemsOf(fact, blanks.get(fact.id) ?? [], pool)]));
}

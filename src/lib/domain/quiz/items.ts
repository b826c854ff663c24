/**
 * Quiz items from key facts: fill-in-the-blank, multiple choice and true/false questions.
 * Pure and deterministic: every choice is seeded from the fact id, so the same facts give
 * byte-identical items. A blank on a date keeps the type 'cloze': the review screen asks it
 * the same way, and a fill-in-the-blank id stays `${factId}:cloze:${offset}` whatever it asks.
 */
import { DOMAIN_ENTITIES, lookupAlias, type DomainEntity } from '../facts/aliases';
import type { AnswerSpan, AnswerType, Fact, QuizItem } from '../facts/types';
import { MONTHS } from '../format';
import { seededRandom, shuffled } from './random';

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
const NUMERIC = new Set<AnswerType>(['number', 'amount', 'percentage']);
const NAMED = new Set<AnswerType>(['person', 'organization', 'country', 'place', 'weapon']);

/** Words that give a country away as surely as its name ("the Japanese decision"). */
const DEMONYMS: Record<string, string[]> = {
	Japan: ['Japanese'],
	'United States': ['American', 'Americans'],
	Ukraine: ['Ukrainian', 'Ukrainians'],
	Russia: ['Russian', 'Russians'],
	'United Kingdom': ['British'],
	Italy: ['Italian'],
	Poland: ['Polish'],
	Israel: ['Israeli'],
	China: ['Chinese'],
	'North Korea': ['North Korean']
};
/** Seats of government, so that "Tokyo" is offered against "Kyiv", not against "Ukraine". */
const CAPITALS: Record<string, string> = {
	Japan: 'Tokyo',
	'United States': 'Washington',
	Ukraine: 'Kyiv',
	Russia: 'Moscow',
	China: 'Beijing',
	'United Kingdom': 'London',
	Italy: 'Rome',
	Poland: 'Warsaw'
};
const NEEDS_THE = new Set(['United States', 'United Kingdom']);
/** Kinds of organisation, so that a manufacturer is offered against manufacturers first. */
const ORGANIZATION_GROUPS: readonly (readonly string[])[] = [
	['Raytheon', 'Lockheed Martin', 'Mitsubishi Heavy Industries'],
	['Kyodo News', 'The Washington Post'],
	['Liberal Democratic Party', 'Komeito'],
	['National Security Council', 'NATO', 'Self-Defense Forces']
];
const TITLE =
	/^(?:President|Vice President|Prime Minister|Ambassador|Minister|(?:Mr|Mrs|Ms|Dr)\.?)\s+/;
const PROPER_NAME = /^[\p{Lu}\p{N}][^\s()]*(?:\s+(?:of|and|the|for|[\p{Lu}\p{N}][^\s()]*))*$/u;
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS.join('|')}|(?:1[89]|20)\\d\\d)\\b`);
/** A name given as an example ("countries like the United States, Poland and …") is no rule. */
const EXEMPLIFIED = /\b(?:like|such as|including|e\.g\.|for example)\b[^.;:]*$/i;

/** The flippable negations of a policy rule and what they flip to (issue: only these). */
const FLIPS: readonly [RegExp, string][] = [
	[/\bwill not\b/gi, 'will'],
	[/\bwould not\b/gi, 'would'],
	[/\bcannot\b/gi, 'can'],
	[/\bdoes not\b/gi, 'does'],
	[/\bdo not\b/gi, 'do'],
	[/\bcontinues to prohibit\b/gi, 'no longer prohibits'],
	[/\bcontinue to prohibit\b/gi, 'no longer prohibit'],
	[/\b(remains?) prohibited\b/gi, '$1 permitted'],
	[/\b(remains?) banned\b/gi, '$1 allowed']
];
/** Any other negative word makes a flip ambiguous (a double negative, an exception). */
const NEGATION =
	/\b(?:not|no|never|nor|neither|none|nothing|without|cannot|prohibit\w*|prevent\w*|forbid\w*|bans?|banned|barred|unless|except)\b|n[’']t\b/i;

/** A span a question may blank, with the entity it names. */
interface Blank {
	span: AnswerSpan;
	key: string;
	entity?: DomainEntity;
}
interface Cloze {
	blank: Blank;
	prompt: string;
	start: number;
	targets: Blank[];
}
interface Option {
	key: string;
	display: string;
	rank: number;
}

const patterns = new Map<string, RegExp>();
/** Whether `text` mentions `term` as a whole word, ignoring case. */
function mentions(text: string, term: string): boolean {
	if (!term.trim()) return false;
	let pattern = patterns.get(term);
	if (!pattern) {
		const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
		patterns.set(term, pattern);
	}
	return pattern.test(text);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const entityNamed = (name: string) =>
	lookupAlias(name) ?? DOMAIN_ENTITIES.find((e) => e.canonical === name);

/** Every word that names the same thing as `name` (aliases, the demonym, the surname). */
function namesOf(name: string, entity = entityNamed(name)): string[] {
	const names = [name];
	if (entity)
		names.push(entity.canonical, ...entity.aliases, ...(DEMONYMS[entity.canonical] ?? []));
	return [...new Set(names)];
}

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

/** Words that would give the blank's answer away if the prompt still held them. */
function giveaways({ span, entity }: Blank): string[] {
	const terms = namesOf(span.text, entity);
	if (span.type !== 'date') terms.push(span.value);
	if (span.type === 'person') terms.push(span.text.split(/\s+/).at(-1) ?? '');
	return terms;
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

/** The named things of every fact, and of the alias table, that can stand in for an answer. */
function poolOf(blanks: readonly Blank[]): Map<string, Option[]> {
	const pool = new Map<string, Map<string, Option>>();
	const add = (type: AnswerType, key: string, display: string, rank: number) => {
		const options = pool.get(type) ?? new Map<string, Option>();
		if (!options.has(key)) options.set(key, { key, display, rank });
		pool.set(type, options);
	};
	for (const { span, key, entity } of blanks)
		if (NAMED.has(span.type)) add(span.type, key, entity?.canonical ?? span.text, 1);
	for (const e of DOMAIN_ENTITIES) add(e.type, `${e.type}:${e.canonical}`, e.canonical, 2);
	// Sorted by code unit, not by locale, so the order is the same on every machine.
	return new Map(
		[...pool].map(([type, options]) => [
			type,
			[...options.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		])
	);
}

/** Other names of the answer's type, displayed the way the answer is written. */
function namedOptions({ span, entity }: Blank, pool: Map<string, Option[]>): Option[] {
	const group = ORGANIZATION_GROUPS.find((g) => entity && g.includes(entity.canonical));
	const asCapital = entity && CAPITALS[entity.canonical] === span.text;
	return (pool.get(span.type) ?? []).flatMap((option) => {
		const name = option.display;
		const display =
			span.type === 'person' && !/\s/.test(span.text)
				? (name.split(/\s+/).at(-1) ?? name)
				: asCapital
					? CAPITALS[name]
					: name;
		const rank = group?.includes(name) ? 0 : option.rank;
		return display ? [{ ...option, display, rank }] : [];
	});
}

const WORD_NUMBERS =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
		' '
	);
const NUMBER_TOKEN = new RegExp(
	`\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:${WORD_NUMBERS.join('|')})\\b`,
	'i'
);

/** Plausible wrong numbers in the answer's own format ("2 percent" → "3 percent"). */
function numberVariants(text: string): string[] {
	const match = NUMBER_TOKEN.exec(text);
	if (!match) return [];
	const token = match[0];
	const word = WORD_NUMBERS.indexOf(token.toLowerCase());
	const n = word >= 0 ? word : Number(token.replace(/,/g, ''));
	const decimals = token.split('.')[1]?.length ?? 0;
	const year = decimals === 0 && /^(1[89]|20)\d\d$/.test(token);
	const shifts = year
		? [n - 1, n + 1, n - 2, n + 2, n - 3]
		: n <= 10
			? [n + 1, n - 1, n + 2, n - 2, n * 2]
			: n < 100
				? [n + 10, n - 10, n + 5, n - 5, n * 2, n / 2]
				: [n * 2, n / 2, n * 1.5, n * 3, n * 0.75];
	return shifts.flatMap((value) => {
		if (value <= 0 || value === n || (decimals === 0 && !Number.isInteger(value))) return [];
		let out = value.toFixed(decimals);
		if (word >= 0) {
			const name = WORD_NUMBERS[value];
			if (!name) return [];
			out = /^\p{Lu}/u.test(token) ? name[0]?.toUpperCase() + name.slice(1) : name;
		} else if (token.includes(',')) out = out.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
		return [text.slice(0, match.index) + out + text.slice(match.index + token.length)];
	});
}

/**
 * Plausible wrong dates in the answer's own format: another month, a year either side.
 * The nearest shifts of each kind rank first, so three options mix months and years.
 */
function dateVariants(text: string): [string, number][] {
	const month = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`).exec(text);
	const year = /\b(?:1[89]|20)\d\d\b/.exec(text);
	const day = Number(/\b\d{1,2}\b/.exec(text)?.[0] ?? 0);
	const m = month ? MONTHS.indexOf(month[0]) : -1;
	const shifts: [number, number, number][] = [];
	if (month && day <= 28) shifts.push([1, 0, 0], [-1, 0, 0], [2, 0, 1], [-2, 0, 1], [3, 0, 1]);
	if (year) shifts.push([0, -1, 0], [0, 1, 0], [0, -2, 1], [0, 2, 1], [0, -3, 1]);
	return shifts.map(([dm, dy, rank]) => {
		const edits = [
			...(month ? [{ at: month.index, from: month[0], to: MONTHS[(m + dm + 12) % 12] ?? '' }] : []),
			...(year ? [{ at: year.index, from: year[0], to: String(Number(year[0]) + dy) }] : [])
		].sort((a, b) => b.at - a.at);
		const shifted = edits.reduce(
			(t, e) => t.slice(0, e.at) + e.to + t.slice(e.at + e.from.length),
			text
		);
		return [shifted, rank];
	});
}

/** Whether an option is certainly wrong: not the answer, no name of it, nothing the fact says. */
function certainlyWrong(fact: Fact, blank: Blank, option: Option): boolean {
	const answerNames = giveaways(blank);
	const names = namesOf(option.display, entityNamed(option.key.replace(/^\w+:/, '')));
	if (NAMED.has(blank.span.type)) names.push(option.key.replace(/^\w+:/, ''));
	return names.every(
		(name) =>
			!answerNames.some((a) => same(a, name)) &&
			!mentions(fact.statement, name) &&
			!fact.answers.some((s) => same(s.text, name) || same(s.value, name))
	);
}

/** Every certainly wrong option for the blank, the likeliest-looking first. */
function wrongOptions(
	fact: Fact,
	blank: Blank,
	pool: Map<string, Option[]>,
	random: () => number
): Option[] {
	const { type, text } = blank.span;
	const variants: [string, number][] | undefined =
		type === 'date'
			? dateVariants(text)
			: NUMERIC.has(type)
				? numberVariants(text).map((v) => [v, 0])
				: undefined;
	const raw: Option[] = variants
		? variants.map(([display, rank]) => ({ key: `${type}:${display}`, display, rank }))
		: namedOptions(blank, pool);
	const chosen: Option[] = [];
	for (const option of shuffled(raw, random).sort((a, b) => a.rank - b.rank)) {
		if (chosen.some((c) => same(c.display, option.display) || c.key === option.key)) continue;
		if (certainlyWrong(fact, blank, option)) chosen.push(option);
	}
	return chosen;
}

/** Whether a name takes "the" in a sentence: "the United States", "the Liberal Democratic Party". */
const takesThe = (name: string) =>
	NEEDS_THE.has(name) || /\b(?:Council|Party|Forces|Ministry|Agency)$/.test(name);

/** The statement with its one negation flipped, if it has exactly one and nothing else negative. */
function flipped(statement: string): string | undefined {
	const hits = FLIPS.flatMap(([pattern, to]) =>
		[...statement.matchAll(pattern)].map((m) => ({
			at: m.index,
			from: m[0],
			to: m[0].replace(new RegExp(pattern.source, 'i'), to)
		}))
	);
	const [hit] = hits;
	if (hits.length !== 1 || !hit) return undefined;
	const rest = statement.slice(0, hit.at) + ' ' + statement.slice(hit.at + hit.from.length);
	if (NEGATION.test(rest)) return undefined;
	const to = /^\p{Lu}/u.test(hit.from) ? hit.to[0]?.toUpperCase() + hit.to.slice(1) : hit.to;
	return statement.slice(0, hit.at) + to + rest.slice(hit.at + 1);
}

/** The statement with one country or organisation swapped for one it does not mention. */
function swapped(
	fact: Fact,
	clozes: readonly Cloze[],
	pool: Map<string, Option[]>,
	random: () => number
) {
	if (NEGATION.test(fact.statement)) return undefined;
	for (const { blank, targets } of shuffled(clozes, random)) {
		const { type, start, text, end } = blank.span;
		const before = fact.statement.slice(0, start);
		const the = /\bthe\s+$/i.test(before);
		if (type !== 'country' && type !== 'organization') continue;
		if (EXEMPLIFIED.test(before) || /^\s*(?:and|or) other\b/i.test(fact.statement.slice(end)))
			continue;
		const canonical = blank.entity?.canonical ?? text;
		if (type === 'country' && canonical !== text && CAPITALS[canonical] !== text) continue;
		const option = wrongOptions(fact, blank, pool, random).find((o) => takesThe(o.display) === the);
		if (!option) continue;
		return targets.reduce(
			(s, t) => s.slice(0, t.span.start) + option.display + s.slice(t.span.end),
			fact.statement
		);
	}
	return undefined;
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

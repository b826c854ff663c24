/**
 * Wrong options for multiple choice (and swaps for false statements): names of the
 * answer's type from the corpus and the alias table, or plausible shifts of a number or a
 * date, each kept only when it is certainly wrong for the fact.
 */
import { DOMAIN_ENTITIES } from '../facts/aliases';
import type { AnswerType, Fact } from '../facts/types';
import { MONTHS } from '../format';
import {
	CAPITALS,
	entityNamed,
	giveaways,
	mentions,
	NAMED,
	namesOf,
	NUMERIC,
	same,
	type Blank,
	type Option
} from './names';
import { shuffled } from './random';

/** Kinds of organisation, so that a manufacturer is offered against manufacturers first. */
const ORGANIZATION_GROUPS: readonly (readonly string[])[] = [
	['Raytheon', 'Lockheed Martin', 'Mitsubishi Heavy Industries'],
	['Kyodo News', 'The Washington Post'],
	['Liberal Democratic Party', 'Komeito'],
	['National Security Council', 'NATO', 'Self-Defense Forces']
];
/** The named things of every fact, and of the alias table, that can stand in for an answer. */
export function poolOf(blanks: readonly Blank[]): Map<string, Option[]> {
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
export function wrongOptions(
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

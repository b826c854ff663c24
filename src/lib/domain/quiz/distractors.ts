/**
 * Wrong options for multiple choice (and swaps for false statements): names of the
 * answer's type from the corpus and the alias table, or plausible shifts of a number or a
 * date, each kept only when it is certainly wrong for the fact.
 */
import type { Fact } from '../facts/types';
import { numberShifts, type NumberContext } from './numbers';
import { GAZETTEER, HOME, kindOf, type NameKind } from './gazetteer';
import { MONTHS } from '../format';
import { DOMAIN_ENTITIES } from '../facts/aliases';
import {
	CAPITALS,
	DEMONYMS,
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

/** What wrong options are drawn from: names by kind, and every fact (to check options false). */
export interface Corpus {
	pool: Map<NameKind, Option[]>;
	facts: readonly Fact[];
}

/** The named things of every fact, and of the gazetteer, by kind. */
export function poolOf(facts: readonly Fact[]): Map<NameKind, Option[]> {
	const pool = new Map<NameKind, Map<string, Option>>();
	const add = (kind: NameKind, name: string, rank: number) => {
		const options = pool.get(kind) ?? new Map<string, Option>();
		if (!options.has(name)) options.set(name, { key: `${kind}:${name}`, display: name, rank });
		pool.set(kind, options);
	};
	for (const fact of facts)
		for (const span of fact.answers)
			if (NAMED.has(span.type) && span.type !== 'person') {
				const name = entityNamed(span.text)?.canonical ?? span.value;
				const kind = kindOf(name, span.type);
				// Fictional ministries named after their country do not travel: only the gazetteer's do.
				if (kind !== 'government-body' && kind !== 'company') add(kind, name, 1);
			}
	for (const [kind, names] of Object.entries(GAZETTEER) as [NameKind, readonly string[]][])
		for (const name of names) add(kind, name, 2);
	// Sorted by code unit, not by locale, so the order is the same on every machine.
	return new Map(
		[...pool].map(([kind, options]) => [
			kind,
			[...options.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		])
	);
}

/** Other names of the answer's kind, displayed the way the answer is written. */
function namedOptions({ span, entity }: Blank, pool: Map<NameKind, Option[]>): Option[] {
	const canonical = entity?.canonical ?? span.value;
	const kind = kindOf(canonical, span.type);
	if (kind === 'person' || kind === 'place' || kind === 'company' || kind === 'weapon') return [];
	const asCapital = entity && CAPITALS[entity.canonical] === span.text;
	return (pool.get(kind) ?? []).flatMap((option) => {
		const display = asCapital ? CAPITALS[option.display] : option.display;
		return display ? [{ ...option, display }] : [];
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
function numberVariants(text: string, context: NumberContext): string[] {
	const match = NUMBER_TOKEN.exec(text);
	if (!match) return [];
	const token = match[0];
	const word = WORD_NUMBERS.indexOf(token.toLowerCase());
	const n = word >= 0 ? word : Number(token.replace(/,/g, ''));
	const decimals = token.split('.')[1]?.length ?? 0;
	const year = decimals === 0 && /^(1[89]|20)\d\d$/.test(token);
	const statutory = year ? undefined : numberShifts(n, context);
	const shifts = statutory
		? statutory
		: year
			? [n - 1, n + 1, n - 2, n + 2, n - 3]
			: n <= 10
				? [n + 1, n - 1, n + 2, n - 2, n * 2]
				: n < 100
					? // Near the true value: an age of 18 is asked against 16 and 20, never 8 or 28.
						[n + 2, n - 2, n + 3, n - 3, n + 5, n - 5]
					: [n * 0.75, n * 1.25, n * 1.5, n * 0.5, n * 2];
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
export function dateVariants(text: string): [string, number][] {
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

/** Every value any fact states, lower case: an option that is true somewhere is never offered. */
const trueValues = new WeakMap<readonly Fact[], Set<string>>();
function valuesOf(facts: readonly Fact[]): Set<string> {
	let values = trueValues.get(facts);
	if (!values) {
		values = new Set(
			facts.flatMap((f) => f.answers.flatMap((a) => [a.text, a.value])).map((v) => v.toLowerCase())
		);
		trueValues.set(facts, values);
	}
	return values;
}

/** Whether an option is certainly wrong: not the answer, no name of it, nothing the articles say here. */
function certainlyWrong(fact: Fact, blank: Blank, option: Option, corpus: Corpus): boolean {
	const answerNames = giveaways(blank);
	const name = option.key.replace(/^[\w-]+:/, '');
	const names = namesOf(option.display, entityNamed(name));
	names.push(name);
	const sameArticle = corpus.facts.filter((f) =>
		f.articleIds.some((a) => fact.articleIds.includes(a))
	);
	// Values are checked against every article (a number true elsewhere would be ambiguous);
	// names against the articles this fact comes from (another story's ministry is no answer here).
	const numeric = !NAMED.has(blank.span.type);
	return names.every(
		(n) =>
			!answerNames.some((a) => same(a, n)) &&
			!mentions(fact.statement, n) &&
			!(numeric && valuesOf(corpus.facts).has(n.toLowerCase())) &&
			!sameArticle.some((f) => f.answers.some((s) => same(s.text, n) || same(s.value, n)))
	);
}

/** "based in the United States", "American defense contractors", "missiles from the United States". */
function homeStated(statement: string, home: string): boolean {
	const names = [home, ...(entityNamed(home)?.aliases ?? []), ...(DEMONYMS[home] ?? [])];
	return names.some((n) =>
		new RegExp(
			String.raw`(?:based in|from|made in|built in|[Ii]n)\s+(?:the\s+)?${escaped(n)}\b|\b${escaped(n)}\s+(?:[\p{Ll}-]+\s+){0,2}(?:contractors|firms|companies|manufacturers|makers)\b`,
			'u'
		).test(statement)
	);
}
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Countries the articles name as someone's adversary ("in its struggle against Russia",
 * "Russian air threats"): never offered as a country an ally supports or supplies.
 */
const adversariesOf = new WeakMap<readonly Fact[], Set<string>>();
function adversaries(facts: readonly Fact[]): Set<string> {
	let found = adversariesOf.get(facts);
	if (found) return found;
	found = new Set<string>();
	const text = facts.flatMap((f) => f.evidence.map((e) => e.text)).join('\n');
	for (const entity of DOMAIN_ENTITIES.filter((e) => e.type === 'country'))
		for (const n of [...entity.aliases, ...(DEMONYMS[entity.canonical] ?? [])])
			if (
				new RegExp(
					String.raw`\b(?:against|war with|invaded by|invasion by|attacks? by|threats? from)\s+${escaped(n)}\b|\b${escaped(n)}\s+(?:air\s+)?(?:threats?|aggression|invasion|attacks?)\b`,
					'u'
				).test(text)
			)
				found.add(entity.canonical);
	adversariesOf.set(facts, found);
	return found;
}

/** Options that keep the prompt's own constraints: the answer's home when stated, no adversary. */
function fitting(fact: Fact, blank: Blank, options: Option[], corpus: Corpus): Option[] {
	const canonical = blank.entity?.canonical ?? blank.span.value;
	const home = HOME.get(canonical) ?? HOME.get(blank.span.text);
	let kept = options;
	if (home && homeStated(fact.statement, home)) {
		const same = options.filter((o) => HOME.get(o.key.replace(/^[\w-]+:/, '')) === home);
		if (same.length >= 3) kept = same;
		else return [];
	}
	if (blank.span.type === 'country') {
		const enemies = adversaries(corpus.facts);
		kept = kept.filter((o) => !enemies.has(o.key.replace(/^[\w-]+:/, '')));
	}
	return kept;
}

/** Every certainly wrong option for the blank, the likeliest-looking first. */
export function wrongOptions(
	fact: Fact,
	blank: Blank,
	corpus: Corpus,
	random: () => number
): Option[] {
	const { type, text } = blank.span;
	const variants: [string, number][] | undefined =
		type === 'date'
			? dateVariants(text)
			: NUMERIC.has(type)
				? numberVariants(text, {
						before: fact.statement.slice(0, blank.span.start),
						after: fact.statement.slice(blank.span.end),
						percent: type === 'percentage'
					}).map((v) => [v, 0])
				: undefined;
	const raw: Option[] = variants
		? variants.map(([display, rank]) => ({ key: `${type}:${display}`, display, rank }))
		: fitting(fact, blank, namedOptions(blank, corpus.pool), corpus);
	const chosen: Option[] = [];
	for (const option of shuffled(raw, random).sort((a, b) => a.rank - b.rank)) {
		if (chosen.some((c) => same(c.display, option.display) || c.key === option.key)) continue;
		if (certainlyWrong(fact, blank, option, corpus)) chosen.push(option);
	}
	return chosen;
}

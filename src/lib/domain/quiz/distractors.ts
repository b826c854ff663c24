/**
 * Wrong options for multiple choice (and swaps for false statements): names of the
 * answer's type from the corpus and the alias table, or plausible shifts of a number or a
 * date, each kept only when it is certainly wrong for the fact.
 */
import type { Fact } from '../facts/types';
import { numberShifts, wholePeriod, type NumberContext } from './numbers';
import { GAZETTEER, HOME, kindOf, TOPICAL_MINISTRIES, type NameKind } from './gazetteer';
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
	/** Each article's whole text by id: a value it states anywhere is never a wrong option. */
	texts?: ReadonlyMap<string, string>;
	/** The headline each article's cards are shown under: an answer it prints is given away. */
	headlines?: ReadonlyMap<string, string>;
	/** Each article's lede: its first sentence tells the headline's news again. */
	ledes?: ReadonlyMap<string, string>;
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

/** Steps a rate or a price moves in: 0.25 points, 5 cents, never 1 point on 0.52 (derivation 12). */
const NICE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5];

/**
 * Near values of a figure with decimals ("4.75%", "0.52 euros"): steps of about a fourteenth of
 * it in the figure's own precision. A dev judge found "9.50%" offered for a 4.75% lending rate
 * and "2.52 euros" for a 0.52-euro duty: a shift of whole units is not near a small decimal.
 */
function decimalShifts(n: number, decimals: number): number[] {
	const unit = 10 ** -decimals;
	const step =
		NICE_STEPS.find(
			(s) =>
				s >= Math.max(n * 0.07, unit) - 1e-9 && Math.abs(s / unit - Math.round(s / unit)) < 1e-6
		) ?? Math.max(unit, Math.round(n * 0.07));
	return [1, -1, 2, -2, 3, -3].map((k) => Number((n + k * step).toFixed(decimals)));
}

/** Plausible wrong numbers in the answer's own format ("2 percent" → "3 percent"). */
export function numberVariants(text: string, context: NumberContext): string[] {
	// "5.30am", "9:15 pm": a time of day, offered against other times (held-out 27 had "4.80am").
	const clock = /^(\d{1,2})([.:])(\d{2})(\s?(?:am|pm|a\.m\.|p\.m\.))$/iu.exec(text.trim());
	if (clock) {
		const [, hour, mark, minutes, half] = clock;
		const h = Number(hour);
		return [h - 1, h + 1, h - 2, h + 2]
			.filter((x) => x >= 1 && x <= 12)
			.map((x) => `${x}${mark}${minutes}${half}`);
	}
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
			: decimals > 0
				? decimalShifts(n, decimals)
				: n <= 10
					? [n + 1, n - 1, n + 2, n - 2, n * 2]
					: n < 100
						? // Near the true value: an age of 18 is asked against 16 and 20, never 8 or 28.
							[n + 2, n - 2, n + 3, n - 3, n + 5, n - 5]
						: [n * 0.75, n * 1.25, n * 1.5, n * 0.5, n * 2];
	// A rate above the whole ("not less than 150% of the ordinary rate") is offered only above it,
	// whichever shifts made the options (derivation 13, held-out 13).
	const aboveWhole = context.percent === true && n > 100;
	// "accessible 24 hours a day": never 36 or 72 hours a day (held-out 22).
	const ceiling = wholePeriod(context.after) ?? Infinity;
	return shifts.flatMap((value) => {
		if (value <= 0 || value === n || (decimals === 0 && !Number.isInteger(value))) return [];
		if (value > ceiling) return [];
		if (aboveWhole && value <= 100) return [];
		// "4%" beside "3.5%", not "4.0%": nobody writes a whole rate with one decimal.
		let out = decimals === 1 && Number.isInteger(value) ? String(value) : value.toFixed(decimals);
		if (word >= 0) {
			const name = WORD_NUMBERS[value];
			if (!name) return [];
			out = /^\p{Lu}/u.test(token) ? name[0]?.toUpperCase() + name.slice(1) : name;
		} else if (token.includes(',')) out = out.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
		return [text.slice(0, match.index) + out + text.slice(match.index + token.length)];
	});
}

/** A month's name, capitalised as dates write it. */
const MONTH_NAME = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`);

/**
 * Plausible wrong dates in the answer's own format: another month, a year either side.
 * The nearest shifts of each kind rank first, so three options mix months and years.
 */
export function dateVariants(text: string): [string, number][] {
	const month = MONTH_NAME.exec(text);
	const year = /\b(?:1[89]|20)\d\d\b/.exec(text);
	const day = Number(/\b\d{1,2}\b/.exec(text)?.[0] ?? 0);
	const m = month ? MONTHS.indexOf(month[0]) : -1;
	const shifts: [number, number, number][] = [];
	if (month && day <= 28) shifts.push([1, 0, 0], [-1, 0, 0], [2, 0, 1], [-2, 0, 1], [3, 0, 1]);
	if (year) shifts.push([0, -1, 0], [0, 1, 0], [0, -2, 1], [0, 2, 1], [0, -3, 1], [0, 3, 2]);
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

/**
 * Whether the fact's articles state this value anywhere (derivation 10): "80%" is the rate a
 * second group of households gets, so it is no wrong answer to "grants covering _____".
 */
function statedIn(value: string, fact: Fact, corpus: Corpus): boolean {
	if (!corpus.texts) return false;
	const number = /^(\d[\d,.]*)\s*%$/.exec(value.trim());
	const pattern = number
		? String.raw`(?<![\d.,])${escaped(number[1]!)}\s*(?:%|per ?cent)`
		: String.raw`(?<![\p{L}\p{N}.,])${escaped(value.trim())}(?![\p{N}])`;
	const re = new RegExp(pattern, 'iu');
	return fact.articleIds.some((id) => re.test(corpus.texts?.get(id) ?? ''));
}

/** A date or a number in the prompt, comparable: "30 June 2027" → 20270630, "40,000 corra" → 40000. */
function comparable(text: string, type: string): number | undefined {
	if (type === 'date') {
		const m = new RegExp(String.raw`(?:(\d{1,2})\s+)?(${MONTHS.join('|')})\s+((?:19|20)\d\d)`).exec(
			text
		);
		if (!m) return undefined;
		return Number(m[3]) * 10000 + (MONTHS.indexOf(m[2]!) + 1) * 100 + Number(m[1] ?? 0);
	}
	const n = /\d[\d,]*(?:\.\d+)?/.exec(text);
	return n ? Number(n[0].replace(/,/g, '')) : undefined;
}

/**
 * The prompt's own bounds (derivation 10): a wrong option keeps the answer's order with every
 * other value of its kind in the prompt. "Products made before _____ may be sold until 30 June
 * 2027" offers no date after 30 June 2027; "up to 40,000 … up to _____ for repeated breaches"
 * offers nothing below 40,000.
 */
function withinBounds(fact: Fact, blank: Blank, option: Option): boolean {
	const { type, start, end, text } = blank.span;
	if (type !== 'date' && !NUMERIC.has(type)) return true;
	const answer = comparable(text, type);
	const wrong = comparable(option.display, type);
	if (answer === undefined || wrong === undefined) return true;
	const unit = (at: number) => /^\s*([%\p{L}]+)/u.exec(fact.statement.slice(at))?.[1] ?? '';
	const own = type === 'date' ? '' : unit(end);
	// Every other value of the kind the prompt states, outside the blank.
	const pattern =
		type === 'date'
			? new RegExp(String.raw`(?:\d{1,2}\s+)?(?:${MONTHS.join('|')})\s+(?:19|20)\d\d`, 'g')
			: /\d[\d,]*(?:\.\d+)?/g;
	// "passed by _____ votes to 64", "_____ to 12 metres": the value across "to" is a bound
	// whatever words follow each.
	const across = (from: number, to: number) =>
		/^\s*(?:[%\p{L}]+\s+)?(?:to|–|-)\s*$/u.test(fact.statement.slice(from, to));
	for (const other of fact.statement.matchAll(pattern)) {
		const at = other.index ?? 0;
		const after = at + other[0].length;
		if (at < end && after > start) continue;
		const paired = at >= end ? across(end, at) : across(after, start);
		if (type !== 'date' && !paired && unit(after) !== own) continue;
		const bound = comparable(other[0], type);
		if (bound === undefined || bound === answer) continue;
		if (answer < bound !== wrong < bound || wrong === bound) return false;
	}
	// A range keeps its order: "8–12 m" is never offered as "16–12 m" ("2025-26" or "5-4" are
	// not ranges of that kind, and are left alone).
	return !ascending(text) || ascending(option.display);
}

/** Whether a value is a range from a lower number to a higher one: "8–12". */
function ascending(value: string): boolean {
	const range = /^(\d[\d,]*(?:\.\d+)?)\s*[–-]\s*(\d[\d,]*(?:\.\d+)?)$/.exec(value.trim());
	return !!range && Number(range[1]!.replace(/,/g, '')) < Number(range[2]!.replace(/,/g, ''));
}

/** The head noun of a body's name: "Orvelland Medicines Agency" → "agency". */
const headOf = (name: string) =>
	// "Ministry of Finance" and "Court of Appeal" are a ministry and a court.
	name
		.trim()
		.split(/\s+of\s+/i)[0]!
		.split(/\s+/)
		.at(-1)
		?.toLowerCase() ?? '';

/**
 * The role a body's head noun gives it: the bodies that decide policy (a cabinet, a ministry,
 * a parliament: "Japan's _____ approved the shipment"), the agencies that regulate and apply
 * it, the courts. A head noun of none of these is its own kind; "the government" is none of
 * them, as it is the whole of which each decider is a part (an option it would also be true).
 */
const ROLES: Record<string, readonly string[]> = {
	decides: [
		'cabinet',
		'council',
		'ministry',
		'parliament',
		'assembly',
		'senate',
		'diet',
		'congress',
		'presidency'
	],
	regulates: [
		'agency',
		'authority',
		'commission',
		'regulator',
		'service',
		'directorate',
		'inspectorate',
		'board',
		'bureau',
		'office'
	],
	judges: ['court', 'tribunal']
};
const roleOf = (name: string): string => {
	const head = headOf(name);
	return Object.keys(ROLES).find((role) => ROLES[role]!.includes(head)) ?? head;
};

/**
 * Bodies of the answer's own role (derivation 10): an agency for an agency, a court for a court,
 * a body that decides policy for one (a cabinet, a ministry or a parliament),
 * from the article's other bodies and the gazetteer; "Supreme Court" is no option for the body
 * that drafted a prescribing order.
 */
function sameKindBodies(fact: Fact, blank: Blank, options: Option[], corpus: Corpus): Option[] {
	const canonical = blank.entity?.canonical ?? blank.span.value;
	if (kindOf(canonical, blank.span.type) !== 'government-body') return options;
	const role = roleOf(canonical);
	const head = headOf(canonical);
	const own = corpus.facts
		.filter((f) => f.articleIds.some((a) => fact.articleIds.includes(a)))
		.flatMap((f) => f.answers)
		.filter((a) => a.type === blank.span.type && roleOf(a.value) === role && a.value !== canonical)
		.map((a) => ({ key: `government-body:${a.value}`, display: a.value, rank: 0 }));
	// A ministry the story's own business makes plausible (derivation 17): its text, or its facts.
	const topical = head === 'ministry' ? topicalMinistries(fact, canonical, corpus) : [];
	// A ministry for a ministry first, then another body of the same role.
	const same = [...own, ...topical, ...options.filter((o) => roleOf(o.display) === role)];
	return [
		...same.filter((o) => headOf(o.display) === head),
		...same.filter((o) => headOf(o.display) !== head)
	];
}

/** The everyday ministries whose field the fact's articles are on, but the answer's own. */
function topicalMinistries(fact: Fact, canonical: string, corpus: Corpus): Option[] {
	const business = fact.articleIds
		.map(
			(id) =>
				corpus.texts?.get(id) ??
				corpus.facts
					.filter((f) => f.articleIds.includes(id))
					.map((f) => f.statement)
					.join(' ')
		)
		.join(' ');
	return TOPICAL_MINISTRIES.filter(
		([name, topic]) => name !== canonical && topic.test(business)
	).map(([name]) => ({ key: `government-body:${name}`, display: name, rank: 0 }));
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
	if (numeric && statedIn(option.display, fact, corpus)) return false;
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
	// A name the statement does not contain cannot match: its pattern is not even built (each
	// new pattern costs a compilation, a millisecond or two on a first run).
	return names.some(
		(n) =>
			statement.includes(n) &&
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
				// Only a name the text contains can match: the others' patterns are never built.
				text.includes(n) &&
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

/** What the prompt says before a deadline: "must publish a plan by", "will apply from". */
const DEADLINE =
	/\b(?:must|shall|will|is to|are to|has to|have to|needs? to)\b[^.;]*\b(?:by|from|until|before|no later than)\s+$/;

/**
 * The test of whether a wrong option is one a learner could hold (derivation 13, held-out 13): a deadline the
 * rule sets is never moved to a year before the answer's ("by 31 December 2026" is not offered as
 * 2023, before the decree). (A rate above the whole keeps above it in numberVariants.)
 */
function plausibleFor(fact: Fact, blank: Blank, corpus: Corpus): (option: Option) => boolean {
	const { type, start, text } = blank.span;
	if (type !== 'date') return () => true;
	// What the options are checked against, read once per blank.
	const year = (t: string) => Number(/\b(?:19|20)\d\d\b/.exec(t)?.[0] ?? 0);
	const answerYear = year(text);
	// "Tribunal fees return in April" above "… reintroduces a fee from _____" (1 April 2027): the
	// headline rules out "1 May 2027"; only the year may be wrong (derivation 18, held-out 18).
	const shown = shownHeadlines(fact, corpus);
	const monthOf = (t: string) => MONTH_NAME.exec(t)?.[0];
	const month = monthOf(text);
	const keepMonth = !!month && new RegExp(String.raw`\b${month}\b`).test(shown);
	const shownYear = year(shown);
	const keepShownYear = !!shownYear && shownYear === answerYear;
	// "from the start of the 2027–28 tax year on _____": the prompt's own words name the year.
	const rest = fact.statement.slice(0, start) + fact.statement.slice(start + text.length);
	const keepYear = !!answerYear && new RegExp(String.raw`\b${answerYear}\b`).test(rest);
	// "The Sunbed Safety Act 2026 was passed on _____": the name dates its making, so no other
	// year is a choice (held-out 15).
	const named = NAMED_YEAR.exec(fact.statement)?.[1];
	const madeThatYear = !!named && Number(named) === answerYear && MADE.test(fact.statement);
	const deadline = DEADLINE.test(fact.statement.slice(0, start));
	return (option) => {
		const optionYear = year(option.display);
		if (keepMonth && monthOf(option.display) !== month) return false;
		if (keepShownYear && optionYear !== shownYear) return false;
		if (keepYear && optionYear !== answerYear) return false;
		if (madeThatYear) return optionYear === answerYear;
		if (!deadline) return true;
		return optionYear >= answerYear;
	};
}

/** The headlines a fact's card is shown under, one per line. */
export function shownHeadlines(fact: Fact, corpus: Corpus): string {
	return fact.articleIds.map((a) => corpus.headlines?.get(a) ?? '').join('\n');
}

/** A policy named with its year: "the Sunbed Safety Act 2026", "Order 2026", "Rules 2026". */
const NAMED_YEAR =
	/\b(?:Act|Order|Rules|Regulations?|Bill|Decree|Law|Ordinance|Code|Directive)\s+((?:19|20)\d\d)\b/u;
/** The words of its making: "was passed on", "adopted", "laid before the Chamber on". */
const MADE =
	/\b(?:passed|adopted|laid|approved|signed|enacted|made|issued|published|at its (?:session|meeting) of)\b/i;

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
		: sameKindBodies(
				fact,
				blank,
				fitting(fact, blank, namedOptions(blank, corpus.pool), corpus),
				corpus
			);
	const chosen: Option[] = [];
	const plausible = plausibleFor(fact, blank, corpus);
	for (const option of shuffled(raw, random).sort((a, b) => a.rank - b.rank)) {
		if (chosen.some((c) => same(c.display, option.display) || c.key === option.key)) continue;
		if (!withinBounds(fact, blank, option) || !plausible(option)) continue;
		if (certainlyWrong(fact, blank, option, corpus)) chosen.push(option);
	}
	return chosen;
}

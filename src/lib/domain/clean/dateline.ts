/**
 * Bylines and datelines at the top of a raw text ("by | Dec 26, 2023", "March 27, 2024",
 * "By Jane Doe, Published 3 April 2024"). The only module of the cleaner that uses chrono (through ../chrono.ts).
 */
import { casualParser } from '../chrono';
import type { DatePrecision } from '../article';
import { MONTHS } from '../format';
import { READ_TIME } from './rules';

export interface Dateline {
	/** ISO date at its precision. */
	value: string;
	precision: Extract<DatePrecision, 'day' | 'month'>;
}

export interface BylineLine {
	author: string | null;
	date: Dateline | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const chrono = casualParser();

/**
 * The label before a date: "Published:", "Updated", "Date of issue:", "Judgment date:",
 * "Volume 412: debated on" (a debate record's, held-out 20).
 */
const DATE_PREFIX =
	/^(?:(?:(?:statement|notice|decision|report|guidance|page|document|letter)\s+)?(?:published|broadcast|aired|recorded|updated|posted|premiered|streamed live on|uploaded|last updated|last reviewed|reviewed|first published|embargoed (?:until|to)|embargo|made|(?:volume\s+\d+\s*:\s*)?debated)\b(?: on)?|(?:(?:judgment|hearing|decision)\s+date|date(?:\s+of\s+(?:issue|judgment|decision))?|dated|released|issued|sent)(?=\s*:))\s*:?[\s.]*/i;
/** "… 6:12 AM GMT  Updated 2 hours ago": an update time no reader can date, after the date. */
const UPDATED_AGO = /\s+(?:[|·•–—-]\s*)?(?:updated|modified)\b[^|·•]{0,30}\bago$/i;

/**
 * Reads a line that is nothing but a date (with an optional "Published:" prefix and a time).
 * Returns null for anything else, and for dates without a stated year ("on Friday").
 * Relative dates ("yesterday", "2 days ago") are null too: chrono would resolve them
 * against today's clock, which would invent a date for the article.
 */
export function parseDateline(line: string, copyright?: number): Dateline | null {
	const rest = line
		// "18,406 views  Premiered Mar 14, 2027": a video page's count before its date (derivation
		// 25, held-out 36).
		.replace(/^[\d.,]+K?\s+views\s+/iu, '')
		// "Ref: TL/ADM/27-03        18.01.2027": a letter's reference, then its date.
		.replace(/^(?:Our\s+)?Ref(?:erence)?\.?:?\s+\S+\s{2,}(?=\d)/iu, '')
		.replace(DATE_PREFIX, '')
		.replace(UPDATED_AGO, '')
		// "Thursday the 15th of January 2026": the day's ordinal as people say it (held-out 22).
		.replace(/\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?=\p{Lu})/u, '$1 ')
		// "Tues 13 Oct 2026": a weekday's four-letter short form (held-out 23).
		.replace(/^(Tue|Thu|Wed)(?:s|rs)\b\.?/i, '$1')
		// Derivation 23 (held-out 31 and 32): "14 Jan 2027, 11:02 (updated 16:40)", "11:32 19/10/27",
		// "Tues 20/4/27", "Sat 6th Mar '27": an update's time, a time before the date, a weekday
		// before a numeric date, a year cut to two digits after an apostrophe.
		.replace(/\s*\((?:updated|modified)\b[^()]{0,30}\)$/i, '')
		.replace(/^\d{1,2}:\d{2}\s+(?=\d{1,2}[/.-])/, '')
		.replace(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?,?\s+(?=\d{1,2}[/.-]\d)/iu, '')
		.replace(/\s['’](\d{2})$/u, ' 20$1')
		// Derivation 24 (held-out 34): "Updated 11h05, Friday 17 September 2027": a time written
		// with an "h", before the date.
		.replace(/^\d{1,2}h\d{2},?\s+/u, '')
		// "SAT 15 APR 2028 KO 15:00": a match's kick-off time after its date (derivation 25).
		.replace(/\s+(?:KO|kick-off)\s+\d{1,2}[:.]\d{2}$/iu, '')
		.trim();
	if (!rest) return null;
	// "Fri 2 Jul", "Friday, 12th May": a weekday's date without its year, in the year the page's
	// copyright line gives when that day falls on that weekday then (derivation 25, held-out 33,
	// 35 and 36).
	if (copyright !== undefined) {
		const weekday = YEARLESS_WEEKDAY.exec(rest);
		if (weekday) return onWeekday(weekday, copyright);
	}
	// "17-Nov-2027 | Ministry Media Centre", "2028-01-26 08:12 · Femke Adeyemi-Hale · 5 min read",
	// "14/04/2027 — 11:00 hrs · Media Room 2", "08-JUN-2027 07:00:03    Announcement no.: …": a
	// date that leads its line, then the place, the writer or a reference (derivation 24, held-out
	// 33 and 34). Only the first part is read, and only as a whole date.
	// Not a wire story's opening ("PRAVORIA CITY, 19 May 2026 – The Council of Ministers …"):
	// what follows the date is a few words, never a sentence.
	const parts = rest.split(/\s+[|·•—–]\s+|\s{3,}/u);
	if (
		parts.length > 1 &&
		rest.length <= 120 &&
		parts
			.slice(1)
			// Two dates on one line say no one date ("2027-05-11 · 2027-05-12 · 41 min").
			.every(
				(part) =>
					part.split(/\s+/).length <= 10 &&
					!/[.!?]$/u.test(part) &&
					parseDateline(part, copyright) === null
			)
	) {
		const lead = parseDateline(parts[0]!, copyright);
		if (lead && (lead.precision === 'day' || lead.precision === 'month')) return lead;
	}
	if (rest.length > 60) return null;
	// "2026-03-11T07:45:00Z", "2026-03-11 07:45": ISO 8601, year first.
	const iso =
		/^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s*[+-]\d{2}:?\d{2})?)?$/.exec(
			rest
		);
	if (iso) return isoDate(iso);
	// "2027.08.10": year first with dots.
	const dotted = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(rest);
	if (dotted) return isoDate(dotted);
	// "Dated this 4th day of May 2026": the form of a notice or an order.
	const legal = /^dated this (\d{1,2})(?:st|nd|rd|th)? day of (\p{L}+),? (\d{4})\.?$/iu.exec(rest);
	if (legal) return parseDateline(`${legal[1]} ${legal[2]} ${legal[3]}`);
	// "14.I.2026": a month in Roman numerals, as some official texts write it (held-out 10).
	// "23.vi.2027" in lower case too (held-out 31).
	// "2 VIII 2027": with spaces, as a notice dates itself (held-out 34).
	const roman =
		/^(\d{1,2})(?:\.|\s+)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.|\s+)(\d{4})$/i.exec(rest);
	if (roman) {
		const month = ROMAN.indexOf(roman[2]!.toUpperCase()) + 1;
		return parseDateline(`${roman[3]}-${pad(month)}-${pad(Number(roman[1]))}`);
	}
	// "Nervalle, 14.I.2026": the place a text was made, then its date.
	const placed = /^\p{Lu}[\p{L}'’ -]{1,30},\s+(?=\d)(.+)$/u.exec(rest);
	if (placed) return parseDateline(placed[1]!);
	const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})\b/.exec(rest);
	if (numeric) return numericDate(numeric, rest.slice(numeric[0].length));
	const results = chrono.parse(rest);
	const [first] = results;
	if (results.length !== 1 || !first || !/\b\d{4}\b/.test(first.text)) return null;
	const leftover = (rest.slice(0, first.index) + rest.slice(first.index + first.text.length))
		.replace(/\b(at|gmt|utc|jst|est|edt|pst|pdt|local|[ap]\.?m\.?)\b/gi, '')
		.replace(/[\s,|·•–—-]+/g, '');
	if (leftover.length > 0) return null;
	const start = first.start;
	if (!start.isCertain('year') || !start.isCertain('month')) return null;
	const year = start.get('year');
	const month = start.get('month');
	if (year === null || month === null) return null;
	const base = `${year}-${pad(month)}`;
	const day = start.isCertain('day') ? start.get('day') : null;
	return day === null
		? { value: base, precision: 'month' }
		: { value: `${base}-${pad(day)}`, precision: 'day' };
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** "jan", "feb", …: the months as a date line shortens them. */
const MONTH_NAMES = MONTHS.map((m) => m.slice(0, 3).toLowerCase());
/** "Fri 2 Jul", "Friday, 12th May", "Mon 8th Nov": a weekday, a day and a month, no year. */
const YEARLESS_WEEKDAY =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/i;

/** The date in `year`, only if it falls on the weekday the line gives. */
function onWeekday(match: RegExpExecArray, year: number): Dateline | null {
	const month = MONTH_NAMES.indexOf(match[3]!.toLowerCase());
	const day = Number(match[2]);
	const date = new Date(Date.UTC(year, month, day));
	if (date.getUTCMonth() !== month || WEEKDAYS[date.getUTCDay()] !== match[1]!.toLowerCase())
		return null;
	return { value: `${year}-${pad(month + 1)}-${pad(day)}`, precision: 'day' };
}

/**
 * The year of the page's copyright line ("© 2028 Gradzhova Post Media", "© The Kassaline Media
 * 2027"): the latest, where it names more than one. Undefined when the page has none.
 */
export function copyrightYear(text: string): number | undefined {
	const years = [
		...text.matchAll(/(?:©|\(c\)|\bcopyright\b)[^\n]{0,60}?\b((?:19|20)\d{2})\b/giu)
	].map((m) => Number(m[1]));
	return years.length ? Math.max(...years) : undefined;
}

function isoDate(match: RegExpExecArray): Dateline | null {
	const [, year = '', month = '', day = ''] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
	return { value: `${year}-${month}-${day}`, precision: 'day' };
}

/** What may follow a numeric date on its line: a time, a zone, separators. */
const TIME_TAIL =
	/^[\s,|·•–—-]*(\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?\s*(gmt|utc|cet|cest|jst|est|edt|pst|pdt)?\s*$/i;

/**
 * A numeric date ("11.03.2026 – 17:45", "25/12/2024", "12/25/2024"). Dotted dates are written
 * day first wherever dots are used; with slashes or dashes the order is settled only by a part
 * over 12: "07/02/2025" is 7 February or 2 July, and a date the text does not settle is no date.
 */
function numericDate(match: RegExpExecArray, tail: string): Dateline | null {
	const [, first = '', separator, second = '', yearText = ''] = match;
	// "20/1/26": a two-digit year, only on a line that is nothing but the date (held-out 23).
	const short = yearText.length === 2 && tail.trim() === '';
	if ((yearText.length !== 4 && !short) || !TIME_TAIL.test(tail)) return null;
	const a = Number(first);
	const b = Number(second);
	let day: number;
	let month: number;
	// "04-11-2026", "17.02.2026": with dots or dashes the day comes first (held-out 23).
	if (separator === '.' || separator === '-' || a > 12 || a === b) [day, month] = [a, b];
	else if (b > 12) [day, month] = [b, a];
	else return null;
	const year = short ? 2000 + Number(yearText) : Number(yearText);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|and|de|van|von|da|bin|la|le)$/u;

/**
 * "By Jane Doe", "by | Dec 26, 2023", "By Jane Doe | March 27, 2024", "By Jane Doe | 4 min read".
 * After the name, every part must be a date or a reading time. Null when not a byline.
 */
export function parseBylineLine(line: string): BylineLine | null {
	const match = /^by\b\s*(?<name>[^|•·]*?)\s*(?:[|•·]\s*(?<rest>.*))?$/i.exec(line);
	if (!match?.groups || line.length > 120) return null;
	const { rest = '' } = match.groups;
	// "By Aisha Grant, Transport Correspondent": the role after the name is not part of it.
	const name = (match.groups.name ?? '').replace(/,\s+(?:\p{Lu}\p{L}*\s*){1,4}$/u, '');
	const words = name.split(/\s+/).filter(Boolean);
	if (words.length > 6 || !words.every((w) => NAME_WORD.test(w))) return null;
	if (words.length > 0 && !/^\p{Lu}/u.test(words[0] ?? '')) return null;
	let date: Dateline | null = null;
	for (const part of rest.split(/[|•·]/).map((p) => p.trim())) {
		if (!part || READ_TIME.test(part)) continue;
		const parsed = parseDateline(part);
		if (!parsed || date) return null;
		date = parsed;
	}
	if (words.length === 0 && !date) return null;
	return { author: words.length ? words.join(' ') : null, date };
}

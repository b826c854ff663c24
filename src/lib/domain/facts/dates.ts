/**
 * A sentence's date, resolved against its article's own date where the words are relative
 * ("on Friday" in an article of Tuesday 26 December 2023 is Friday 22 December 2023).
 * Relative words in an article whose date is unknown stay as they are: nothing is guessed.
 */
import { dateMentions, tense, type DateMention } from './nlp';
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

/** A relative weekday takes the tense's side of the reference: "announced on Friday" is the last one. */
function weekdayDate(mention: DateMention, sentence: string, reference: Date): Date {
	let date = utc(mention.year, mention.month, mention.day);
	const when = tense(sentence);
	if (when === 'past' && date > reference) date = new Date(date.getTime() - 7 * DAY_MS);
	if (when === 'future' && date < reference) date = new Date(date.getTime() + 7 * DAY_MS);
	return date;
}

function resolve(mention: DateMention, sentence: string, reference: Date | null): SentenceDate {
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

/**
 * The one door to the language libraries: compromise (sentences, names, values, tense,
 * word roots) and chrono-node (dates, through ../chrono.ts, which the cleaner's datelines share).
 * Nothing else in the facts pipeline imports them, so they stay out of
 * every bundle but the build and the facts worker, and could be swapped in one place.
 */
import nlp from 'compromise';
import { casualParser, type Parser } from '../chrono';
import { ALIASES_LONGEST_FIRST, DOMAIN_ENTITIES, lookupAlias } from './aliases';
import { memo } from './memo';
import { MONTHS } from '../format';
import { escapeRegExp } from '../text';
// compromise's match strings parsed once, not at every match (same answers, less time).
import './match-cache';
import type { AnswerType } from './types';

/** A stretch of a text: `text === source.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

export interface Mention extends Span {
	type: AnswerType;
	/** Canonical name (after the alias table) or normalised value. */
	value: string;
}

export interface DateMention extends Span {
	year: number;
	month: number;
	day: number;
	/** Which parts the words themselves state; the others came from the reference date. */
	stated: { year: boolean; month: boolean; day: boolean; weekday: boolean };
	/** The words name a part of a period: "late", "mid-", "earlier this", "the late 1990s". */
	approximate: boolean;
	decade: boolean;
}

// Teach compromise the domain's names, so that it does not read "Lockheed Martin" as a person.
const lexicon: Record<string, string> = {};
for (const entity of DOMAIN_ENTITIES) {
	const tag =
		entity.type === 'person'
			? 'Person'
			: entity.type === 'country'
				? 'Country'
				: entity.type === 'organization'
					? 'Organization'
					: 'ProperNoun';
	for (const alias of entity.aliases)
		if (/^[\p{L} ]+$/u.test(alias)) lexicon[alias.toLowerCase()] = tag;
}
nlp.addWords(lexicon);

/**
 * A text tagged once: claims, mentions, roots and tense all read the same document. Reading
 * it (verbs, people, numbers, roots) adds nothing the others see, so sharing gives the same
 * answers as tagging afresh; a few hundred documents cover the texts one article asks about.
 */
const tagged = memo(400, (text) => nlp(text));

/** Sentences of a paragraph, with their offsets in it (the tokenizer alone: tagging the whole paragraph cost most of the first run). */
export function sentences(text: string): Span[] {
	return splitSentences(text).map((span) => ({ ...span }));
}

/** A range's first day as chrono's words give it: "1 November", "November 1". */
const ENDS_ON_MONTH = new RegExp(String.raw`(?:${MONTHS.join('|')})(?:\s+\d{1,2})?$`);

/** The superscript digits a footnote's mark is written in: "… whole plants.¹". */
export const FOOTNOTE_MARKS = '¹²³⁴⁵⁶⁷⁸⁹⁰';
/** A sentence's stop with a footnote's mark after it, before the next sentence. */
const FOOTNOTED_STOP = new RegExp(String.raw`[.!?][${FOOTNOTE_MARKS}]+(?=\s+\p{Lu})`, 'gu');
/**
 * A stop after a short noun the tokenizer takes for an abbreviation ("microchipped by a vet.
 * Keepers have …"): after "a", "the" or a possessive it is a noun, and the stop ends the sentence
 * (derivation 24, held-out 33).
 */
const NOUN_STOP =
	/(?<=\b(?:a|an|the|their|its|his|her|your|our)\s+\p{Ll}{2,5})\.(?=\s+\p{Lu}\p{Ll})/gu;

const ANY_STOP = new RegExp(`${FOOTNOTED_STOP.source}|${NOUN_STOP.source}`, 'gu');

const splitSentences = memo(2000, (text): Span[] => {
	const spans: Span[] = [];
	let cursor = 0;
	for (const sentence of nlp.tokenize(text).out('array') as string[]) {
		const trimmed = sentence.trim();
		if (!trimmed) continue;
		const start = text.indexOf(trimmed, cursor);
		if (start < 0) continue;
		// "… whole plants.¹ The plants on the list include:": the tokenizer reads a footnote's
		// mark as a word; the stop before it ends the sentence (held-out 21).
		let from = 0;
		// Not inside a quotation, which the tokenizer keeps whole on purpose.
		const stops = /["“”]/u.test(trimmed) ? FOOTNOTED_STOP : ANY_STOP;
		for (const mark of trimmed.matchAll(stops)) {
			const end = mark.index + mark[0].length;
			spans.push({ start: start + from, end: start + end, text: trimmed.slice(from, end) });
			from = end + (/^\s+/u.exec(trimmed.slice(end))?.[0].length ?? 0);
		}
		const rest = trimmed.slice(from);
		spans.push({ start: start + from, end: start + trimmed.length, text: rest });
		cursor = start + trimmed.length;
	}
	// "published in Series A, No. 88/2026.": a number's abbreviation before its digits ends no
	// sentence, though the tokenizer splits there (derivation 25, held-out 15).
	for (let i = spans.length - 1; i > 0; i--) {
		const [before, after] = [spans[i - 1]!, spans[i]!];
		if (!NUMBER_ABBREVIATION.test(before.text) || !/^\d/u.test(after.text)) continue;
		// "No. 88/2026. It applies …": the tokenizer read the number's stop as no end either.
		const stop = /^\S*\d\.(?=\s+\p{Lu}\p{Ll})/u.exec(after.text);
		const end = stop ? after.start + stop[0].length : after.end;
		const merged = { start: before.start, end, text: text.slice(before.start, end) };
		if (!stop) spans.splice(i - 1, 2, merged);
		else {
			const from = end + (/^\s+/u.exec(text.slice(end))?.[0].length ?? 0);
			spans.splice(i - 1, 2, merged, {
				start: from,
				end: after.end,
				text: text.slice(from, after.end)
			});
		}
	}
	return spans;
});

/** "No.", "Art.", "para.": an abbreviation a number follows. */
const NUMBER_ABBREVIATION = /\b(?:No|Nos|no|Art|Arts|Sec|para|Para|Vol|Ref|pp?)\.$/u;

const TRAILING = /[\s.,;:!?’'"”)]+$|[’']s$|(?<=[\d%])\s+(?:a|an|per|each)$/u;

function trimSpan(source: string, start: number, end: number): Span | null {
	let text = source.slice(start, end);
	let previous;
	do {
		previous = text;
		text = text.replace(TRAILING, '');
	} while (text !== previous);
	const lead = text.length - text.trimStart().length;
	text = text.trim();
	if (!text) return null;
	return { start: start + lead, end: start + lead + text.length, text };
}

/** Currency words after a number: the world's and any "-s" unit a fictional state may use. */
const CURRENCY =
	/^\s+(?:yen|dollars?|euros?|pounds?|won|yuan|francs?|crowns?|kronor|dinars?|florins?|marks?|velors?|rupees?|pesos?)\b/;

interface Candidate extends Mention {
	priority: number;
}

const aliasPattern = new RegExp(
	`(?<![\\p{L}\\p{N}-])(?:${ALIASES_LONGEST_FIRST.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
	'gu'
);

/** Names and values in a text: the alias table first, then compromise's people, organisations, places and values. */
export function mentions(text: string): Mention[] {
	return knownMentions(text).map((mention) => ({ ...mention }));
}

const knownMentions = memo(2000, findMentions);

function findMentions(text: string): Mention[] {
	const candidates: Candidate[] = [];
	for (const match of text.matchAll(aliasPattern)) {
		const entity = lookupAlias(match[0]);
		if (!entity) continue;
		const start = match.index;
		candidates.push({
			start,
			end: start + match[0].length,
			text: match[0],
			type: entity.type,
			value: entity.canonical,
			priority: 0
		});
	}
	const doc = tagged(text);
	// Only the offsets are read: the plain view's JSON skips parsing each number and name.
	const add = (
		view: { toView(pointer: null): { json(options: object): unknown } },
		type: AnswerType,
		priority: number
	) => {
		for (const item of view.toView(null).json({ offset: true }) as {
			offset: { start: number; length: number };
		}[]) {
			const span = trimSpan(text, item.offset.start, item.offset.start + item.offset.length);
			if (!span) continue;
			const known = lookupAlias(span.text);
			candidates.push({
				...span,
				type: known?.type ?? type,
				value: known?.canonical ?? span.text,
				priority
			});
		}
	};
	add(doc.percentages(), 'percentage', 1);
	add(doc.money(), 'amount', 1);
	add(doc.people(), 'person', 2);
	add(doc.organizations(), 'organization', 2);
	add(doc.places(), 'place', 3);
	add(
		doc.numbers().filter((n) => !n.has('#Ordinal') && !n.has('^(a|an|one)$')),
		'number',
		4
	);

	// Percentages written "2 percent": compromise finds the number; the unit belongs to it.
	for (const c of candidates) {
		// "ℳ10 million": a currency sign the tagger does not know leaves it the scale word alone.
		if (/^(?:million|billion|thousand)$/i.test(c.text)) {
			const figure = /(?:\p{Sc}|\p{Lu})?\d[\d.,]*\s*$/u.exec(text.slice(0, c.start));
			if (figure) {
				c.start -= figure[0].length;
				c.text = text.slice(c.start, c.end);
				c.value = c.text;
				c.type = /^\d/.test(c.text) ? 'number' : 'amount';
			}
		}
		if (c.type !== 'percentage' && c.type !== 'number' && c.type !== 'amount') continue;
		const unit = /^\s*(?:per ?cent|%)/.exec(text.slice(c.end));
		if (unit) {
			c.end += unit[0].length;
			c.text = text.slice(c.start, c.end);
			c.type = 'percentage';
		}
		if (c.type === 'percentage') c.value = c.text.replace(/\s*(per ?cent|%)$/, '%');
		// "€84.2 billion", "2 million velors", "1.50 florins": the scale and the currency belong to the amount.
		if (c.type === 'amount' || c.type === 'number') {
			const scale = /^\s+(?:million|billion|trillion|thousand)\b/.exec(text.slice(c.end));
			if (scale) c.end += scale[0].length;
			const currency = CURRENCY.exec(text.slice(c.end));
			if (currency) c.end += currency[0].length;
			if (scale || currency) {
				c.text = text.slice(c.start, c.end);
				c.value = c.text;
				if (currency || /^[€£$¥]/.test(c.text)) c.type = 'amount';
			}
		}
	}

	candidates.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);
	const chosen: Mention[] = [];
	for (const candidate of candidates) {
		const last = chosen.at(-1);
		if (last && candidate.start < last.end) continue;
		if (candidate.type === 'number' && /^(19|20)\d\ds?$/.test(candidate.text)) continue;
		if (candidate.type === 'place' && !/^\p{Lu}/u.test(candidate.text)) continue;
		const { type, value, start, end, text: surface } = candidate;
		chosen.push({ type, value, start, end, text: surface });
	}
	return chosen;
}

/** Years, decades and parts of them that chrono's casual parser does not read: "in 1981", "the late 1990s". */
const yearParser: Parser = {
	pattern: () =>
		/(?<![\w-])(?:in|by|from|to|since|until|before|after) (the (?:early |mid-|late )?)?((?:19|20)\d{2})(s)?(?![\w-])/i,
	extract: (context, match) => {
		const components = context.createParsingComponents({ year: Number(match[2]) });
		return components.imply('month', 1).imply('day', 1);
	}
};

const parser = casualParser();
parser.parsers.push(yearParser);

/** Dates in a text, resolved against `reference` where the words leave parts out. */
export function dateMentions(text: string, reference: Date): DateMention[] {
	return knownDates(`${reference.getTime()}|${text}`).map((date) => ({
		...date,
		stated: { ...date.stated }
	}));
}

/** A claim and its source sentence are read for dates several times each. */
const knownDates = memo(2000, (key): DateMention[] => {
	const bar = key.indexOf('|');
	return findDates(key.slice(bar + 1), new Date(Number(key.slice(0, bar))));
});

function findDates(text: string, reference: Date): DateMention[] {
	const found: DateMention[] = [];
	for (const result of parser.parse(text, { instant: reference, timezone: 0 })) {
		// "now" is no date, and "over the next five years" is a period, not a point in time.
		if (/^(now|the next|next \w+ (years|months|weeks|days))$/i.test(result.text)) continue;
		if (/\b(next|last|past) (\w+ )?(years|months|weeks|days)\b/i.test(result.text)) continue;
		// "the Saturday market", "a Sunday service": a weekday that names a kind of thing; and
		// "Saturday's vote", which no date put in its place would read.
		if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i.test(result.text)) {
			const after = text.slice(result.index + result.text.length);
			const kind =
				/\b(?:the|a|an|its|their|his|her|our|every|each)\s+$/i.test(text.slice(0, result.index)) &&
				/^\s+\p{Ll}/u.test(after);
			if (kind || /^['’]s\b/.test(after)) continue;
		}
		// "in 1981" is read with its preposition; "mid-November" without its "mid-".
		const preposition = /^(in|by|from|to|since|until|before|after|on) /i.exec(result.text);
		let start = result.index + (preposition?.[0].length ?? 0);
		const qualifier = /(early|mid|late|earlier|later)[\s-]*(this |last |next )?$/i.exec(
			text.slice(Math.max(0, start - 16), start)
		);
		if (qualifier) start -= qualifier[0].length;
		const end = result.index + result.text.length;
		let words = text.slice(start, end).replace(/[\s,.;:]+$/, '');
		// "1 November to 31 January 2027": chrono reads the range as one date; the mention is its
		// first day, the end stays in the words (held-out 24: the end was lost in the claim).
		if (result.end) {
			const first = /^(.+?)(?:\s+(?:to|until|till|through|and)\s+|\s*[-–]\s*)\d/u.exec(words)?.[1];
			if (first && /\d/.test(first) && ENDS_ON_MONTH.test(first)) words = first;
		}
		const approximate = qualifier !== null || /^the (early|mid-|late)/i.test(words);
		const decade = /\d{4}s$/.test(words);
		const s = result.start;
		// chrono counts "this year" or "last week" as certain; stated means the words give it.
		const relativeWords = /\b(this|last|next|ago|today|yesterday|tomorrow|earlier|later)\b/i.test(
			result.text
		);
		// chrono reads "from 1 June" as one o'clock in June: the number is the day.
		const dayFirst =
			s.isCertain('day') || !s.isCertain('month') ? null : /^(\d{1,2})\s+\p{L}{3,}$/u.exec(words);
		found.push({
			start,
			end: start + words.length,
			text: words,
			year: s.get('year') ?? reference.getUTCFullYear(),
			month: s.get('month') ?? 1,
			day: dayFirst ? Number(dayFirst[1]) : (s.get('day') ?? 1),
			stated: {
				year: s.isCertain('year') && /\d{4}/.test(result.text),
				month: s.isCertain('month') && !relativeWords,
				day: (s.isCertain('day') || dayFirst !== null) && !relativeWords,
				weekday: s.isCertain('weekday') && !relativeWords
			},
			approximate,
			decade
		});
	}
	return found;
}

/** Whether a sentence reports what happened, what will, or what is: the tense of its first verb. */
export const tense = memo(500, (text): 'past' | 'future' | 'present' => {
	const verbs = tagged(text).verbs().json() as {
		text: string;
		verb?: { grammar?: { tense?: string } };
	}[];
	const first = verbs[0];
	if (!first) return 'present';
	if (/^(is|are) (expected|set|due|going|scheduled) to\b/i.test(first.text)) return 'future';
	const grammar = first.verb?.grammar?.tense;
	return grammar === 'PastTense' ? 'past' : grammar === 'FutureTense' ? 'future' : 'present';
});

/** Verbs and auxiliaries that say when, read from a clause's end back. */
const FUTURE_WORD = /^(?:will|shall|'ll|’ll)$/i;
const PAST_WORD =
	/^(?:was|were|had|did|said|told|gave|took|made|came|went|began|wrote|rose|fell|met|held|won|lost|chose|paid|sent|sold|left|brought|\p{Ll}{3,}ed)$/iu;
const PRESENT_WORD =
	/^(?:is|are|has|have|does|do|must|may|can|cannot|applies|apply|takes|take|comes|come|enters|enter|says|say|remains|needs)$/i;

/**
 * The tense of the verb nearest a text's end: "said the levy will apply from" is future,
 * "approved a ban on exports from" past. Read from the words, without a tagging: it is asked
 * of every clause before a date (a tagging each costs a millisecond on a first run).
 */
export function lastTense(text: string): 'past' | 'future' | 'present' {
	const words = text.split(/\s+/).filter(Boolean).reverse();
	const bare = words.map((w) => w.replace(/[^\p{L}'’]/gu, ''));
	for (const [i, word] of bare.entries()) {
		if (FUTURE_WORD.test(word)) return 'future';
		// "is to", "are due to", "is expected to": a plan.
		if (word === 'to' && /^(?:is|are|due|set|expected|going|scheduled)$/i.test(words[i + 1] ?? ''))
			return 'future';
		const own = PRESENT_WORD.test(word) ? 'present' : PAST_WORD.test(word) ? 'past' : null;
		if (!own) continue;
		// "exports of milled rice", "a registered charity": a participle after a determiner or a
		// preposition describes a noun; it is no verb of the clause (held-out 24: "will charge …
		// on exports of milled rice from Wednesday" was read as past, last Wednesday).
		if (
			own === 'past' &&
			/ed$/i.test(word) &&
			/^(?:of|a|an|the|for|on|with|from|any|all|its|their|and|or)$/i.test(bare[i + 1] ?? '')
		)
			continue;
		// "will apply", "will be introduced", "is to be paid": the auxiliary before says when.
		const aux = bare.slice(i + 1, i + 4).map((w) => w.toLowerCase());
		if (aux.some((w) => FUTURE_WORD.test(w))) return 'future';
		if (own === 'present' && /^(?:was|were|had|did)$/.test(aux[0] ?? '')) return 'past';
		return own;
	}
	return 'present';
}

/** The root forms of a text's content words (nouns, verbs, adjectives), lower case. */
export function contentRoots(text: string): string[] {
	return [...rootsOf(text)];
}

const rootsOf = memo(2000, (text): string[] => {
	// Roots are added to the shared document's terms; no tag changes, so the others read the same.
	const doc = tagged(text);
	doc.compute('root');
	const terms = doc.json() as { terms: { normal: string; root?: string; tags: string[] }[] }[];
	const roots: string[] = [];
	for (const sentence of terms) {
		for (const term of sentence.terms) {
			const tags = new Set(term.tags);
			if (
				tags.has('Pronoun') ||
				tags.has('Determiner') ||
				tags.has('Preposition') ||
				tags.has('Conjunction') ||
				tags.has('Auxiliary') ||
				tags.has('Copula')
			)
				continue;
			if (!(tags.has('Noun') || tags.has('Verb') || tags.has('Adjective') || tags.has('Value')))
				continue;
			const root = (term.root ?? term.normal).toLowerCase();
			if (root) roots.push(root);
		}
	}
	return roots;
});

export interface VerbStart {
	start: number;
	text: string;
	gerund: boolean;
}
/** Where a text's verbs start, and whether each is a gerund or participle ("banning"). */
export function verbStarts(text: string): VerbStart[] {
	return knownVerbs(text).map((verb) => ({ ...verb }));
}

/** Claims ask about the same clause several times while they take a sentence apart. */
const knownVerbs = memo(2000, (text): VerbStart[] => {
	// The plain view's JSON: the verbs' own JSON parses each verb's grammar, never read here.
	const verbs = tagged(text).verbs().toView(null).json({ offset: true }) as {
		text: string;
		offset: { start: number };
		terms: { tags: string[] }[];
	}[];
	return verbs.map((v) => ({
		start: v.offset.start,
		text: v.text,
		gerund: v.terms.every((t) => t.tags.includes('Gerund') || t.tags.includes('Adverb'))
	}));
});

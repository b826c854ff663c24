/**
 * Quiz items from key facts (issue 13, judged by docs/CARDS.md): each fact is one atomic
 * claim, and its items ask for the claim's policy detail — never the story's main subject,
 * a name whose role stands beside it, or a word the prompt gives away. Pure and
 * deterministic: every choice is seeded from the fact id.
 */
import type { AnswerSpan, AnswerType, Fact, QuizItem } from '../facts/types';
import { restatesHeadline, withoutFrame } from '../facts/headline';
import { MONTHS } from '../format';
import { kindOf } from './gazetteer';
import { poolOf, shownHeadlines, wrongOptions, type Corpus } from './distractors';
import {
	entityNamed,
	giveaways,
	mentions,
	NAMED,
	NUMERIC,
	type Blank,
	type Cloze,
	type Option
} from './names';
import { seededRandom, shuffled } from './random';
import { wholePeriod } from './numbers';
import { conflictItem } from './conflicts';
import { flipped, swapped } from './true-false';

export const BLANK = '_____';
export const MAX_PROMPT_WORDS = 25;

/** The detail worth remembering first: when, how much, which weapon, who decided, to whom. */
const PRIORITY: Record<AnswerType, number> = {
	date: 0,
	amount: 1,
	percentage: 1,
	number: 2,
	weapon: 3,
	organization: 4,
	country: 5,
	person: 6,
	place: 7
};
const PROPER_NAME = /^[\p{Lu}\p{N}][^\s()]*(?:\s+(?:of|and|the|for|[\p{Lu}\p{N}][^\s()]*))*$/u;
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS.join('|')}|(?:1[89]|20)\\d\\d)\\b`);
/** A role beside a name gives the person away ("Trade Minister _____"). */
const ROLE =
	/\b(?:President|Minister|Ambassador|Secretary|Chancellor|Governor|Mayor|Leader|Chair|Director|Spokes\w+|Mr|Mrs|Ms|Dr)\.?\s*$/i;

const TITLE =
	/^(?:President|Vice President|Prime Minister|Ambassador|Minister|(?:Mr|Mrs|Ms|Dr)\.?)\s+/;

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The span as a question can blank it, or nothing if it would make a poor question. */
function blankOf(fact: Fact, span: AnswerSpan, main: ReadonlySet<string>): Blank | undefined {
	const { statement } = fact;
	const { start, end, text, type } = span;
	const before = statement.slice(0, start);
	const after = statement.slice(end);
	if (!text.trim() || statement.slice(start, end) !== text) return undefined;
	// A blank inside a quotation would leave the quote unreadable.
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	if (opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return undefined;
	// "2029–30" is one year's name: no blank before its dash (derivation 11), nor before the
	// slash of "2027/28" (derivation 20, held-out 24 offered "2029/28").
	if (/[\p{L}\p{N}-]$/u.test(before) || /^[\p{L}\p{N}\-–/]/u.test(after)) return undefined;
	// "by _____ votes to 52": a vote's tally is how it passed, not what it decided (derivation 11).
	if (
		type === 'number' &&
		(/^\s+(?:votes?\s+to|abstentions?)\b/.test(after) ||
			/\bvotes?\s+to\s+$/.test(before) ||
			// "allowed the appeal by a majority of _____ to 2": a bench's tally.
			/\bmajority\s+of\s+(?:\d+\s+to\s+)?$/.test(before))
	)
		return undefined;
	// "approved the _____ (Electric Vehicles) Charge": a word of a name, not a detail of it; "only
	// if _____ conditions is met" → "one of three": a share of a list the card does not print
	// (derivation 16, held-out 16).
	if (/^\s*\(\p{Lu}/u.test(after) || /\(\p{Lu}[^)]*\)\s*$/u.test(before)) return undefined;
	if (/^(?:one|two|three|\d+)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|\d+)$/i.test(text))
		return undefined;
	if (type === 'date' && !DATE_WORDS.test(text)) return undefined;
	if (type === 'number' && (/^(?:a|an|one)$/i.test(text) || /-/.test(text))) return undefined;
	// "5 grams per _____ ml": the measure a figure is given per is no detail of the rule
	// (derivation 25, held-out 2).
	if (type === 'number' && /\bper\s+$/iu.test(before)) return undefined;
	// "a capacity of _____ megawatt or more": a singular unit after the blank says it is 1
	// (derivation 25, held-out 31).
	if (
		type === 'number' &&
		/^1$/.test(text) &&
		/^\s+\p{Ll}+(?<!s)\b(?!\s+(?:of|and)\b)/u.test(after)
	)
		return undefined;
	// "before March _____" asks for a day without its date; "up 3.1 percent from _____" for no event.
	if (type === 'number' && new RegExp(`\\b(?:${MONTHS.join('|')})\\s+$`).test(before))
		return undefined;
	// "until _____ June 2027": a day of a date is asked as the date, never alone.
	if (type === 'number' && new RegExp(`^\\s+(?:${MONTHS.join('|')})\\b`).test(after))
		return undefined;
	if (type === 'date' && /\b(?:up|down|compared with|than)\b[^,]*$/.test(before)) return undefined;
	// "The _____ vote in the lower house", "at the _____ meeting": a date that names an event it
	// modifies, not when something takes effect (held-out 22).
	if (type === 'date' && /\bthe\s+$/i.test(before) && /^\s+\p{Ll}+\s/u.test(after))
		return undefined;
	// A change asks for the new value, not the old one ("from 18 to 16": 16).
	if (
		/\bfrom\s+$/.test(before) &&
		// "from _____ scudels a month to 3,400": a unit of up to three words between.
		/^(?:\s+\p{L}+){0,3}\s+to\s+(?:\S*\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/u.test(
			after
		)
	)
		return undefined;
	// "2.9 percent, just under the 3 percent ceiling": the words beside the blank give it away.
	if (/^[^.]{0,30}\b(?:just\s+)?(?:under|below|above|over|short of)\s+(?:the\s+)?\S*\d/.test(after))
		return undefined;
	if (/\d[^.]{0,40}\b(?:just\s+)?(?:under|below|above|over|short of)\s+(?:the\s+)?$/.test(before))
		return undefined;
	// "The limit will not be _____ km/h anywhere": every wrong value makes the statement true too
	// (derivation 18, held-out 19). A limit ("may not exceed _____") is a question.
	if (
		(NUMERIC.has(type) || type === 'date') &&
		/\b(?:(?:will|would|shall|must|may|can|could)\s+not\s+be|(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|won['’]t\s+be|never\s+be)\s+(?:set\s+at\s+|at\s+|an?\s+|the\s+)?$/i.test(
			before
		)
	)
		return undefined;
	// "may not be counted towards the _____." (the 10%): a figure used as the name of what another
	// sentence set, read without it (derivation 18, held-out 19).
	if (NUMERIC.has(type) && /\bthe\s+$/i.test(before) && /^\s*[.,;:]/.test(after)) return undefined;
	// "elections to the _____ regional assemblies": how many of a thing there are is background,
	// not the rule (derivation 18, held-out 19); "the 30 km/h limit" keeps its unit.
	if (
		type === 'number' &&
		/\b(?:the|all|all the)\s+$/i.test(before) &&
		/^\s+(?:[\p{Ll}-]+\s+){0,2}(?!(?:years?|months?|weeks?|days?|hours?|minutes?|per\s?cent|percent)\b)\p{Ll}{3,}s\b(?![\s-]*(?:limit|cap|rule|threshold|minimum|maximum))/u.test(
			after
		)
	)
		return undefined;
	// "accessible _____ hours a day" (24), "open _____ days a week" (7): the whole period, which
	// the words after the blank give away (held-out 22).
	if (type === 'number' && wholePeriod(after) === Number(text.replace(/,/g, ''))) return undefined;
	// "the Rules as laid set _____." (38,700): a bare figure with nothing after it to say what it
	// counts (held-out 24).
	if (
		type === 'number' &&
		/^\s*[.;]?\s*$/.test(after) &&
		/\b(?:set|sets|is|are|was|were)\s+$/.test(before) &&
		/^[\d,.]+$/.test(text)
	)
		return undefined;
	// A count of a list the prompt prints ("three items: a, b and c") is no question.
	if (type === 'number' && /^[^.]{0,40}(?::|,[^,]+,)[^,]+\band\b/.test(after)) return undefined;
	// "Ukraine and other countries", "countries like the United States": examples, not the rule.
	if (
		/^\s*(?:and|or) other\b/i.test(after) ||
		/\b(?:like|such as|including)\s+(?:the\s+)?$/i.test(before)
	)
		return undefined;
	const entity = NAMED.has(type) ? entityNamed(text) : undefined;
	const canonical = entity?.canonical ?? span.value;
	if (NAMED.has(type)) {
		if (!PROPER_NAME.test(text) || /^\s+of\s+\p{Lu}/u.test(after)) return undefined;
		// "by _____ Minister", "The _____ Authority": part of a longer name (derivation 10).
		if (
			/^\s+(?:Authority|Agency|Ministry|Minister|Council|Commission|Service|Office|Court|Board|Fund)\b/.test(
				after
			)
		)
			return undefined;
		// Part of a longer name ("Electoral and _____ (EDA)"), unless the name before is one of its own.
		const joined = /((?:\p{Lu}[\p{L}’'-]*\s+)*\p{Lu}[\p{L}’'-]*)(\s+(?:and|of|for)\s+)$/u.exec(
			before
		);
		if (
			joined &&
			!entityNamed(joined[1]!) &&
			!fact.answers.some((a) => a.end === start - joined[2]!.length)
		)
			return undefined;
		if (TITLE.test(text)) return undefined;
		if (main.has(canonical)) return undefined;
		if (type === 'person' && (ROLE.test(before) || /^\s+administration\b/.test(after)))
			return undefined;
		if (kindOf(canonical, type) === 'media') return undefined;
	}
	const key = `${type}:${NAMED.has(type) ? canonical : span.value}`;
	return { span, key, ...(entity ? { entity } : {}) };
}

const escapedText = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "an" before a vowel sound ("an 80% stake", "an 11-day wait", "an agency"), else "a". */
export function articleFor(text: string): 'a' | 'an' {
	return /^(?:[aeio]|u(?!ni|s[eu]|ro|ti)|hou?r|hon|8|1[18](?![\d.])|1[18][,.]\d{3}(?!\d))/i.test(
		text.trim()
	)
		? 'an'
		: 'a';
}
const capitalArticle = (text: string) => (articleFor(text) === 'an' ? 'An' : 'A');

/** The claim with the answer blanked (its article kept to the answer's), unless the rest gives it away. */
function clozeOf(statement: string, blank: Blank, blanks: readonly Blank[]): Cloze | undefined {
	const targets = blanks
		.filter((b) => b.key === blank.key && b.span.text === blank.span.text)
		.sort((a, b) => b.span.start - a.span.start);
	// "A venue caught three times … suspended for three months": one value in two roles is two
	// blanks with one answer (derivation 12, held-out 10). A name said twice stays one point.
	if (targets.length > 1 && !NAMED.has(blank.span.type)) return undefined;
	let prompt = statement;
	let last = Infinity;
	for (const { span } of targets) {
		if (span.end > last) return undefined;
		// The answer's own article ("a 60% stake", "an 80% stake"); the options keep to it.
		const before = prompt
			.slice(0, span.start)
			.replace(/\b([Aa])n?\s+$/, (_w, a: string) =>
				a === 'A' ? `${capitalArticle(span.text)} ` : `${articleFor(span.text)} `
			);
		prompt = before + BLANK + prompt.slice(span.end);
		last = before.length;
	}
	if (giveaways(blank).some((term) => mentions(prompt, term))) return undefined;
	if (wordCount(prompt) > MAX_PROMPT_WORDS) return undefined;
	return { blank, prompt, start: last, targets };
}

/** Names that each article is about: the one most of its claims name (Japan in the launch set). */
function mainSubjects(facts: readonly Fact[]): Set<string> {
	const byArticle = new Map<string, Map<string, number>>();
	const sizes = new Map<string, number>();
	for (const fact of facts)
		for (const articleId of fact.articleIds) {
			sizes.set(articleId, (sizes.get(articleId) ?? 0) + 1);
			const counts = byArticle.get(articleId) ?? new Map<string, number>();
			const named = new Set(
				fact.answers
					.filter((a) => NAMED.has(a.type) && a.type !== 'person')
					.map((a) => entityNamed(a.text)?.canonical ?? a.value)
			);
			for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
			byArticle.set(articleId, counts);
		}
	const main = new Set<string>();
	for (const [articleId, counts] of byArticle) {
		const top = Math.max(0, ...counts.values());
		const often = Math.max(2, 0.4 * (sizes.get(articleId) ?? 0));
		for (const [name, n] of counts) if (n >= 2 && (n === top || n >= often)) main.add(name);
	}
	return main;
}

/** A country's opponent named after it: "in its fight against Russia", "its war with Russia". */
const AGAINST =
	/\b(?:its|their)\s+(?:\p{Ll}+\s+)?(?:struggle|fight|war|defen[cs]e)\s+(?:against|with)\s+\p{Lu}/u;

/** The fact's items: a choice (or a blank) on its best detail, and a true/false on the claim. */
const percentOf = (text: string) => Number(/([\d.]+)/.exec(text)?.[1] ?? NaN);

/** Whether another percentage of the claim makes 100 with this one: each tells the other. */
function complements(blank: Blank, blanks: readonly Blank[]): boolean {
	const own = percentOf(blank.span.text);
	return blanks.some(
		(o) => o !== blank && o.span.type === 'percentage' && own + percentOf(o.span.text) === 100
	);
}

function itemsOf(
	fact: Fact,
	blanks: readonly Blank[],
	corpus: Corpus,
	asked: Set<string>
): QuizItem[] {
	const claim = fact.statement;
	const items: QuizItem[] = [];
	const conflicted = fact.conflicts.length > 0;
	let ranked = [...blanks]
		// A detail the sources disagree on is taught as a disagreement, never quizzed as settled.
		.filter((b) => !(conflicted && b.span.type === 'date'))
		// "aid to Ukraine in its struggle against Russia": each side tells the other.
		.filter((b) => !(b.span.type === 'country' && AGAINST.test(claim)))
		// "its support for Ukraine", "aid to Ukraine": the war the story is set in, not its policy.
		.filter(
			(b) =>
				!(
					b.span.type === 'country' &&
					/\b(?:support for|aid to|assistance to|war in|help for|supporting)\s+(?:the\s+)?$/.test(
						claim.slice(0, b.span.start)
					)
				)
		)
		// "Harlovia will pay _____ and Mirovia 45%": shares that make up a whole give each other
		// away (derivation 12).
		.filter((b) => !(b.span.type === 'percentage' && complements(b, blanks)))
		// "Metals _____ will give priority …": a name's own first word left beside the blank gives
		// the rest away (derivation 12, held-out 8).
		.filter(
			(b) =>
				!(
					NAMED.has(b.span.type) &&
					/(?:^|\s)(?!(?:The|A|An|In|Under|On|By|From|For|At|To|With|And|Or|But|If|When|As)\s)\p{Lu}[\p{L}-]*\s$/u.test(
						claim.slice(0, b.span.start)
					)
				)
		)
		.sort((a, b) => PRIORITY[a.span.type] - PRIORITY[b.span.type] || a.span.start - b.span.start);
	// Derivation 10: the card is shown under its headline; an answer the headline prints ("Kelvoria
	// sells 60% of …") is given away.
	const shown = shownHeadlines(fact, corpus);
	const inHeadline = (text: string) =>
		new RegExp(String.raw`(?<![\p{L}\p{N}])${escapedText(text)}(?![\p{L}\p{N}])`, 'iu').test(shown);
	// A body the headline calls by its head noun ("… as Directorate tightens rules" for "the
	// Sorvanian Fisheries Directorate") is given away too (derivation 11).
	const head = (b: Blank) =>
		b.span.type === 'organization' ? /\s(\p{Lu}\p{L}{4,})$/u.exec(b.span.text)?.[1] : undefined;
	const printed = (b: Blank) => inHeadline(b.span.text) || (!!head(b) && inHeadline(head(b)!));
	const given = ranked.some(printed);
	ranked = ranked.filter((b) => !printed(b));
	// The same answer already asked in this article (the date of one decision) is asked once.
	const askedHere = (b: Blank) => fact.articleIds.some((a) => asked.has(`${a}|${b.span.text}`));
	let cloze: Cloze | undefined;
	for (const blank of ranked)
		if (!askedHere(blank) && (cloze = clozeOf(claim, blank, blanks))) break;
	if (cloze) for (const a of fact.articleIds) asked.add(`${a}|${cloze.blank.span.text}`);
	const random = seededRandom(`${fact.id}:choices`);
	let wrong: Option[] = [];
	if (cloze) {
		// "a _____ stake": only options that take the same article (no "a(n)" in the prompt).
		const article = new RegExp(String.raw`\b(an?)\s+${BLANK}`, 'i').exec(cloze.prompt)?.[1];
		wrong = wrongOptions(fact, cloze.blank, corpus, random)
			.filter((o) => !article || articleFor(o.display) === article.toLowerCase())
			.slice(0, 3);
		const answer = cloze.blank.span.text;
		if (wrong.length === 3)
			items.push({
				id: `${fact.id}:multiple-choice:${cloze.start}`,
				type: 'multiple-choice',
				prompt: cloze.prompt,
				answer,
				choices: shuffled([answer, ...wrong.map((o) => o.display)], random),
				claim
			});
		else
			items.push({
				id: `${fact.id}:cloze:${cloze.start}`,
				type: 'cloze',
				prompt: cloze.prompt,
				answer,
				claim
			});
	}
	// A second named detail of the claim (the licensor beside the maker) is a point of its own.
	const second = cloze
		? ranked.find(
				(b) =>
					b.key !== cloze.blank.key &&
					b.span.type === 'organization' &&
					b.span.type === cloze.blank.span.type
			)
		: undefined;
	const other = second && clozeOf(claim, second, blanks);
	if (other)
		items.push({
			id: `${fact.id}:cloze:${other.start}`,
			type: 'cloze',
			prompt: other.prompt,
			answer: other.blank.span.text,
			claim
		});
	const tf = seededRandom(`${fact.id}:true-false`);
	const falseVersion =
		flipped(claim) ?? (cloze && wrong[0] ? swapped(claim, cloze, wrong[0]) : undefined);
	// A true/false on a rule (its false version changes the detail), or where no blank makes a question.
	// A claim whose detail the headline prints, with no other detail to ask, is the headline's
	// own point: a true/false on it asks nothing the card does not show (derivation 10).
	const wanted = (!cloze && !given) || (cloze !== undefined && fact.kind === 'policy-rule');
	// Derivation 11: nor one that says again what the headline above it says.
	const restated = fact.articleIds.some((a) =>
		restatesHeadline(
			corpus.headlines?.get(a),
			corpus.ledes?.get(a),
			claim,
			fact.evidence.filter((e) => e.articleId === a).map((e) => e.text)
		)
	);
	// "The act passed by 131 votes to 98": a tally, and nothing else to ask (derivation 11).
	const tally = /\b\d[\d,]*\s+votes?\s+to\s+\d/.test(claim) && !cloze;
	if (wordCount(claim) <= MAX_PROMPT_WORDS && wanted && !conflicted && !restated && !tally) {
		const asFalse = falseVersion !== undefined && tf() < 0.5;
		items.push({
			id: `${fact.id}:true-false`,
			type: 'true-false',
			prompt: `True or false: ${asFalse ? falseVersion : claim}`,
			answer: asFalse ? 'False' : 'True',
			choices: ['True', 'False'],
			claim
		});
	}
	return items;
}

/** Content words of a claim, to tell restatements of one point apart from new points. */
function contentWords(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length > 3)
			.map((w) => w.replace(/(?:s|es|ed|ing)$/, ''))
	);
}

/** Every fact's quiz items by fact id. Pure: the same facts give byte-identical items. */
export function quizItems(
	facts: readonly Fact[],
	texts?: ReadonlyMap<string, string>,
	headlines?: ReadonlyMap<string, string>,
	ledes?: ReadonlyMap<string, string>
): Map<string, QuizItem[]> {
	const main = mainSubjects(facts);
	const blanks = new Map(
		facts.map((fact) => [fact.id, fact.answers.flatMap((span) => blankOf(fact, span, main) ?? [])])
	);
	const corpus: Corpus = {
		pool: poolOf(facts),
		facts,
		...(texts ? { texts } : {}),
		...(headlines ? { headlines } : {}),
		...(ledes ? { ledes } : {})
	};
	const result = new Map<string, QuizItem[]>();
	const asked: {
		answer: string;
		words: Set<string>;
		articles: readonly string[];
		trueFalse: boolean;
	}[] = [];
	// One card per disagreement, on the same fact whatever the order: the smallest id.
	const conflictOwner = new Map<string, string>();
	for (const fact of facts)
		for (const { topic } of fact.conflicts) {
			const owner = conflictOwner.get(topic);
			if (owner === undefined || fact.id < owner) conflictOwner.set(topic, fact.id);
		}
	// In id order, so that which restatement keeps the card does not depend on the input's order.
	const answered = new Set<string>();
	const byId = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const fact of byId) {
		let items = itemsOf(fact, blanks.get(fact.id) ?? [], corpus, answered);
		for (const conflict of fact.conflicts)
			if (conflictOwner.get(conflict.topic) === fact.id) items.push(conflictItem(fact, conflict));
		// One card per point: a restatement of a point already asked (same answer, or nearly the
		// same words in the same article, as a standfirst repeats the lede) adds nothing.
		// Not the frame's words: "Under the Plant Protection (Public Green Spaces) Decree, …" opens
		// many of an article's points, which are not restatements for it (held-out 13).
		const words = contentWords(withoutFrame(fact.statement));
		const overlap = (other: Set<string>) => {
			let shared = 0;
			for (const w of words) if (other.has(w)) shared++;
			return shared / Math.max(1, Math.min(words.size, other.size));
		};
		const first = items[0];
		const repeat = asked.some(
			(a) =>
				(first &&
					first.type !== 'true-false' &&
					a.answer === first.answer &&
					overlap(a.words) >= 0.6) ||
				(a.articles.some((id) => fact.articleIds.includes(id)) && overlap(a.words) >= 0.7) ||
				// The same statement in two articles ("Japan will ship Patriots to the US"): one card.
				(first?.type === 'true-false' && a.trueFalse && overlap(a.words) >= 0.6)
		);
		if (repeat) items = [];
		else if (first)
			asked.push({
				answer: first.answer,
				words,
				articles: fact.articleIds,
				trueFalse: first.type === 'true-false'
			});
		result.set(fact.id, items);
	}
	return new Map(facts.map((fact) => [fact.id, result.get(fact.id) ?? []]));
}

/**
 * Key-fact selection: which sentences of an article carry the story's checkable specifics
 * (who makes what under whose licence, what the rules allow and forbid, who asked and why,
 * third-country transfers, quantities, dates, who said what), and what kind of fact each is.
 * Commentary ("analysts suggest", "it underscores") is left out: it cannot be checked.
 */
import type { Article } from '../article';
import { sentenceDate } from './dates';
import { mentions, sentences, type Mention, type Span } from './nlp';
import type { Evidence, FactDate, FactKind } from './types';

export interface Candidate {
	articleId: string;
	statement: string;
	evidence: Evidence;
	kind: FactKind;
	subject: string;
	mentions: Mention[];
	date?: FactDate;
	relativeDate?: string;
	score: number;
}

/** Words that mark a policy detail or a checkable act. */
const POLICY =
	/\b(export\w*|rules?|regulations?|laws?|restrictions?|licen[cs]\w*|allow\w*|permit\w*|prohibit\w*|forbid\w*|authori[sz]\w*|approv\w*|transfer\w*|ship\w*|send|sent|sell|sold|sale|supply\w*|suppl(y|ies)|deliver\w*|request\w*|asked|manufactur\w*|produc\w*|makes|made|develop\w*|deploy\w*|budget|spend\w*|sets? aside|allocat\w*|stockpiles?|inventor(y|ies)|replenish\w*|third (countr\w+|part\w+)|agreement|summit|announc\w*|acquir\w*|buy\w*|bought|purchas\w*|loosen\w*|decision|decide\w*|consider\w*|signed)\b/i;

/** Commentary, speculation and framing: not facts a reader could check. */
const COMMENTARY =
	/\b(enhanc\w*|extends beyond|are considered|desire to|analysts?|experts?|critics?|likely|could pave|implications?|underscores?|reflects?|reflecting|signals?|signifies|highlights?|represents?|is part of a broader|marks? a significant|sparked|raised questions|welcomed by some|it offers|testament|confidence-building|a bold step|for years to come)\b/i;

/** A sentence that leans on the one before it: a leading pronoun or "the move". */
const LEANS_BACK =
	/^(it|its|this|these|those|they|their|that|such|he|she|shortly after)\b|^the (move|decision|deal|shift|step|initiative|transfer|change)\b(?! of)/i;

/** A quotation: double quotes, or single quotes that open with ‘ (an apostrophe never does). */
const QUOTE = /[“"][^”"]{12,}[”"]|‘[^‘]{12,}’(?!\p{L})/u;

/** "This commitment …" opening a paragraph: the determiner can become "The" and still be true. */
const LEADING_DEMONSTRATIVE = /^(This|These|That|Those) (?=\p{Ll})/u;

const SUBJECTS: readonly [string, RegExp][] = [
	['Third-country transfers', /third (countr|part)/i],
	[
		'Export rules',
		/(export|arms)\W+(\w+\W+){0,4}(rules?|regulations?|laws?|restrictions?|polic)|loosen|pacifist|postwar|non-interventionist/i
	],
	['Who makes the Patriot', /licen[cs]|manufactured by|produced by|makes the|developed by/i],
	['Ukraine and US stockpiles', /ukrain|stockpile|inventor|supplies|shortage|replenish/i],
	['Shipments to the United States', /ship|deliver|export|send|transfer|batch|\bsale|\bsell/i],
	["Japan's defence build-up", /budget|spending|tomahawk|gross domestic|fighter|jet/i],
	['The Patriot system', /patriot/i]
];

function subjectOf(statement: string): string {
	return SUBJECTS.find(([, pattern]) => pattern.test(statement))?.[0] ?? 'Japan–US cooperation';
}

const NAMED = new Set(['person', 'organization', 'country', 'place', 'weapon']);
const VALUES = new Set(['number', 'amount', 'percentage']);

function kindOf(statement: string, found: Mention[], date: FactDate | undefined): FactKind {
	if (QUOTE.test(statement) && found.some((m) => m.type === 'person')) return 'quote';
	if (date) return 'dated-event';
	if (found.some((m) => VALUES.has(m.type))) return 'quantity';
	if (
		/\b(rules?|regulations?|laws?|restrictions?|polic\w+|allow|prohibit|permit|authori[sz]e|third countr)/i.test(
			statement
		)
	)
		return 'policy-rule';
	return 'actor-role';
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** Scores one statement; 0 means it is not a key fact. */
function score(statement: string, found: Mention[], date: FactDate | undefined): number {
	const words = wordCount(statement);
	if (words < 7 || words > 75 || /\?\s*$/.test(statement)) return 0;
	if (COMMENTARY.test(statement)) return 0;
	const named = found.filter((m) => NAMED.has(m.type));
	const weapons = named.filter((m) => m.type === 'weapon').length;
	const policy = (statement.match(new RegExp(POLICY, 'gi')) ?? []).length;
	const values = found.filter((m) => VALUES.has(m.type)).length;
	const quote = QUOTE.test(statement) && found.some((m) => m.type === 'person');
	// About the story's weapons, between two named actors, or one actor and a checkable act.
	const specific =
		weapons > 0 ||
		new Set(named.map((m) => m.value)).size >= 2 ||
		(named.length > 0 && (policy >= 2 || values > 0 || date !== undefined || quote)) ||
		(values > 0 && policy > 0);
	if (!specific) return 0;
	if (policy === 0 && values === 0 && !date && !quote) return 0;
	return policy * 2 + values + (date ? 2 : 0) + (quote ? 2 : 0) + Math.min(named.length, 4);
}

function evidenceOf(articleId: string, paragraph: number, text: string, span: Span): Evidence {
	return {
		articleId,
		paragraph,
		start: span.start,
		end: span.end,
		text: text.slice(span.start, span.end)
	};
}

/** The key-fact candidates of one article, in reading order. */
export function selectCandidates(article: Article, reference: Date | null): Candidate[] {
	const chosen: Candidate[] = [];
	article.paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind !== 'body') return;
		const spans = sentences(paragraph.text);
		spans.forEach((span, i) => {
			let source = span;
			let statement = span.text;
			const previous = spans[i - 1];
			if (!previous && LEADING_DEMONSTRATIVE.test(span.text)) {
				statement = span.text.replace(LEADING_DEMONSTRATIVE, 'The ');
			} else if (LEANS_BACK.test(span.text)) {
				// Keep the sentence whole with the one it leans on; alone it would not read.
				if (!previous || LEANS_BACK.test(previous.text)) return;
				source = {
					start: previous.start,
					end: span.end,
					text: paragraph.text.slice(previous.start, span.end)
				};
				statement = source.text;
			}
			const found = mentions(statement);
			// Each sentence is dated on its own: its tense says which Friday "on Friday" is.
			const parts = source === span ? [statement] : [previous!.text, span.text];
			const dates = parts.map((part) => sentenceDate(part, reference));
			const when = dates.find((d) => d.date) ?? dates.find((d) => d.relative) ?? {};
			const value = score(statement, found, when.date);
			if (value === 0) return;
			const candidate: Candidate = {
				articleId: article.id,
				statement,
				evidence: evidenceOf(article.id, index, paragraph.text, source),
				kind: kindOf(statement, found, when.date),
				subject: subjectOf(statement),
				mentions: found,
				...(when.date ? { date: when.date } : {}),
				...(when.relative ? { relativeDate: when.relative } : {}),
				score: value
			};
			// A statement that took in the sentence before it replaces that sentence's own fact.
			const last = chosen.at(-1);
			if (
				last &&
				last.evidence.paragraph === index &&
				last.evidence.start === candidate.evidence.start
			)
				chosen.pop();
			chosen.push(candidate);
		});
	});
	return chosen;
}

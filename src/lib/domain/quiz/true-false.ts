/**
 * False versions of policy rules for true/false questions, made only where the result is
 * unambiguous: one negation flipped, or one country or organisation swapped.
 */
import type { Cloze, Option } from './names';

const NEEDS_THE = new Set(['United States', 'United Kingdom']);
/** A name given as an example ("countries like the United States, Poland and …") is no rule. */
const EXEMPLIFIED = /\b(?:like|such as|including|e\.g\.|for example)\b[^.;:]*$/i;

/** The flippable negations of a policy rule and what they flip to (issue: only these). */
const FLIPS: readonly [RegExp, string][] = [
	[/\bwill not\b/gi, 'will'],
	[/\bwould not\b/gi, 'would'],
	[/\bcannot\b/gi, 'can'],
	[/\bdoes not\b/gi, 'does'],
	[/\bdo not\b/gi, 'do'],
	[/\bcontinues to prohibit\b/gi, 'no longer prohibits'],
	[/\bcontinue to prohibit\b/gi, 'no longer prohibit'],
	[/\b(remains?) prohibited\b/gi, '$1 permitted'],
	[/\b(remains?) banned\b/gi, '$1 allowed'],
	[/\b(remains?) allowed\b/gi, '$1 banned'],
	[/\b(remains?) exempt\b/gi, '$1 covered'],
	[/\bare banned(?: entirely| outright)?/gi, 'are allowed'],
	// "must still go dark" → "need not go dark", never "need not still" (held-out 14).
	[/\bmust(?:\s+still)?\b/gi, 'need not'],
	// "may require" is no "may does not require" (derivation 16).
	[/(?<!\b(?:may|might|will|can|could|would|should|to)\s)\brequires\b/gi, 'does not require'],
	// "The Regulations require …" → "do not require", never "The Regulations does not" (derivation 23).
	[
		/(?<!\b(?:may|might|will|can|could|would|should|to|must|shall)\s)\brequire\b/gi,
		'do not require'
	]
];
/** Any other negative word makes a flip ambiguous (a double negative, an exception). */
const NEGATION =
	/\b(?:not|no|never|nor|neither|none|nothing|without|cannot|prohibit\w*|prevent\w*|forbid\w*|bans?|banned|barred|unless|except)\b|n[’']t\b/i;

/** Words that read only after a negation: "any subsidy", "not yet", "not … either". */
const NEEDS_NEGATION = /\b(?:any|anyone|anybody|anything|anywhere|ever|yet|either|at all)\b/i;

/** Whether a name takes "the" in a sentence: "the United States", "the Liberal Democratic Party". */
const takesThe = (name: string) =>
	NEEDS_THE.has(name) || /\b(?:Council|Party|Forces|Ministry|Agency)$/.test(name);

/** The statement with its one negation flipped, if it has exactly one and nothing else negative. */
export function flipped(statement: string): string | undefined {
	const hits = FLIPS.flatMap(([pattern, to]) =>
		[...statement.matchAll(pattern)].map((m) => ({
			at: m.index,
			from: m[0],
			to: m[0].replace(new RegExp(pattern.source, 'i'), to)
		}))
	);
	const [hit] = hits;
	if (hits.length !== 1 || !hit) return undefined;
	// "…, as are special schools …, which may require adapted clothing": a relative clause's
	// reason is not the rule a learner is asked about (derivation 16, held-out 16).
	if (/,\s+(?:which|who|whose)\b[^,;]*$/u.test(statement.slice(0, hit.at))) return undefined;
	// "… will keep it …, even if they would not qualify": a concession's or a condition's own
	// negation is not the rule's; flipped, the statement is still true (derivation 23).
	if (
		/\b(?:even if|even though|if|unless|until|whether|although|though|where|when)\b[^,;]*$/iu.test(
			statement.slice(0, hit.at)
		)
	)
		return undefined;
	const rest = statement.slice(0, hit.at) + ' ' + statement.slice(hit.at + hit.from.length);
	if (NEGATION.test(rest)) return undefined;
	// "will not receive any subsidy" → "will receive any subsidy": a word that needs its negation
	// (derivation 13, held-out 11).
	if (!/\bnot\b/.test(hit.to) && NEEDS_NEGATION.test(statement.slice(hit.at + hit.from.length)))
		return undefined;
	const to = /^\p{Lu}/u.test(hit.from) ? hit.to[0]?.toUpperCase() + hit.to.slice(1) : hit.to;
	return statement.slice(0, hit.at) + to + rest.slice(hit.at + 1);
}

/** The claim with its blanked detail swapped for a wrong option of the same kind. */
export function swapped(claim: string, cloze: Cloze, option: Option): string | undefined {
	const { blank, targets } = cloze;
	if (NEGATION.test(claim)) return undefined;
	const before = claim.slice(0, blank.span.start);
	if (EXEMPLIFIED.test(before) || /^\s*(?:and|or) other\b/i.test(claim.slice(blank.span.end)))
		return undefined;
	const the = /\bthe\s+$/i.test(before);
	if (
		(blank.span.type === 'country' || blank.span.type === 'organization') &&
		takesThe(option.display) !== the
	)
		return undefined;
	return targets.reduce(
		(s, t) => s.slice(0, t.span.start) + option.display + s.slice(t.span.end),
		claim
	);
}

/**
 * Definite noun phrases that point back ("the missiles", "the new regulations", "the
 * transfer") resolved from the article's own earlier text, so a card says which. A claim
 * whose phrase cannot be resolved is dropped: alone it cannot be understood (CARDS.md).
 */
import { MAX_CLAIM_WORDS } from './claims';

/** Things a story names once and then calls "the missiles". */
const THINGS = 'missiles|interceptors|systems|weapons|rockets|jets|drones';
/** Rule changes a story names once and then calls "the changes". */
const RULES = 'changes|regulations|rules|amendments|revisions|new rules|restrictions';
/** Acts a story names once and then calls "the transfer". */
const ACTS = 'transfer|supply|shipments?|sale|deliver(?:y|ies)|exports?';

/** "the missiles", "the transferred missiles", "the new regulations": lower-case words only. */
const POINTER = new RegExp(
	String.raw`\b(the)\s+((?:(?:new|revised|transferred|same|proposed)\s+)?)(${THINGS}|${RULES}|${ACTS})\b`,
	'giu'
);

const NAME = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:[- ]\p{Lu}?[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*)?`;
const NOT_A_NAME = /^(?:The|A|An|In|On|At|It|Its|This|That|These|Those|But|And|If|When|As)$/;

/** A word between a name and its noun ("air defense", "surface-to-air"): no verb, no function word. */
const MODIFIER = String.raw`(?!(?:the|a|an|and|or|but|to|of|in|on|at|for|with|by|from|has|have|had|is|are|was|were|will|would|its|their|that|which|who)\s)(?![\p{Ll}-]+ed\s)[\p{Ll}-]+`;

/** The nearest earlier name in front of the same noun: "Patriot air defense missiles" → "Patriot". */
function thingName(noun: string, before: string): string | undefined {
	const head = noun === 'interceptors' || noun === 'systems' ? THINGS : noun;
	const pattern = new RegExp(
		String.raw`(?<![\p{L}.])(${NAME})\s+(?:${MODIFIER}\s+){0,3}?(?:${head})\b`,
		'gu'
	);
	let found: string | undefined;
	for (const match of before.matchAll(pattern)) {
		const name = match[1] ?? '';
		// Nationality adjectives and sentence openers name no thing.
		if (NOT_A_NAME.test(name) || /(?:ese|ian|can|ish|ch)$/.test(name)) continue;
		found = name;
	}
	return found;
}

/**
 * The rules the story is about, with whose they are: "Japan’s restrictions on weapons exports",
 * "Japan has loosened its arms export rules", "Veloria's trade ministry announced new export
 * controls on gallium refining equipment".
 */
function ruleName(before: string): string | undefined {
	const noun = String.raw`(?:[\p{Ll}-]+\s+){0,3}?(?:rules|regulations|restrictions|laws|controls)(?:\s+on\s+[\p{Ll}]+(?:\s+[\p{Ll}]+){0,2})?`;
	const owner = String.raw`(\p{Lu}[\p{L}.]+)`;
	const owned = new RegExp(String.raw`${owner}[’']s\s+(${noun})`, 'gu');
	const its = new RegExp(
		String.raw`${owner}\s+(?:has\s+|had\s+|will\s+)?(?:\p{Ll}+ed|changed|revised|announced\s+changes\s+to)\s+its\s+(${noun})`,
		'gu'
	);
	const announced = new RegExp(
		String.raw`${owner}[’']s\s+(?:[\p{Ll}-]+\s+){1,3}(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:announced|adopted|introduced|unveiled|issued|published|approved)\s+(new\s+${noun})`,
		'gu'
	);
	const all = [...before.matchAll(owned), ...before.matchAll(its), ...before.matchAll(announced)]
		.filter((m) => !NOT_A_NAME.test(m[1] ?? ''))
		.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
	// The rules the story is about are named first.
	const first = all[0];
	if (!first) return undefined;
	// "new export controls on gallium refining equipment": the modifier names them enough, and a
	// card that repeats the whole phrase would read as a restatement of the announcement.
	const full = first[2]!;
	const rules = /^(?:new\s+)?[\p{Ll}-]+\s+\p{Ll}+\s+on\s/u.test(full)
		? full.replace(/\s+on\s.*$/u, '')
		: full;
	return /^new\s/.test(rules)
		? `${first[1]}’s ${rules}`
		: `${first[1]}’s revised ${rules.replace(/^(?:revised|current)\s+/, '')}`;
}

/** "transfer of Patriot air defense missiles to the United States", the nearest earlier. */
function actName(noun: string, before: string): string | undefined {
	const stem = noun.replace(/(?:s|ies|y)$/, '');
	const pattern = new RegExp(
		String.raw`\b(${stem}\p{Ll}*\s+of\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)`,
		'gu'
	);
	let found: string | undefined;
	for (const match of before.matchAll(pattern)) found = match[1];
	return found;
}

/**
 * "the supply" in a story whose owner exports a named thing ("Japan will send Patriot missiles"):
 * "supply of Patriot missiles from Japan". Only where the article says the owner sends it.
 */
function supplied(noun: string, before: string, owner: string | undefined): string | undefined {
	if (!owner) return undefined;
	const sends = new RegExp(
		String.raw`\b${owner}\s+(?:[\p{L}-]+\s+){0,6}?(?:export|send|ship|suppl|transfer|sell|deliver)\p{Ll}*\s+(?:[\p{L}-]+\s+){0,4}?(${THINGS})\b`,
		'u'
	).exec(before);
	if (!sends) return undefined;
	const thing = sends[1]!;
	const name = thingName(thing, before);
	return name ? `${noun} of ${name} ${thing} from ${owner}` : undefined;
}

/** Words whose claim a wider name would make false. */
const WIDENS = /\b(?:exclusively|only|solely|all|every|entirely|none)\b/i;

/**
 * The claim with its pointing phrases resolved from `before` (the article up to and
 * including the claim's sentence), or null when one cannot be resolved.
 */
export function resolvedClaim(claim: string, before: string, owner?: string): string | null {
	let unresolved = false;
	const text = claim
		// "Washington asked for shipments because …": shipments of what, from whom.
		.replace(
			/\b(asked for|requested|request for)\s+(shipments|deliveries|supplies)\b(?!\s+(?:of|from)\b)/u,
			(whole, verb: string, noun: string) => {
				const source = supplied(noun, before, owner);
				return source ? `${verb} ${source}` : whole;
			}
		)
		.replace(POINTER, (whole, the: string, modifier: string, noun: string, at) => {
			const lower = noun.toLowerCase();
			const thing = new RegExp(`^(?:${THINGS})$`).test(lower);
			// "the changes to Japan’s restrictions", "the transfer of missiles": named where they stand.
			if (!thing && /^\s+(?:of|to|from|on|by)\b/.test(claim.slice(at + whole.length))) return whole;
			const capital =
				at === 0 ? (s: string) => s.charAt(0).toUpperCase() + s.slice(1) : (s: string) => s;
			if (new RegExp(`^(?:${RULES})$`).test(lower)) {
				// "the restrictions" alone is the story's rules only when it was said so before.
				const rule = ruleName(before);
				if (rule && lower !== 'restrictions') return capital(rule);
				if (lower === 'restrictions') return whole;
			} else if (thing) {
				const name = thingName(lower, before);
				if (name) return `${capital(the)} ${modifier}${name} ${noun}`;
			} else {
				const act = actName(lower, before);
				if (act) return `${capital(the)} ${act}`;
				const source = supplied(noun, before, owner);
				if (source) return `${capital(the)} ${source}`;
			}
			unresolved = true;
			return whole;
		});
	if (unresolved) return null;
	if (text === claim) return text;
	// A name found earlier can widen what "the missiles" meant (those exported, not all made):
	// with "exclusively", "only" or "all" beside it, that would change whether the claim is true.
	if (WIDENS.test(claim)) return null;
	if (text.split(/\s+/).length > MAX_CLAIM_WORDS) return null;
	return text;
}

/**
 * Whether a statement still points back ("the missiles", "the new regulations"): no card alone.
 * Under a headline that names the noun ("Sorvenia's new drone rules: …"), "the new rules" are
 * the story's own (derivation 10: the card is shown under its headline).
 */
export function dangles(statement: string, headline?: string): boolean {
	return [...statement.matchAll(POINTER)].some((m) => {
		const noun = (m[3] ?? '').toLowerCase();
		const after = statement.slice((m.index ?? 0) + m[0].length);
		const points =
			new RegExp(`^(?:${THINGS})$`).test(noun) ||
			// "the sale and supply of single-use vapes": a complement after a pair says which too.
			!/^(?:\s+and\s+[\p{Ll}-]+)?\s+(?:of|to|from|on|by)\b/u.test(after);
		return points && !(headline && inHeadline(headline, noun));
	});
}

/** Whether the headline has the noun, singular or plural ("rules" in "… drone rules: …"). */
function inHeadline(headline: string, noun: string): boolean {
	const stem = noun.replace(/^new\s+/, '').replace(/(?<!s)s$/, '');
	return new RegExp(String.raw`(?<![\p{L}])${stem}s?(?![\p{L}])`, 'iu').test(headline);
}

/** Words between "a" and its noun that say nothing of which one: "a new order", "a second fee". */
const EMPTY_MODIFIER =
	/^(?:new|further|second|third|first|single|separate|similar|different|such|possible|proposed|future|current|existing|statutory|legal|formal|full|final|special|general|major|minor|small|large|big|short|long|temporary|permanent|one|two|three|four|five|another|own|same|other|more|less|only|very|higher|lower|maximum|minimum|fixed|flat|standard|basic|annual|monthly|weekly|daily)$/;
/** Words no modifier is: function words, auxiliaries, adverbs. */
const NOT_MODIFIER =
	/^(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|from|with|without|into|onto|upon|per|via|about|over|under|between|against|after|before|until|since|unless|if|when|where|while|because|though|although|whether|than|then|there|here|also|even|still|just|all|both|each|every|any|some|as|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|not|no|its|their|his|her|our|your|my|this|that|these|those|which|who|whose|what|so|such|\p{Ll}+ly)$/u;
/** Nouns that name one thing without being introduced: "the government", "the public". */
const UNIQUE_NOUN =
	/^(?:government|public|country|state|world|economy|market|law|courts?|police|parliament|cabinet|minister|ministry|president|capital|end|start|beginning|rest|same|first|last|next|following|time|year|month|week|day|date|moment|case|way|number|amount|total|average|majority|minority|number|most|least|whole|industry|sector|press|media|opposition|coalition|eu|un)$/;
/** What follows a noun and says which one it is: "the order of the court", "the fee that …". */
const COMPLEMENT =
	/^\s*(?:\(|of\b|for\b|that\b|which\b|who\b|whose\b|to\b|on\b|under\b|in\s+\p{Lu}|from\b|set\b|made\b|given\b|imposed\b|issued\b|\p{Lu})/u;

/**
 * "The order can last up to 120 days" after "a judge can impose a sobriety monitoring order":
 * "the sobriety monitoring order" (derivation 21, held-out 25). A bare "the <noun>" the article
 * introduced earlier as "a <modifiers> <noun>" takes those modifiers, when the article
 * introduced it one way only and they say which (not "a new order").
 */
export function introduced(claim: string, earlier: string): string {
	const text = claim.replace(
		/(?<![\p{L}])([Tt]he) (\p{Ll}[\p{Ll}-]{2,})(?![\p{L}-])/gu,
		(whole, the: string, noun: string, at: number) => {
			if (UNIQUE_NOUN.test(noun) || NOT_MODIFIER.test(noun)) return whole;
			const after = claim.slice(at + whole.length);
			// "the force's department": a possessor, not the thing the claim is about.
			if (COMPLEMENT.test(after) || /^['’]s\b/u.test(after)) return whole;
			// "Batteries must keep … unless the user can replace the battery": the claim's own.
			if (claim.slice(0, at).toLowerCase().includes(noun.slice(0, 5))) return whole;
			const found = new Set<string>();
			const intro = new RegExp(
				String.raw`(?<![\p{L}])(?:[Aa]n?)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){1,3}?)${noun}(?![\p{L}-])`,
				'gu'
			);
			for (const m of earlier.matchAll(intro)) {
				const words = m[1]!.trim().split(/\s+/);
				if (words.some((w) => NOT_MODIFIER.test(w))) continue;
				const which = words.filter((w) => !EMPTY_MODIFIER.test(w));
				if (which.length > 0) found.add(which.join(' '));
			}
			if (found.size !== 1) return whole;
			return `${the} ${[...found][0]} ${noun}`;
		}
	);
	return text.split(/\s+/).length > MAX_CLAIM_WORDS ? claim : text;
}

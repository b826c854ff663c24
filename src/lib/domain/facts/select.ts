/**
 * Key-fact selection: which sentences of an article carry the story's checkable specifics
 * (who makes what under whose licence, what the rules allow and forbid, who asked and why,
 * third-country transfers, quantities, dates, who said what), and what kind of fact each is.
 * Commentary ("analysts suggest", "it underscores") is left out: it cannot be checked.
 */
import type { Article } from '../article';
import { claimsOf, MAX_CLAIM_WORDS, SPEAKER_TITLE, type Claim } from './claims';
import { dangles, introduced, resolvedClaim } from './resolve';
import { framed, policyFrame, type Framed } from './frame';
import { sentenceDate } from './dates';
import { leadOf } from './headline';
import { LIST_MARK, listSentences } from './lists';
import { acronymsOf, spelledOut } from './acronyms';
import { givenOtherwise, numbersIn, QUOTE } from './disputes';
import { entityNames, resolveEntities } from './standalone';
import { dateMentions, FOOTNOTE_MARKS, mentions, sentences, type Mention, type Span } from './nlp';
import { MONTHS } from '../format';
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
	/** The claim cannot stand alone on a card (its policy is never named): a key fact only. */
	cardless?: true;
}

/**
 * Words that mark a policy detail or a checkable act, on any policy topic. Derivation 12 adds the
 * words rules are written in beside "must": "may not", "can" (a right), "void", "an offence
 * punishable by", "designated", "comply", "entitled", "indexed", "receive", "free of charge".
 * Derivation 17: a limit told without a verb of rule ("No more than 15% of … lending may be …",
 * "are not counted", "outside the scheme").
 */
const POLICY =
	/\b(export\w*|import\w*|rules?|regulations?|laws?|amendment|restrictions?|controls?|licen[cs]\w*|allow\w*|permit\w*|prohibit\w*|forbid\w*|ban|bans|banned|banning|barred|exempt\w*|authori[sz]\w*|approv\w*|adopt\w*|pass(?:ed|es)?|vot\w*|transfer\w*|ship\w*|send|sent|sell|sold|sale|supply\w*|suppl(y|ies)|deliver\w*|request\w*|asked|manufactur\w*|produc\w*|makes|made|develop\w*|deploy\w*|budget|deficit|spend\w*|sets? aside|allocat\w*|stockpiles?|replenish\w*|third (countr\w+|part\w+)|agreement|contract|signed|summit|announc\w*|acquir\w*|buy\w*|bought|purchas\w*|loosen\w*|decision|decide\w*|require[sd]?|must|need|consent|valid|fine[ds]?|penalt\w*|sanction\w*|refund\w*|tariffs?|dut(y|ies)|tax\w*|lev(?:y|ies|ied)|fees?|surcharges?|subject to|quotas?|caps?|capped|limit\w*|charges?|pay|discount|refus\w*|remov\w*|impos\w*|rais\w*|lower\w*|cut|cuts|freez\w*|froze|closed|take effect|in force|appl(y|ies)|cover\w*|record|extend\w*|introduc\w*|replac\w*|complaint|investigation|minimum|maximum|remains?|stays?|added|eligib\w*|worth|deliveries|may not|may no longer|no longer|(?:will|to)(?: not)? be able to|will still be able to|abolish\w*|starts? on|begins? on|takes? effect|took effect|due (?:by|on|in|within)|can|void|offen[cs]es?|punishable|designat\w*|compl(?:y|ies|iance)|entitle\w*|oblig\w*|indexed|receive[sd]?|compensation|free of charge|compulsory|mandatory|affected|qualif\w*|shall|liable|into force|may be [a-z]+ed|(?:will|shall|must|cannot|can)(?: not| no longer| only)? be [a-z]+(?:ed|en)|(?:not )?bound by|no more than|not more than|at most|(?:is|are) not counted|counts? (?:towards|against)|outside (?:the|its) (?:scheme|rules?|ban|cap|limit|levy|surcharge|charge|law|act|regulations?))\b/i;

/** Commentary, reactions, speculation and framing: not facts a learner needs to keep. */
const COMMENTARY =
	/\b(enhanc\w*|extends beyond|are considered|desire to|analysts?|experts?|critics?|economists?|likely|could pave|implications?|underscores?|reflects?|reflecting|signals?|signifies|highlights?|represents?|is part of a broader|marks? a significant|sparked|raised questions|welcomed|welcome|it offers|testament|confidence-building|a bold step|for years to come|called|criticis\w*|warned|fears?|feared|urged|praised|hopes?|believes?|suggested|continued|wanted|go far enough|black market|studying|would cut|leading|is known for|originally|in fact|might|may soon|potential|aligns?|broader|goals?|further from|expected to|knocked down|shot down|leeway|departure|exemplifies|trust|voted against|(?:file|lodge)[sd]? a complaint|protest\w*|condemn\w*|denounc\w*)\b/i;

/**
 * Background and inventory, not the policy: last year's figures, what a country has now, who
 * reported it. A duty to report ("must report", "shall report annually", "required to report") is
 * the policy (derivation 17); a request to report is not.
 */
const BACKGROUND =
	/\b(last year|currently|in recent years|has long|first deployed|according to (?:industry )?estimates|had tried|reported|(?<!\b(?:must|shall|will|to|and|or|still|also)\s)report|asked to report|failure to report|government sources|sources said|talks|discussed|recently|so far|repeatedly|largest-ever|doing so)\b/i;
/** Words that say the sources disagree on a point. */
const DISPUTE =
	/\bwhich\s+(?:[a-z]+\s+)?is\s+(?:correct|right)\b|\b(?:disputed?|disputes|is not (?:yet )?clear|unclear|not (?:yet )?settled|differ|diverg\w*|disagree\w*|(?:did|do|does|could) not agree|at odds|discrepanc\w*|contest(?:s|ed)|conflicting|contradict\w*)\b/i;
/**
 * A sentence that says a point is in dispute ("… gave different dates for when the 8–12 m fleet
 * must comply"): it is about the disagreement, and a card on it quizzes a side issue (derivation 12).
 */
const DISPUTE_LINE =
	/\b(?:disputed|in dispute|unclear|not (?:yet |entirely )?clear|not (?:yet )?settled|differ(?:ed)?\s+(?:on|over|about)|disagree\w*|conflicting|different (?:dates|figures|accounts|numbers|answers))\b/i;
/** A sentence that reports what someone says. */
const SAYS = /\b(?:says|said|say|according to|puts|insists?|maintains?|argues?|claims?)\b/i;

/**
 * The headings Key facts groups an article's facts under. The first five name the launch
 * story's topics and apply only to a fact about that story's own things (the Patriot, the United
 * States, Japan): an article a user brings about ship emissions has no "Shipments to the United
 * States" and no "Who makes the Patriot" (derivation 12). The rest fit any policy story.
 */
const US = /United States|U\.S\.|\bUS\b|Washington|America/;
const SUBJECTS: readonly [string, RegExp, RegExp?][] = [
	['Third-country transfers', /third (countr|part)/i],
	[
		'Export rules',
		/(export|arms)\W+(\w+\W+){0,4}(rules?|regulations?|laws?|restrictions?|polic)|(rules?|restrictions?|regulations?|controls?) on (\w+\W+){0,2}exports?|loosen|pacifist|postwar|non-interventionist/i
	],
	[
		'Who makes the Patriot',
		/licen[cs]|manufactured by|produced by|makes the|developed by/i,
		/Patriot|PAC-3/i
	],
	[
		'Ukraine and US stockpiles',
		/ukrain|stockpile|inventor|supplies|shortage|replenish/i,
		new RegExp(`Ukrain|${US.source}`)
	],
	['Shipments to the United States', /ship|deliver|export|send|transfer|batch|\bsale|\bsell/i, US],
	["Japan's defence build-up", /tomahawk|fighter|jet/i, /Japan|Tokyo/],
	['The Patriot system', /patriot/i],
	['Penalties', /\bfine[ds]?\b|penalt|licen[cs]e for/i],
	['Exemptions and limits', /exempt|except|remain|only|not cover|does not/i],
	['Money and rates', /budget|spend|tax|duty|tariff|price|cost|charge|pay|percent|%|€|£|\$/i],
	['Who decided, and when', /approv|adopt|pass|vot|sign|decid|announc|publish|present/i],
	['Trade and shipments', /\bexport|\bimport|\bshipments?\b|\bdeliver|\btransfers?\b/i]
];

function subjectOf(statement: string): string {
	return (
		SUBJECTS.find(
			([, pattern, about]) => pattern.test(statement) && (!about || about.test(statement))
		)?.[0] ?? 'Other points'
	);
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

const FURNITURE =
	/^(?:About the (?:author|writer)|Sign up|Subscribe|Follow (?:us|him|her|them)|Share (?:this|on)|Copyright|©|Read more|Related)\b|\b(?:covers|writes about) [\p{L} ,]+ for (?:The )?\p{Lu}|^The (?:Gazette|Journal|Bulletin|Register) (?:does not|cannot|is not able to) (?:check|verify|edit|accept)\b/u;

/** An image caption or credit the cleaner kept in the body: "Image caption: Traffic on …". */
const CAPTION =
	/^(?:Image|Photo|Picture|Caption|Image caption|Photo caption|Pictured)\s*(?:caption|credit|source)?\s*:/i;

const policyWords = (statement: string) => (statement.match(new RegExp(POLICY, 'gi')) ?? []).length;

/**
 * The tests of `score` that read the words alone: a claim failing one scores 0 whatever it
 * names, so its names and values need not be looked for (tagging them is what costs).
 */
function admissible(claim: Claim, date: FactDate | undefined): boolean {
	const statement = claim.text;
	const words = wordCount(statement);
	if (words < 5 || /\?\s*$/.test(statement)) return false;
	if (COMMENTARY.test(statement) || BACKGROUND.test(statement)) return false;
	// An opening quotation mark: a quotation, or a fragment of one (a quoted label of a few words is fine).
	if (statement.includes('‘')) return false;
	const quoted = statement.match(/[“"][^”"]*[”"]?/gu) ?? [];
	if (quoted.some((q) => !/[”"]$/u.test(q) || q.split(/\s+/).length > 3)) return false;
	const policy = policyWords(statement);
	// A person's remark is a point only when it states the policy ("will not be transferred").
	if (claim.speaker && (policy === 0 || /\b(?:would|might|had)\b/.test(statement))) return false;
	// A lobby's or a critic's remark is their view, never the policy ("The Pensioners' Action Front
	// says that figure is 'wildly optimistic'", held-out 20's WRONG card).
	if (claim.speaker && LOBBY.test(claim.speaker)) return false;
	return policy > 0 || date !== undefined;
}

/** Scores one claim; 0 means it is not a point worth a card. */
function score(claim: Claim, found: Mention[], date: FactDate | undefined): number {
	if (!admissible(claim, date)) return 0;
	const statement = claim.text;
	const named = found.filter((m) => NAMED.has(m.type));
	const policy = policyWords(statement);
	const values = found.filter((m) => VALUES.has(m.type)).length;
	// "No operator shall destroy …": a rule stated as a prohibition (derivation 13).
	const negation =
		/\b(not|no longer|remain\w* (?:exempt|banned|prohibited|allowed)|only|will still)\b|^No\s/i.test(
			statement
		);
	if (policy === 0 && !(date && named.length > 0)) return 0;
	// Something checkable beside the policy word: a name (even one the tagger missed), a value, a year.
	const checkable = /\s\p{Lu}\p{L}+\s\p{Lu}|\b(?:19|20)\d\d\b/u.test(statement);
	if (named.length === 0 && values === 0 && !date && !negation && policy < 2 && !checkable)
		return 0;
	return policy * 2 + values + (date ? 2 : 0) + (negation ? 1 : 0) + Math.min(named.length, 4);
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

/**
 * A body or an act by its proper name, opening a sentence: "The National Food Safety Authority",
 * "The Sentencing (Short Custodial Terms) Act, approved by 163 votes to 118, creates …", "The
 * Customs (Low-Value Consignments) Act 2026 was approved …" (derivation 17: a name with its
 * parenthesis, its year or an aside before the verb).
 */
const NAMED_SUBJECT =
	/^The\s+((?:\(?\p{Lu}[\p{L}-]*\)?\s+){1,7}(?:Authority|Agency|Ministry|Commission|Council|Court|Service|Office|Inspectorate|Regulator|Board|Fund|Act|Law|Code|Order|Regulations?|Decree|Bill|Ordinance|Bylaw|Directorate|Tribunal|Ombudsman|Scheme|Programme|Allowance|Levy|Tariff|Grant|Premium|Credit|Register|Guarantee))(?:\s+\d{4})?(?:,\s+[^,]{3,80},)?\s+(?:is|was|will|has|must|may|can|\p{Ll}{3,}s)\b/u;

/** "The Act will be phased in.": the story's own law, by its kind alone (derivation 17). */
const THE_POLICY =
	/^The\s+(?:Act|Law|Bill|Regulations?|Decree|Order|Ordinance|Bylaw|law|act|regulations?|decree|ordinance|bylaw)\s+(?:is|was|will|has|must|may|can|\p{Ll}{3,}s)\b/u;

/**
 * "The allowance applies from the 2027 tax year." under "Home workers to get flat 4-kappel daily
 * tax allowance": the headline's own instrument, by its kind (derivation 23, held-out 29).
 */
const THE_INSTRUMENT =
	/^The\s+(allowance|scheme|levy|tax|ban|charge|fee|grant|cap|tariff|programme|code|register|permit|licence|limit|discount|payment|benefit|credit|subsidy|surcharge|duty|toll|exemption|guarantee|rebate|voucher|bonus|pass)\s+(?:is|was|will|has|must|may|can|\p{Ll}{3,}s)\b/u;

function namedSubject(
	sentence: string,
	main: string | undefined,
	headline: string
): string | undefined {
	const m = NAMED_SUBJECT.exec(sentence);
	if (m) return `the ${m[1]!.trim()}`;
	if (main && THE_POLICY.test(sentence)) return main;
	const noun = THE_INSTRUMENT.exec(sentence)?.[1];
	return noun && new RegExp(String.raw`(?<!\p{L})${noun}(?!\p{L})`, 'iu').test(headline)
		? `the ${noun}`
		: undefined;
}

/**
 * Derivation 10: "The National Food Safety Authority is responsible for enforcement. It can
 * order products to be withdrawn …" — the second sentence's "It" is the body the first one
 * opened on, by its proper name. Only right after such a sentence; otherwise left as it is
 * (and the gate makes no card of it).
 */
function itResolved(sentence: string, previous: string | undefined): string {
	// Derivation 17: also after a date ("The Act will be phased in. From 1 July 2026 it applies to
	// parcels …") and with the verbs a law's provisions are told in ("It adds …", "It abolishes …").
	const m =
		/^((?:(?:From|On|Since|By|Until)\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2},?)\s+\d{4},?\s+)?)[Ii]t\s+(?=(?:also\s+)?(?:can|may|must|will|shall|is|has|sets|runs|covers|applies|takes|gives|introduces|adds|abolishes|requires|raises|creates|bans|exempts|caps|allows|extends|lowers|cuts|replaces|amends|limits|obliges|prohibits|imposes|ends)\b)/u.exec(
			sentence
		);
	if (!previous || !m) return sentence;
	const name = m[1] ? previous : `${previous.charAt(0).toUpperCase()}${previous.slice(1)}`;
	return `${m[1]}${name} ${sentence.slice(m[0].length)}`;
}

/**
 * The things a paragraph that opens on a disagreement is about ("Here the documents diverge.
 * The memorandum describes the fee as …"): what its second sentence says a source gives.
 */
function contestedNouns(text: string | undefined): string[] {
	if (!text || !DISPUTE.test(text)) return [];
	const [first, second] = sentences(text).map((s) => s.text);
	if (!first || !second || !DISPUTE.test(first) || /\d/.test(first)) return [];
	// "describes the fee as …", "puts the minimum at …": what the sources give differently.
	return [
		...second.matchAll(
			/\b(?:describes|gives|puts|lists|sets|states|defines|treats)\s+the\s+([\p{Ll}-]{3,})\s+(?:as|at)\b/gu
		)
	].map((m) => m[1]!);
}

/** Who lobbies or criticises: a group, a union, a campaign, the opposition, critics. */
const LOBBY =
	/\b(?:Front|Association|Federation|(?<!European\s)Union|Alliance|Campaign|Coalition|Network|Society|Forum|Confederation|Lobby|Action|campaigners?|unions?|charit(?:y|ies)|opposition|critics?|opponents?|groups?)\b/u;

/**
 * A worked example's opening: "An example.", "Take Paulo, a sales manager who …", "Here's how it
 * works for one family.", "The Ministry gave us the following example." Its figures are the rule
 * worked out for one case, not the rule (derivation 18, held-out 19).
 */
const EXAMPLE_OPENER =
	/^(?:\d+(?:\.\d+)*\s+)?(?:Example[.:]|(?:An|One|A worked|Another) example[.:]|(?:For example|For instance),\s+(?:take|imagine|suppose|say)\b|Take\s+\p{Lu}\p{Ll}+,|Suppose\b|Imagine\b|Say (?:you|a|an)\b|Here['’]s how (?:it|this|that) works for\b|[^.]{0,80}\bthe following example[.:])/u;
/** A heading over a worked example: "A worked example", "How the fine adds up — a worked example". */
const EXAMPLE_HEADING = /\b(?:example|illustrative)\b/i;
/** A heading: a short line with no sentence's closing stop, not a list's item. */
const isHeading = (text: string) =>
	!/[.!?:;,]["”’)]?$/u.test(text.trim()) &&
	!/[.!?]["”’)]?\s/u.test(text) &&
	text.trim().split(/\s+/).length <= 15 &&
	!/^\s*(?:[*•·‣▪◦–-]|\(?[a-z0-9]{1,3}[).])\s/u.test(text) &&
	// A picture's caption ("[Illustration: … graphics]") is no heading.
	!/^\s*\[/u.test(text) &&
	// Nor a table's row ("Candidate | Round 1 | Round 2" under "Example count", held-out 28).
	!/\s\|\s/u.test(text);

/**
 * A member speaking in a debate's record: "Mr Kovell:", "Ms Orla Destrin (Coastal North):", "Ms
 * Petra Lindqvist-Orme (Saltharrow) (Opp):" (held-out 20).
 */
const MEMBER_SPEAKS = new RegExp(
	String.raw`^(?:${SPEAKER_TITLE})\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?([\p{Lu}][\p{L}'’-]+)(?:\s*\([^)]{1,60}\)){0,2}:\s`,
	'u'
);

/** A minister's first words in a debate's record: "The Minister for Public Health (Dr Ilse Marrant):". */
const MINISTER_SPEAKS =
	/^(?:The\s+)?(?:Minister|Secretary of State|Deputy Minister|Cabinet Member)\b[^:(]{0,80}\(([^)]{2,60})\):\s/u;
/** A member's, named in full: "Mr Jory Ashgrove (Wendlecombe North) (Opp):". */
const MEMBER_NAMED = new RegExp(
	String.raw`^(?:${SPEAKER_TITLE})\s+([\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+)(?:\s*\([^)]{1,60}\)){1,2}:\s`,
	'u'
);

/** A speaker's label by their name alone, as a record gives it after the first time: "Seraphine Wraybourne: ". */
const NAME_LABEL = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}):\s+(?=\p{Lu})/u;

/**
 * The full names a debate's record gives its speakers in brackets or after a title, each with
 * whether they speak as a minister: "The Minister for Constitutional Affairs (Seraphine
 * Wraybourne):" and "Mr Jory Ashgrove (Wendlecombe North) (Opp):" (held-out 20).
 */
function speakersOf(texts: readonly string[]): Map<string, boolean> {
	const speakers = new Map<string, boolean>();
	for (const text of texts) {
		const minister = MINISTER_SPEAKS.exec(text)?.[1];
		if (minister) speakers.set(minister.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\s+/u, '').trim(), true);
		const member = MEMBER_NAMED.exec(text)?.[1];
		if (member && !speakers.has(member)) speakers.set(member, false);
	}
	return speakers;
}

/** The surnames of the ministers a debate's record names: "Marrant" of "(Dr Ilse Marrant):". */
function ministersOf(speakers: ReadonlyMap<string, boolean>): Set<string> {
	return new Set(
		[...speakers].filter(([, minister]) => minister).map(([name]) => name.split(/\s+/).at(-1)!)
	);
}

/**
 * A name the article defines for itself: 'the Handheld Garden Machinery Order 2026 ("the
 * Order")', 'the Bank of Lissel (the "Bank")'. Short name → full name (derivation 19).
 */
const DEFINED = new RegExp(
	String.raw`((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|on|for|the|to|in)\s+)?){1,8}(?:\(\p{Lu}[^)]{1,40}\)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:19|20)\d\d)?)\s*\(\s*(?:the\s+)?["“]\s*(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*["”]\s*\)`,
	'gu'
);

function definedTerms(texts: readonly string[]): Map<string, string> {
	const terms = new Map<string, string>();
	for (const text of texts)
		for (const m of text.includes('(') ? text.matchAll(DEFINED) : []) {
			const full = m[1]!.replace(/^(?:The|A|An|Under|In|By)\s+/u, '').trim();
			const short = m[2]!;
			// The short name is the full one's own head: "the Order" of "… Order 2026".
			const head = short.split(/\s+/).at(-1)!;
			if (!new RegExp(String.raw`\b${head}\b`, 'u').test(full) || full === short) continue;
			if (!terms.has(short)) terms.set(short, full);
		}
	return terms;
}

/** An act's proper name: "Building Standards (Car Park Solar) Regulations", "Recall of Members Bill 2026". */
const ACT =
	/(?<![\p{L}(])((?:(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}[^()]{1,40}\))\s+(?:(?:and|of|on|for|the)\s+)?){1,7}(Act|Bill|Regulations|Order|Code|Decree|Ordinance)(?:\s+(?:19|20)\d\d)?)(?![\p{L}])/gu;

/**
 * "The Regulations exempt …" where the article names one set of regulations: that name, as a
 * defined one (derivation 19, held-out 21). Only for a story with no main policy of its own,
 * which the frame names already.
 */
function soleActs(texts: readonly string[]): Map<string, string> {
	const found = new Map<string, Set<string>>();
	for (const text of texts)
		for (const m of text.matchAll(ACT)) {
			const full = m[1]!
				.replace(/^(?:(?:The|A|An|Under|In|By|From|This|That|the|a|an)\s+)+/u, '')
				.trim();
			if (full.split(/\s+/).length < 2 || !/^[\p{Lu}(]/u.test(full)) continue;
			const key = full.replace(/\s+(?:19|20)\d\d$/u, '');
			const names = found.get(m[2]!) ?? new Set<string>();
			names.add(key);
			found.set(m[2]!, names);
		}
	const sole = new Map<string, string>();
	for (const [head, names] of found) if (names.size === 1) sole.set(head, [...names][0]!);
	return sole;
}

/** The claim with the article's defined short names in full, where the claim stays short enough. */
function definedIn(claim: string, terms: ReadonlyMap<string, string>): string {
	let text = claim;
	for (const [short, full] of terms) {
		const next = text.replace(
			new RegExp(String.raw`\b([Tt]he)\s+${short}\b(?![\s-]*(?:\p{Lu}|\())`, 'gu'),
			(_whole, the: string) => `${the} ${full}`
		);
		if (next.split(/\s+/).length <= MAX_CLAIM_WORDS) text = next;
	}
	return text;
}

/** "from the same date", "with effect from the same date": a date an earlier sentence gave. */
const SAME_DATE = /\b(from|on|by|until|with effect from)\s+the\s+same\s+date\b(?!\s+as\b)/iu;

/**
 * The sentence with "the same date" as the date it refers to: the last date with its day, month
 * and year the article gave before it (derivation 19: "From the same date, employers must pass
 * every tip …" after "… from 6 April 2027."). Unchanged where no such date is near.
 */
function sameDateResolved(sentence: string, before: string, reference: Date | null): string {
	const m = SAME_DATE.exec(sentence);
	if (!m || !reference) return sentence;
	const near = before.slice(Math.max(0, before.length - 800));
	const full = dateMentions(near, reference).filter(
		(d) => d.stated.year && d.stated.month && d.stated.day && !d.approximate
	);
	// "from 1 May 2026 until 30 April 2028": the date a rule starts from, where one is given.
	const last =
		full
			.filter((d) => /\b(?:from|on)\s+$/iu.test(near.slice(Math.max(0, d.start - 6), d.start)))
			.at(-1) ?? full.at(-1);
	if (!last) return sentence;
	const words = `${last.day} ${MONTHS[last.month - 1]} ${last.year}`;
	return sentence.slice(0, m.index) + `${m[1]} ${words}` + sentence.slice(m.index + m[0].length);
}

/** "Today the Committee can only advise", "Today, drivers have to …": how things stand now. */
const NOWADAYS =
	/^(?:Today|At present|At the moment|Currently|For now|Right now),?\s+(?:[\p{L}'’-]+\s+){1,6}?(?:can|cannot|can['’]t|is|are|has|have|does|do|only)\b/u;

/** A sentence's closing stop, with a quotation's mark or a footnote's after it. */
const SENTENCE_END = new RegExp(String.raw`[.!?]["”’]?[${FOOTNOTE_MARKS}]*$`, 'u');

/**
 * The footnotes that report a disagreement, each with its mark as it follows a word and the
 * numbers it gives: "¹ The twelve-month period is taken from the Ministry's summary. The Board's
 * draft guidance gives … nine months. The Library has asked … which is correct" makes "… to 12
 * months.¹" one side of it (derivation 25, held-out 35 and 36 keyed each side as settled). A
 * sentence whose numbers the note does not give is not what it disputes ("The ban covers seeds,
 * cuttings, bulbs and whole plants.¹" under a note on how many species; held-out 21).
 */
/** A footnote's own paragraph: its mark, then its text ("¹ The twelve-month period …"). */
const NOTE = new RegExp(String.raw`^([${FOOTNOTE_MARKS}]+|\*{1,3}|†|‡)\s+\p{Lu}`, 'u');

function disputedNotes(paragraphs: readonly string[]): { marks: string[]; numbers: Set<number> }[] {
	const notes: { marks: string[]; numbers: Set<number> }[] = [];
	for (const text of paragraphs) {
		const note = NOTE.exec(text);
		if (!note || !DISPUTE.test(text)) continue;
		const mark = note[1]!;
		notes.push({
			marks: /^[*†‡]/u.test(mark) ? [`.${mark}`, `${mark} `] : [mark],
			numbers: numbersIn(text)
		});
	}
	return notes;
}

/** Whether a sentence carries the mark of a note that disputes one of its numbers. */
function footnoteDisputes(
	sentence: string,
	notes: readonly { marks: string[]; numbers: Set<number> }[]
): boolean {
	return notes.some(
		(note) =>
			note.marks.some((mark) => sentence.includes(mark)) &&
			[...numbersIn(sentence)].some((n) => note.numbers.has(n))
	);
}

/**
 * "The Commission's guidance … says an expired document is fine …. But the Interior Ministry told
 * us this afternoon that a document can be accepted only if …": a source set against the one
 * before it in the same paragraph, each one side (derivation 25: once "told us … that" was
 * read, held-out 16's disputed two years became a card).
 */
function contrary(sentence: string, before: string): boolean {
	return (
		/^(?:But|However,?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:told|says|said|insists|insisted|maintains|maintained|argues|argued)\b/u.test(
			sentence
		) && SAYS.test(before)
	);
}

/** The claims worth a card in one article, in reading order, each with its source sentence. */
export function selectCandidates(article: Article, reference: Date | null): Candidate[] {
	const chosen: Candidate[] = [];
	const body = article.paragraphs.map((p) => p.text).join('\n');
	const lead = leadOf(article);
	// The frame reads the headline a card is shown under: the title.
	const frame = {
		...policyFrame(article.title, body, lead),
		...(article.titleDerived ? { headlineDerived: true } : {})
	};
	const bodyTexts = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);
	const entities = entityNames(bodyTexts, `${article.title}\n${lead}`);
	const acronyms = acronymsOf(bodyTexts);
	const terms = definedTerms(bodyTexts);
	if (!frame.main)
		for (const [head, full] of soleActs(bodyTexts)) {
			if (!terms.has(head)) terms.set(head, full);
			// "The regulations will be monitored by …" in a story that names one set of regulations:
			// those, not the nearest policy of another kind ("Mavrodel's driving ban …"; derivation
			// 23, held-out 32).
			const lower = head.toLowerCase();
			if (/^(?:regulations|decree|ordinance)$/.test(lower) && !terms.has(lower)) {
				terms.set(lower, full);
				// "The new rules do not apply to cyclists": the new regulations.
				if (!terms.has('new rules')) terms.set('new rules', full);
			}
		}
	const listed = listSentences(article.paragraphs);
	const notes = disputedNotes(article.paragraphs.map((p) => p.text));
	// The named body or act the previous sentence opened on: what a following "It" is.
	let previous: string | undefined;
	const speakers = speakersOf(article.paragraphs.map((p) => p.text));
	const ministers = ministersOf(speakers);
	// Inside a section headed "A worked example" (until the next heading).
	let example = false;
	article.paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind !== 'body') return;
		if (isHeading(paragraph.text)) {
			example = EXAMPLE_HEADING.test(paragraph.text);
			return;
		}
		if (example || EXAMPLE_OPENER.test(paragraph.text)) return;
		// "3. ^ "Act text, Schedule 2". The threshold is given as …": an encyclopedia's note on its
		// source, where a disagreement is told; the article's own text states the rules (held-out 27).
		if (/^(?:\d{1,3}\.\s*)?\^\s/u.test(paragraph.text)) return;
		// "Mr Tobias Renn (Hallow Vale): … is wrong in principle": a member's speech in a debate's
		// record is their view; the minister's states the policy (derivation 16).
		const member = MEMBER_SPEAKS.exec(paragraph.text);
		if (member && !ministers.has(member[1]!)) return;
		// "Seraphine Wraybourne: The Bill will come into force …": a speaker named alone after the
		// first time; a member's words are their view, the minister's label is no word of the claim.
		const label = NAME_LABEL.exec(paragraph.text);
		const speaker = label ? speakers.get(label[1]!) : undefined;
		if (speaker === false) return;
		// A paragraph that reports a disagreement ("is disputed", "not clear"): what one side says
		// there is one side of it, never a settled point (CARDS.md: disagreements as such).
		const disputed = DISPUTE.test(paragraph.text);
		// "Every consignment will attract a flat fee of 3 pellars." followed by "Here the
		// government's own documents diverge. The … memorandum describes the fee as …": the next
		// paragraph disputes what this one says of "the fee" (derivation 16, held-out 17's WRONG card).
		const contested = contestedNouns(article.paragraphs[index + 1]?.text);
		// "[Image: A Valcar unit at Ledra Central. The fleet is to be replaced by 2029. Photo: …]":
		// a caption the cleaner kept as body; none of its sentences is the story's (derivation 10).
		if (/^\[\s*(?:Image|Photo|Picture|Illustration|Graphic|Video|Caption)\b/i.test(paragraph.text))
			return;
		// A list item is read with its lead-in ("Inside the zone, from 1 January 2027:" + "• …"),
		// its own line the evidence (derivation 12).
		const item = listed.get(index);
		if (item === '') return;
		const units = item
			? [{ start: 0, end: paragraph.text.length, text: item }]
			: sentences(paragraph.text);
		// The paragraphs before this one, each on its line: read once per paragraph, not per sentence.
		const prior = article.paragraphs
			.slice(0, index)
			.map((p) => `${p.text}\n`)
			.join('');
		for (const span of units) {
			// A line without a sentence's closing stop is a headline, a byline or a link, not prose.
			if (!SENTENCE_END.test(span.text)) continue;
			// "Today the Committee can only advise.": "today" as "at present", the state the new
			// rule changes, not an event of the article's day (held-out 26's "On 11 June 2026 the
			// Committee can only advise").
			if (NOWADAYS.test(span.text)) continue;
			// Site furniture the cleaner let through: an author box, a sign-up or share prompt.
			if (FURNITURE.test(span.text) || CAPTION.test(span.text)) continue;
			// What the article has said so far: where "the missiles" and "the changes" are named.
			const before = prior + paragraph.text.slice(0, span.end);
			// What the article said before this sentence: where "the same date" is.
			const earlier = prior + paragraph.text.slice(0, span.start);
			// A figure another source gives otherwise: read once per sentence, not once per claim.
			const otherwise = givenOtherwise(span.text, article.paragraphs, index);
			const spoken = speaker && span.start === 0 ? span.text.slice(label![0].length) : span.text;
			// "1) From 1 April 2027, any visit …": a numbered paragraph's number is no word of its
			// claim (held-out 27 blanked "5)").
			const unmarked = span.start === 0 ? spoken.replace(LIST_MARK, '') : spoken;
			const dated = sameDateResolved(unmarked, earlier, reference);
			const it = itResolved(dated, previous);
			// "From 1 July 2026 it applies to …. From 1 January 2027 it applies to …": the same law.
			// Not past a sentence of its own that only lost its list mark ("(1) A local authority may
			// retain …. (2) It shall pay …": derivation 23, the levy was made to pay).
			previous =
				namedSubject(span.text, frame.main, article.title) ?? (it !== dated ? previous : undefined);
			for (const raw of claimsOf(it, reference)) {
				// Unresolved, the claim stays a key fact (its source says which); the quiz skips it.
				// "The Order covers …" where the article defined "the Order": the act's own name.
				const defined = definedIn(raw.text, terms);
				const resolved = resolvedClaim(defined, before, frame.owner);
				// The policies named up to the end of this sentence (a relative clause may name its own).
				let named: Framed | null | undefined = framed(resolved ?? defined, frame, before.length);
				// A pointer the resolver could not place ("the transfer") is not rescued by a possessive.
				if (resolved === null && named && dangles(named.text)) named = undefined;
				// "the bank" → "the Bank of Brennmoor" when the article names exactly one bank (only
				// after the policy's name, whose offsets say what is not asked).
				const plain = named?.text ?? resolved ?? defined;
				// "The order" → "The sobriety monitoring order", as the article introduced it.
				let text = introduced(resolveEntities(plain, entities), earlier);
				let moved = 0;
				while (moved < plain.length && plain[moved] === text[moved]) moved++;
				if (named?.name && text !== plain && moved < named.name.end) text = plain;
				// "The TDSA will …": the acronym spelled out as the article does once (derivation 11).
				text = spelledOut(text, acronyms, named?.name?.end ?? 0);
				// "The FRA may hold a vehicle until Brunholt's fine …": before the policy's name too,
				// its offsets moved with it (derivation 13, held-out 12).
				if (named?.name) {
					const head = text.slice(0, named.name.start);
					const spelled = spelledOut(head, acronyms);
					const delta = spelled.length - head.length;
					if (delta > 0) {
						text = spelled + text.slice(named.name.start);
						named = {
							...named,
							name: { start: named.name.start + delta, end: named.name.end + delta }
						};
					}
				}
				const claim = { ...raw, text };
				const statement = claim.text;
				// Nothing inside the policy's name is asked: it names the card, it is not its point.
				const inName = (m: Mention) =>
					named?.name !== undefined && m.start < named.name.end && m.end > named.name.start;
				// The claim states its date absolutely; the source's words say whether it was worked out.
				const own = sentenceDate(statement, reference);
				const source = sentenceDate(span.text, reference);
				const when = own.date && source.date?.iso === own.date.iso ? source : own;
				// "last year" made absolute ("in 2023") is still last year's figure: background.
				if (/\blast year\b/i.test(span.text) || !admissible(claim, when.date)) continue;
				const found = mentions(statement).filter((m) => !inName(m));
				const value = score(claim, found, when.date);
				if (value === 0) continue;
				chosen.push({
					articleId: article.id,
					statement,
					evidence: evidenceOf(article.id, index, paragraph.text, span),
					kind: kindOf(statement, found, when.date),
					subject: subjectOf(statement),
					mentions: found,
					...(when.date ? { date: when.date } : {}),
					...((when.relative ?? (when.date ? undefined : source.relative))
						? { relativeDate: when.relative ?? source.relative }
						: {}),
					score: value,
					...(named === null ||
					(disputed && (claim.speaker || SAYS.test(span.text))) ||
					contested.some((noun) => new RegExp(String.raw`\b${noun}\b`, 'u').test(statement)) ||
					otherwise ||
					DISPUTE_LINE.test(span.text) ||
					contrary(span.text, paragraph.text.slice(0, span.start)) ||
					footnoteDisputes(span.text, notes)
						? { cardless: true as const }
						: {})
				});
			}
		}
	});
	return chosen;
}

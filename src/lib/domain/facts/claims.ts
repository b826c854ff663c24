/**
 * Atomic claims from a source sentence (issue 13): the points a learner would write on a
 * card by hand. Wire datelines, lead-in adverbs, attribution ("…, the ministry said") and
 * hedges go; clauses and conjoined predicates become claims of their own; relative dates
 * become absolute. The evidence stays the verbatim sentence; only the card's text changes.
 */
import { MONTHS } from '../format';
import { absoluteDates } from './dates';
import { FOOTNOTE_MARKS, verbStarts } from './nlp';
import { escapeRegExp } from '../text';

export const MAX_CLAIM_WORDS = 25;

/** A footnote's mark after a word's stop or comma: "… and whole plants.¹". */
const FOOTNOTE_MARK = new RegExp(String.raw`(?<=[.,;:!?)"”’])[${FOOTNOTE_MARKS}]+`, 'gu');

export interface Claim {
	text: string;
	/** Who the sentence said it (a minister, an official), when attribution was dropped. */
	speaker?: string;
}

/** "BRAKOV (Reuters) - ", "VALDOR CITY, Oct 3 (Valdor Wire) - ". */
const WIRE = /^[\p{Lu}][\p{Lu} .'-]+(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*\([^)]{2,40}\)\s*[-–—]+\s*/u;
/** A provision's number before its text: "(1) ", "(b) ", "2.3 ", "4. ". */
const PROVISION_NUMBER =
	/^(?:(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.\d{1,2}\.?|\d{1,2}\.)\s+)+(?=\p{Lu}|(?<=\)\s+)\p{Ll})/u;
/** A phrase that ends on a date: "from 1 January 2030", "in March". */
const ENDS_ON_DATE = new RegExp(String.raw`(?:\d|${MONTHS.join('|')})$`);
/** The titles a speaker's label opens on in a debate's record: "Mr Kovell:", "Cllr Grieve:". */
export const SPEAKER_TITLE = 'Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor';
/** A speaker's label in a debate's record or a broadcast transcript, before their words. */
const SPEAKER = new RegExp(
	String.raw`^(?:(?:${SPEAKER_TITLE})\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?[\p{Lu}][\p{L}'’-]+|(?:The\s+)?(?:Minister|Secretary of State)\b[^:(]{0,80}|[\p{Lu}][\p{Lu}'’-]+(?:\s+[\p{Lu}][\p{Lu}'’-]+){0,3})(?:\s*\([^)]{1,60}\))?(?:\s*\[[^\]]{1,20}\])?:\s+(?=\p{Lu})`,
	'u'
);
const LEAD_IN =
	/^(?:In fact|Additionally|Meanwhile|However|Moreover|Furthermore|As a result|In addition|Also|Shortly after|In short|In other words|Put simply|Simply put|Basically|Firstly|Secondly|Thirdly|Fourthly|First|Second|Third|Fourth|Finally|Lastly|According to (?:the )?[^,]{2,40}),\s*/i;
const ANONYMOUS =
	/,\s*(?:speaking on (?:the )?condition of anonymity|who asked not to be named)[^,]*,|,\s+the\s+\p{Lu}{2,6},/giu;
const SAY = String.raw`(?:said|says|told\s+[\p{L} ]{2,30}?|added|noted|wrote|reported|confirmed|emphasi[sz]ed|stressed|announced|according\s+to\s+[^,.]{2,60})`;
/** ", Finance Minister Ilena Varga told parliament." — at most eight words of speaker. */
const TRAILING_SAY = new RegExp(
	String.raw`,\s+((?:[\p{L}\p{N}'’.-]+\s+){0,8}?)${SAY}(?:\s+(?:in|on|at|to)\s+[^,.]{2,40})?\s*([.!])?$`,
	'iu'
);
/** "on 3 March 2026", "on Tuesday": when a speaker spoke. */
const ON_DAY = String.raw`(?:\s+on\s+\d{1,2}\s+\p{L}+\s+\d{4}|\s+on\s+\p{L}+)`;
/** Whom someone told: "told the Assembly", never "told of a rise" (derivation 25). */
const TOLD = String.raw`told\s+(?!(?:of|about|to|in|on|by|for|from|with|at)\b)`;
/**
 * "Minister X said (on Tuesday) that …", "X told the Assembly that …", "X announced on Wednesday
 * that …": the speaker before the claim. "announced" only with its "that": "announced new export
 * controls" is the decision itself (derivation 25).
 */
const LEADING_SAY = new RegExp(
	String.raw`^((?:[^,“"]{2,80}?))\s+(?:said|says|confirmed|announced(?=${ON_DAY}?\s+that\b)|emphasi[sz]ed|stressed|noted|${TOLD}[\p{L} ]{2,30}?(?=${ON_DAY}?\s+that\b)|${TOLD}[\p{L} ]{2,20}?)${ON_DAY}?,?\s+(?:that\s+)?`,
	'iu'
);
/** "those weapons", "doing so": words inside a claim that point to an earlier sentence. */
const POINTS_BACK =
	/\b(?:those|these|such)\s+(?:weapons|systems|measures|changes|rules|items|plans)\b|\bdoing so\b|\b(?:extend|renew|repeat|change|raise|lower|cut|double|halve|do)\s+(?:that|this)\s+(?:once|twice|again|further|by)\b/i;

/** "Although X, Y" and "While X, Y": the main clause is the claim; the concession is context. */
const SUBORDINATE =
	/^(?:Although|Though|While|Whereas|Even though)\b[^,]{5,160},\s+(?=[\p{Ll}\p{Lu}])/u;

/** Opens on a word that points back to an earlier sentence: alone it cannot be understood. */
const DANGLING =
	/^(?:If|When|Then|(?:Until|Till)\s+then\b|So far|Instead|Otherwise|How|Whether|Why|As|Because|Although|While|It|Its|They|Their|This|These|That|Those|Such|He|She|Both|Both sides|The (?:move|decision|step|change|shift|measure|ambassador|report|deal|initiative|latest))\b/;

/**
 * "If a home cannot be made safe in time, the landlord must offer …": a condition that says all
 * it needs (a subject and its verb, nothing pointing back) before a rule. Not "If so,", "If
 * approved,", "If it is below, …" (derivation 23, held-out 29 and 30).
 */
function ownCondition(claim: string): boolean {
	const m = /^If\s+([^,]{8,120}),\s+(\p{Ll}[^]*)$/u.exec(claim);
	if (!m) return false;
	const [, condition, rule] = m as unknown as [string, string, string];
	if (
		/\b(?:it|its|they|them|their|this|that|these|those|so|not|such|he|she|him|her|one|there|then|approved|passed|adopted|agreed|confirmed|successful|necessary|needed|required|applicable|appropriate|possible)\b/iu.test(
			condition
		)
	)
		return false;
	// "If the on-site landscaping achieves 6.5 units, the developer must secure 2.3 units": a worked
	// example's figures; a rule's threshold is a bound ("more than 50 staff").
	if (
		/\d/.test(condition) &&
		!/\b(?:more|fewer|less|greater|higher|lower)\s+than\b|\b(?:at least|at most|over|under|above|below|up to|exceeds?|within|before|after|by)\b/iu.test(
			condition
		)
	)
		return false;
	// "If you turn 80 before …, you would get 450": a case told, not a rule.
	if (/\bwould\b/u.test(rule)) return false;
	return (
		verbStarts(condition).length > 0 &&
		/^(?:[\p{L}'’-]+\s+){0,6}?(?:must|will|may|can|cannot|shall|is|are|has|have|gets?|pays?|loses?)\b/u.test(
			rule
		)
	);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentenceOf(text: string): string {
	// A list item's bullet ("- An operator that …") is layout, not a word of the claim.
	const body = text
		.trim()
		.replace(/^[-–—•*]\s+/u, '')
		.replace(/[\s,;:–—-]+$/u, '');
	if (!body) return '';
	return capital(/[.!?]["”’]?$/u.test(body) ? body : `${body}.`);
}

/** A person speaking: a title, a role, or a relative clause about them ("…, who drafted …"). */
const PERSON =
	/\b(?:Minister|President|Secretary|Chancellor|Governor|Mayor|Ambassador|Commissioner|Director|Chair(?:man|woman|person)?|Spokes(?:man|woman|person)|spokes(?:man|woman|person)|official|Mr|Mrs|Ms|Dr|Professor|chief executive|head)\b|,\s*who\b/;

/** Attribution off: the claim, and who said it. */
function unattributed(text: string): Claim {
	let claim = text.replace(ANONYMOUS, '');
	let speaker: string | undefined;
	const trailing = TRAILING_SAY.exec(claim);
	if (trailing && verbStarts(claim.slice(0, trailing.index)).length > 0) {
		speaker = trailing[1]?.trim() || trailing[0].replace(/^,\s*/, '').trim();
		claim = `${claim.slice(0, trailing.index)}.`;
	}
	const leading = LEADING_SAY.exec(claim);
	if (leading && !/^(?:The|A|An)$/.test(leading[1] ?? '')) {
		let rest = claim.slice(leading[0].length);
		if (verbStarts(rest).length > 0) {
			// "The Labour Ministry has said it will consult": the speaker without its "has".
			const who = (leading[1] ?? '')
				.replace(/\s+on\s+\p{L}+$/u, '')
				.replace(/\s+(?:has|have|had)$/u, '');
			// "The government said it would impose" → "The government will impose".
			const own = /^(?:it|they)\s+(would|will|had|has|have|is|are|was|were|plans?)\b\s*/i.exec(
				rest
			);
			// "Interior Minister Giulia Santoro, who drafted the law, said it would take effect …": a
			// person's "it" is what they spoke of, never the person (derivation 10).
			if (own && !PERSON.test(who)) {
				const aux = own[1]!.toLowerCase();
				const verb = aux === 'would' ? 'will ' : aux === 'had' ? '' : `${own[1]} `;
				rest = `${who} ${verb}${rest.slice(own[0].length)}`;
			} else if (own) {
				const aux = own[1]!.toLowerCase();
				const verb = aux === 'would' ? 'will ' : aux === 'had' ? '' : `${own[1]} `;
				rest = `${capital(own[0].trim().split(/\s+/)[0]!)} ${verb}${rest.slice(own[0].length)}`;
				speaker = who;
			} else speaker = who;
			claim = rest;
		}
	}
	return { text: claim, ...(speaker ? { speaker } : {}) };
}

/** The next items of a list: a few words, then "and" or "or" ("air filtration and …"). */
const LIST_GOES_ON = /^(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:and|or)\s/u;

/**
 * ", which can be used to shoot down drones and warplanes, ": an aside, unless a list goes on
 * after it, or a phrase of the aside's own follows ("…, which shall set out how often food is
 * collected, not less than twice a week"; derivation 13).
 */
const WHICH_ASIDE = new RegExp(
	String.raw`,\s+which\s+[^,]{3,80},\s+(?=\p{Ll})(?!(?:not|at least|at most|no more|no less|up to|twice|once|every|each)\b)(?!${LIST_GOES_ON.source.slice(1)})`,
	'u'
);

/** A modal or an auxiliary: the words before an aside that has one are a clause, not a subject. */
const AUXILIARY = /\b(?:shall|must|will|would|may|can|is|are|was|were|has|have|had)\b/;

/** "The budget, presented on 5 February 2025, plans …" → two claims; likewise "X, which …, …". */
function appositives(text: string): string[] {
	const participle =
		/^((?:The|A|An|\p{Lu})[^,]{1,50}?),\s+((?:first\s+)?(?:\p{Ll}+ed|signed by|led by)\s+(?:by|on|in|at|from|under)\b[^,]{2,60}),\s+(\p{Ll}.+)$/u.exec(
			text
		);
	// Not when the part before the comma is a clause ("Importers will need a quota licence,
	// issued by the BTRO on …"; derivation 13).
	if (participle && !AUXILIARY.test(participle[1]!) && !/\bneeds?\b/.test(participle[1]!)) {
		const [, subject, phrase, rest] = participle;
		// "Containers in transhipment, moved from ship to ship …, are exempt": a plural's "were".
		// "The … Regulations, approved by parliament in November, apply …": a verb without an "s"
		// after a subject in "s" is a plural's too (derivation 17: "Regulations was approved").
		const plural =
			(/^(?:are|were|have|need|face|must\s+\S+)\b/.test(rest!) ||
				(/[^s]s\)?$/.test(subject!) && /^\p{Ll}+[^s\s]\s/u.test(rest!))) &&
			!/^(?:is|was|has)\b/.test(rest!);
		// "Under the Criminal Justice Act, signed into law on Friday, a judge can …": the name
		// after the preposition was signed; the rule keeps its frame and its comma (derivation 22).
		const framed = /^(?:Under|In|With|From|By)\s+(\p{Ll}+\s+\p{Lu}.*)$/u.exec(subject!);
		if (framed)
			return [
				`${capital(framed[1]!)} ${plural ? 'were' : 'was'} ${phrase}.`,
				`${subject}, ${rest}`
			];
		return [`${subject} ${plural ? 'were' : 'was'} ${phrase}.`, `${subject} ${rest}`];
	}
	const relative =
		/^((?:The|\p{Lu})[^,]{1,60}?),\s+(?:which|who)\s+([^,]{4,80}),\s+(\p{Ll}.+)$/u.exec(text);
	// Not when what follows the second comma goes on the clause's list ("…, which covers blast
	// resistance, air filtration and emergency lighting."; derivation 12).
	// Nor when the part before the comma is a clause, not its subject ("The offer shall be made
	// under a written agreement, which shall set out …"; derivation 13).
	if (relative && !LIST_GOES_ON.test(relative[3]!) && !AUXILIARY.test(relative[1]!)) {
		const [, subject, clause, rest] = relative;
		return [`${subject} ${clause}.`, `${subject} ${rest}`];
	}
	return [text];
}

const ING_TO_BASE: [RegExp, string][] = [
	// "adding" → "add", "erring" → "err": a base that ends doubled.
	[/^(add|err|ebb|odd)ing$/, '$1'],
	[/([bdgmnprt])\1ing$/, '$1'],
	[/(ir|ac|uc|at|iz|is|id|ak|us|bl|ng|rv|ur|as|ov|ad|nc|rc|ag)ing$/, '$1e'],
	[/ing$/, '']
];
/** "lowering" → "lowers"/"lower", agreeing with a subject whose head is `plural`. */
function finite(gerund: string, plural: boolean): string {
	const rule = ING_TO_BASE.find(([pattern]) => pattern.test(gerund))!;
	const base = gerund.replace(rule[0], rule[1]);
	if (plural) return base;
	return /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
}

/** The noun phrase ending a text, from its last article: "a windfall tax on energy producers". */
function lastNounPhrase(text: string): string | undefined {
	const match = /\b(?:a|an|the|its|new)\s+([^,]{2,60})$/i.exec(text);
	if (!match || /\b(?:a|an|the)\b/i.test(match[1]!)) return undefined;
	return match[1];
}

/**
 * Trailing participle and relative clauses that carry their own point become claims on their own:
 * "…announced new export controls, requiring licences" → "The new export controls require licences";
 * "…a windfall tax on energy producers, which rises to 40 percent" → "The windfall tax … rises …".
 */
function trailingClauses(text: string): string[] {
	const clause = /,\s+(?:(which|that)\s+(\p{Ll}+)|(\p{Ll}+ing))\s+([^,]+(?:,\s+[^,]+)?)[.]$/u.exec(
		text
	);
	if (
		!clause ||
		// "lists the levy at 10%, rising to 12% from 1 June 2027": what rises is the amount, not
		// the subject (held-out 14).
		/^(?:includ|follow|accord|regard|concern|exclud|start|begin|amount|involv|ris|fall|increas|decreas|climb|dropp|go|reach|doubl|halv|grow|eas|tighten|mov|return|revert|peak)ing$/.test(
			clause[3] ?? ''
		)
	) {
		// "…has recommended changes that would authorize sales …" → "The changes would authorize sales …".
		const modal =
			/\s+(\p{Ll}+)\s+(?:that|which)\s+((?:would|will|could|can|may)\s+[^,]+)[.]$/u.exec(text);
		if (modal && /s$/.test(modal[1]!) && verbStarts(text.slice(0, modal.index)).length > 0)
			return [
				`${text.slice(0, modal.index + modal[0].indexOf(modal[1]!) + modal[1]!.length)}.`,
				`The ${modal[1]} ${modal[2]}.`
			];
		return [text];
	}
	const head = text.slice(0, clause.index);
	// "… has declared an Avian Influenza Prevention Zone, an AIPZ, covering the whole of …": after
	// an appositive the participle says what the thing just named does, not the subject (held-out
	// 24: "The Board covers the whole of Nallowyn").
	const appositive = head.split(/,\s+/).at(-1) ?? '';
	if (
		clause[3] &&
		head.includes(', ') &&
		/^(?:a|an|the)\s/i.test(appositive) &&
		verbStarts(appositive).length === 0
	)
		return [text];
	// "will send their first reports, covering calendar year 2028, by 31 January 2029": a
	// participle set in commas inside the main clause, which goes on after it (held-out 28's
	// "platforms cover calendar year 2028, by …").
	if (
		clause[3] &&
		/,\s+(?:by|before|until|from|on|in|at|to|with|for|within)\s/u.test(clause[4] ?? '')
	)
		return [text];
	// ", packaging of goods that are exported": a noun in -ing (a list item), not a participle.
	if (clause[3] && /^(?:of|for)\b/.test(clause[4] ?? '')) return [text];
	// "destroy unsold clothing, clothing accessories and footwear": a word in -ing the sentence
	// already used as a noun, or one before a plural and "and", is a list's item (derivation 22,
	// held-out 30: "Large businesses cloth accessories and footwear" was a claim).
	if (
		clause[3] &&
		(new RegExp(String.raw`\b${clause[3]}\b`, 'u').test(head) ||
			/^\p{Ll}+s\s+(?:and|or)\s/u.test(clause[4] ?? ''))
	)
		return [text];
	// "in schools, sports venues, shopping centres, stations and large workplaces": a list's item
	// in -ing between two others, not a participle clause (held-out 22: "The Act shops centres").
	if (
		clause[3] &&
		/,\s+[^,]{1,40}$/u.test(head.slice(verbStarts(head)[0]?.start ?? head.length)) &&
		/^[^,]{1,40},\s+[^,]*\b(?:and|or)\s/u.test(clause[4] ?? '')
	)
		return [text];
	// "From 1 March 2027, shops, cafés, vending machines and … may not sell …": a list of
	// subjects whose verb follows, not a participle clause after a main clause (derivation 13).
	const own = (clause[4] ?? '').split(/\b(?:that|which|who|whom|said|says)\b/)[0]!;
	if (clause[3] && /\b(?:may|must|can|cannot|shall|will|are|is|were|was)\b/.test(own))
		return [text];
	if (clause[3]) {
		// A participle clause says what the sentence's subject does by it.
		const first = verbStarts(head)[0];
		const subject = first ? subjectOf(head.slice(0, first.start)) : '';
		if (!subject || words(subject) > 6) return [text];
		const plural = /[^s]s$/.test(subject.split(/\s+/).at(-1) ?? '');
		return [`${head}.`, `${subject} ${finite(clause[3], plural)} ${clause[4]}.`];
	}
	const verb = clause[2] ?? '';
	// "…will go into a Sawmill Modernisation Fund, which will pay grants …": a name before the
	// clause is what it is about (held-out 14).
	const name =
		/\b(?:a|an|the)\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Fund|Agency|Office|Authority|Board|Commission|Council|Service|Scheme|Programme|Program|Register|Registry|Tribunal|Court|Bank|Unit|Body|Committee|Regulator|Inspectorate|Ombudsman))$/u.exec(
			head
		);
	if (name && /^(?:will|would|can|may|must|shall)$/.test(verb))
		return [`${head}.`, `The ${name[1]} ${verb} ${clause[4]}.`];
	if (/^(?:would|will|could|can|may)$/.test(verb)) {
		// ", which would allow …" after "discuss changes to X": the object of the last verb is meant.
		const last = verbStarts(head)
			.filter(
				(v) =>
					!/^\s*(?:on|of|for|to|in|from|with|by|at)\b/.test(head.slice(v.start + v.text.length))
			)
			.filter((v) => v.start + v.text.length < head.length - 12)
			.at(-1);
		const object =
			last &&
			/^\S+\s+(?!(?:on|of|for|to|in|from|with|by|at)\b)([^,]{3,60})$/u.exec(
				head.slice(last.start)
			)?.[1];
		if (
			!object ||
			(/^(?:a|an|the|it|its|them)\b/i.test(object) === false && !/^\p{Ll}+s\b/u.test(object))
		)
			return [text];
		return [`${head}.`, `The ${object.replace(/^(?:a|an|the)\s+/i, '')} ${verb} ${clause[4]}.`];
	}
	const phrase = lastNounPhrase(head.replace(/\s+(?:on|in)\s+\d{1,2}\s+\p{L}+\s+\d{4}$/u, ''));
	if (!phrase) return [text];
	const nouns = phrase.split(/\s+/);
	const preposition = nouns.findIndex((w) => /^(?:on|of|for|to|in|from|with)$/.test(w));
	const headNoun = (preposition > 0 ? nouns[preposition - 1] : nouns.at(-1)) ?? '';
	if (
		!/^(?:is|are|was|were|has|have|\p{Ll}+s)$/u.test(verb) ||
		(/[^s]s$/.test(headNoun) !== /^(?:are|were|have)$/.test(verb) &&
			/^(?:is|are|was|were|has|have)$/.test(verb))
	)
		return [text];
	return [`${head}.`, `The ${phrase} ${verb} ${clause[4]}.`];
}

/** A subject as it can open a claim: adverbs of time and dates left out. */
function subjectOf(text: string): string {
	return text
		.trim()
		.replace(/,$/, '')
		.replace(/^(?:In|On|By|Since|After|Before)\s+[^,]+,\s+/u, '')
		.replace(/\s+(?:on|in)\s+\d{1,2}\s+\p{L}+\s+\d{4}$/u, '')
		.replace(/\s+(?:also|now|today)$/u, '')
		.trim();
}

/** "Transfers remain prohibited when A, or when B" → one claim per condition. */
function alternatives(text: string): string[] {
	const match = /^(.+?)\s+(when|if|where|unless)\s+(.+?),?\s+or\s+\2\s+(.+)$/u.exec(text);
	if (!match || verbStarts(match[1]!).length === 0) return [text];
	const [, head, word, first, second] = match;
	return [`${head} ${word} ${first}.`, `${head} ${word} ${second}`];
}

/** A permission's modal and its negation: "can" → "cannot", "will still be able to" → "will not be able to". */
const PERMITTED: [RegExp, string][] = [
	[/^will (?:still )?be able to$/u, 'will not be able to'],
	[/^can(?: still)?$/u, 'cannot'],
	[/^may(?: still)?$/u, 'may not'],
	[/^(is|are) (?:still )?(allowed|permitted) to$/u, '$1 not $2 to']
];

/**
 * "Landlords will still be able to take a property back if they want to sell it or move in
 * themselves, but not during the first 12 months of a tenancy": the exception is a rule of its
 * own, true whatever the condition ("Landlords will not be able to take a property back during the
 * first 12 months of a tenancy"); the permission without its exception would not be (derivation
 * 22, held-out 27). Null when the sentence is not of that shape.
 */
function exceptedNot(text: string): string | null {
	const m =
		/^((?:(?:Under|In|From)\s[^,]{2,100},\s+)?\p{L}[^,]{2,80}?)\s+(will (?:still )?be able to|can(?: still)?|may(?: still)?|(?:is|are) (?:still )?(?:allowed|permitted) to)\s+([^,]{3,120}?)(?:\s+(?:if|when|where|provided)\s[^,]{3,120})?,\s+but\s+not\s+((?:during|before|after|within|in|on|for|until|from|outside|more than|earlier than|later than)\s[^,]{3,80}\.)$/u.exec(
			text
		);
	if (!m) return null;
	const [, subject, modal, verb, when] = m;
	const rule = PERMITTED.find(([pattern]) => pattern.test(modal!));
	if (!rule || verbStarts(verb!).length === 0) return null;
	return `${subject} ${modal!.replace(rule[0], rule[1])} ${verb} ${when}`;
}

/** Plural nouns of people that do not end in "s". */
export const PLURAL_PEOPLE = /^(?:people|children|men|women|staff|police)$/i;

/** "Carvela's levy on soft drinks": one levy; "Producers and importers", "Tenants who …": many. */
function pluralSubject(subject: string): boolean {
	if (/\s(?:and|or)\s/u.test(subject.split(/\s+(?:who|that|which|whose)\s/u)[0]!)) return true;
	const head =
		subject
			.split(/\s+(?:of|on|for|in|from|with|to|by|at|under|who|that|which|whose|across)\s|,/u)[0]!
			.trim()
			.split(/\s+/)
			.at(-1) ?? '';
	return /[^s]s$/iu.test(head) || PLURAL_PEOPLE.test(head);
}

/** Two clauses joined by "and"/"but"/"while" become two claims; a shared subject is repeated. */
function conjuncts(text: string): string[] {
	// "The Agency recommends, but does not require, a short awareness session": two verbs that
	// share the object after them; each claim gets it (held-out 22: "does not require, a short
	// awareness session" was a card).
	const shared =
		/^(.+?\s)(\p{Ll}+s),\s+but\s+((?:does|do|will|may|must|can|did)\s+not\s+\p{Ll}+),\s+(\p{Ll}.+)$/u.exec(
			text
		);
	if (shared) {
		const [, subject, verb, negated, object] = shared;
		return [`${subject}${verb} ${object}`, `${subject}${negated} ${object}`];
	}
	// "The Agency can fine a retailer … and, for repeat offenders, ban a shop …": the second verb's
	// own circumstance between commas; the second claim keeps it after its modal ("The Agency can,
	// for repeat offenders, ban a shop …"), and the first never gets it (derivation 22).
	const interposed =
		/^(.+?)\s+and,\s+((?:for|in|on|after|where|if|from|within|once|unless|when)\s[^,]{2,50}),\s+(\p{Ll}+\s.+)$/u.exec(
			text
		);
	if (interposed && !/^if\s+(?:so|not|none|any)\b/u.test(interposed[2]!)) {
		const [, head, phrase, tail] = interposed;
		const parts = conjuncts(`${head}, and ${tail}`);
		const modal = /^(.+?\b(?:must|may|can|cannot|will|shall)(?:\s+not)?)\s+(?=\p{Ll})/u.exec(
			parts[1] ?? ''
		);
		if (parts.length === 2 && modal && parts[1]!.endsWith(tail!))
			return [parts[0]!, `${modal[1]}, ${phrase}, ${parts[1]!.slice(modal[0].length)}`];
		return [text];
	}
	// Not "aged 75 and over", "and above", "and older": one bound, not two clauses.
	const joint =
		/(?:,\s+(?:and|but|while|whereas|though|although)|\s+and(?!\s+(?:over|above|older|under|below|younger)\b)|;)\s+/g;
	// No joint, nothing to split: the verbs (a tagging) are not needed.
	if (!joint.test(text)) return [text];
	joint.lastIndex = 0; // test() on a global pattern moves it; matchAll below starts from there
	let verbs = verbStarts(text);
	// "social media platforms and ad networks with more than 1 million users must offer …": a
	// plural noun the tagger took for a verb, before the subject's own modal with no "and" between
	// (held-out 20: "social media platforms and ad must remove" was a card).
	const modal = verbs.find((v) => /^(?:must|may|will|shall|can|cannot|should)\s/.test(v.text));
	// "Importers and exporters with a clean customs record will …": a noun after its article
	// the tagger took for a verb (derivation 23, held-out 29).
	if (
		verbs[0] &&
		modal &&
		modal !== verbs[0] &&
		((/^\p{Ll}+s$/u.test(verbs[0].text) &&
			/\band\s+\p{Ll}+\s+$/u.test(text.slice(0, verbs[0].start))) ||
			(/^\p{Ll}+$/u.test(verbs[0].text) &&
				/^\p{Lu}[^,;]*\s(?:a|an|the|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(
					text.slice(0, verbs[0].start)
				) &&
				verbs.indexOf(modal) === 1 &&
				/^\S+\s+$/u.test(text.slice(verbs[0].start, modal.start)))) &&
		!/(?:,|\band|\bor|\bbut)\s+$/.test(text.slice(0, modal.start))
	)
		verbs = verbs.filter((v) => v.start >= modal.start);
	const first = verbs[0];
	if (!first) return [text];
	/** A verb group's first word: "will" of "will close". */
	const lead = (v: { text: string }) => (v.text.split(/\s+/)[0] ?? '').replace(/[,.;:]+$/u, '');
	let subject = subjectOf(text.slice(0, first.start));
	// "People who breed fewer than three litters and do not sell … will not need a licence": the
	// "and" joins the subject's own conditions; the clauses start at its main verb (derivation 12:
	// one condition dropped made held-out 10's WRONG card).
	let main = first.start;
	if (/\b(?:who|that|which)\s+$/.test(text.slice(0, first.start))) {
		const finite = verbs.find(
			(v) =>
				v.start > first.start &&
				/^(?:will|must|may|can|cannot|shall|would|should|need|needs|face|faces|pay|pays|lose|loses|is|are|has|have|remain|remains|get|gets|receive|receives)\b/.test(
					v.text
				)
		);
		// A comma's "and" before it: the tagger missed the main verb ("… face fines, and …").
		// Unless the condition's ", and …," closes before it: "Farms that keep rabbits for meat, and
		// sell the skins as a by-product, are not covered" (derivation 13, held-out 13).
		const between = text.slice(first.start, finite?.start ?? 0);
		if (
			finite &&
			(!/,\s+(?:and|but|while)\s|;/.test(between) || /,\s+and\s[^,;]+,\s+$/.test(between))
		) {
			main = finite.start;
			subject = subjectOf(text.slice(0, main));
		}
	}
	for (const match of text.matchAll(joint)) {
		const at = match.index + match[0].length;
		if (at <= main) continue;
		const next = verbs.find((v) => v.start >= at);
		if (!next) continue;
		const head = text.slice(0, match.index);
		const tail = text.slice(at);
		// "You have to apply …, while your student permit is still valid": "while" of time, a
		// condition of the rule; alone it would say the permit is valid (derivation 22).
		if (
			/^,\s+while\s+$/.test(match[0]) &&
			/^[^,.;]*\b(?:still|valid|in force|open|pending|in progress|under way)\b/u.test(tail)
		)
			continue;
		// "can get the pay if you have worked … for 26 weeks and earn at least 130 a week": the
		// "and" joins the condition's two parts; either alone would be a false claim (derivation 22).
		if (
			!match[0].includes(',') &&
			!/^(?:must|may|will|can|cannot|shall|should)$/i.test(lead(next)) &&
			/\b(?:if|unless|provided|providing|as long as|so long as|where|when)\s[^,;]*$/u.test(
				text.slice(first.start, match.index)
			)
		)
			continue;
		// "applies only to A, B, and C": the list is the point; a part of it would be false.
		// Not a clause with its own subject and modal after a comma's "and" ("Rent can be raised
		// only once a year, …, and tenants who think … can challenge it": derivation 22).
		if (
			/\b(?:only|exclusively)\b/i.test(text.slice(first.start, match.index)) &&
			!verbs.some((v) => v.start === at) &&
			!(
				/^,\s+(?:and|but)\s+$/.test(match[0]) &&
				/^(?:[\p{L}'’-]+\s+){1,8}?(?:(?:who|that|which)\s[^,]{3,80}?\s)?(?:can|cannot|must|may|will|shall)\s+(?:not\s+)?\p{Ll}/u.test(
					tail
				)
			)
		)
			return [text];
		// "developed by the United States and produced by Raytheon": one passive, not two claims.
		if (/^\p{Ll}+ed\s+by\b/u.test(tail)) continue;
		// "covering passenger numbers, car use and costs, by 30 June 2028": the last item of a
		// list, a noun the tagger read as a verb, with no object of its own (held-out 22: "The
		// Ministry will costs" was a card).
		if (next.start === at && /^[\p{L}-]+[,.;]/u.test(tail) && /,\s+[^,]{1,40}$/u.test(head))
			continue;
		if (next.gerund) {
			// "published a law banning A and raising B": the second gerund takes the first's place.
			const earlier = verbs.find((v) => v.gerund && v.start > first.start && v.start < match.index);
			if (next.start === at && earlier && !match[0].includes(','))
				return [head, text.slice(0, earlier.start) + tail];
			continue;
		}
		// "a budget that raises A and freezes B": the second verb belongs to the budget.
		const relative =
			/\b(?:a|an|the|its|their)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+)\s+(?:that|which)\s+[^,]*$/u.exec(
				head.slice(first.start)
			);
		// But "Duskmere will cut the value of goods that travellers can bring … and will close …":
		// the main verb's own auxiliary again is the main clause's (derivation 18, held-out 19).
		const repeated =
			lead(next).toLowerCase() === lead(first).toLowerCase() &&
			/^(?:will|would|must|may|can|shall|should|has|have|is|are)$/i.test(lead(next));
		if (next.start === at && relative && !repeated)
			return [head, ...conjuncts(`The ${relative[1]} ${tail}`)];
		// "asked allies to help bolster stockpiles and send ammunition": "send" belongs to the infinitive.
		// Only a "to" before a verb: "fit monitors to every overflow … and publish …" is two duties
		// (derivation 17).
		const bare = !/(?:s|ed)$/.test(lead(next));
		const infinitive = [
			...text.slice(first.start, match.index).matchAll(/\bto\s+(?=\p{Ll})/gu)
		].some((m) => verbs.some((v) => v.start === first.start + m.index + m[0].length));
		// A modal is no infinitive's verb: "will be able to pay duty once a month and will have …"
		// is two claims (derivation 23, held-out 29).
		// Only after the subject's own modal: "Installers found to have claimed grants … will be
		// removed … and must repay": the subject runs past its first verb, which no split may cut.
		// "An offender who breaches the order will be brought back …", "A holding deposit, paid to
		// …, is capped …": the main verb after the subject's own clause or aside.
		const mainLead = lead(verbs.find((v) => v.start === main) ?? first);
		const modalNext =
			/^(?:will|must|may|can|cannot|shall|should|would)$/i.test(lead(next)) &&
			(/^(?:will|must|may|can|cannot|shall|should|would|is|are)$/i.test(mainLead) ||
				/^[^,]{3,60},\s+\p{Ll}+ed\b[^,]*,\s+(?:is|are|will|must|may|can)\b/u.test(text));
		if (next.start === at && bare && infinitive && !modalNext) continue;
		// "can order lenders … to refund interest and charges to the customers affected": after an
		// infinitive, "and" before a word in "-s" joins its objects; a verb would be bare ("and
		// charge"). "The Authority charges to the customers affected" was made of it (derivation 22).
		if (next.start === at && infinitive && /[^s]s$/.test(lead(next)) && !match[0].includes(','))
			continue;
		// "a tactile voting device for blind and partially sighted voters": an adjective in "-ed"
		// after its adverb, before its noun, not a clause (derivation 22).
		if (
			/^\p{Ll}+ly\s+\p{Ll}+(?:ed|en)\s+(?!(?:by|to|in|on|at|from|the|a|an|for|with|as|into|under|over)\b)\p{Ll}+[.,;]?(?:\s|$)/u.test(
				tail
			)
		)
			continue;
		// "…, but only savings above 16,000 pelgars count": "only" before the clause's own subject,
		// its verb later in the clause; no shared subject ("Cash savings can only savings …" was
		// made of it, derivation 22).
		const clauseEnd = text.indexOf(', ', at);
		// Likewise "Exports to Kasmora are banned, while exports to Velt remain allowed": the word
		// the subject was made of is a noun again, not the subject's verb.
		const word = lead(next)
			.toLowerCase()
			.replace(/[^\p{L}\p{N}'’-]/gu, '');
		const noun =
			word === 'only' ||
			(word.length > 2 &&
				new RegExp(String.raw`\b${word}\b`, 'u').test(text.slice(0, first.start).toLowerCase()));
		if (
			next.start === at &&
			noun &&
			verbs.some((v) => v.start > next.start && (clauseEnd < 0 || v.start < clauseEnd))
		)
			return [head, ...conjuncts(capital(tail))];
		if (next.start === at) {
			// "exempts A, B, and transport packaging used …": a list's last item, not a clause; a
			// second verb of the same subject agrees with the first ("exempts …, and covers …").
			const aux = /^(?:is|was|has|does|will|would|must|may|might|can|could|shall|should|had|did)$/i;
			if (
				/[^s]s$/.test(lead(first)) &&
				!aux.test(lead(first)) &&
				!/s$/.test(lead(next)) &&
				!aux.test(lead(next))
			)
				continue;
			// "must publish a review of the levy's effect on sugar consumption and prices three years
			// after …": after a modal, a verb in "-s" is a noun of the list, not the subject's second
			// verb, which would be bare (derivation 25, held-out 2: "The Health Ministry prices").
			if (
				/^(?:must|may|can|cannot|will|shall|should|would)$/i.test(lead(first)) &&
				/[^s]s$/.test(lead(next)) &&
				/^\S+\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)/u.test(tail) &&
				!match[0].includes(',')
			)
				continue;
			// "… take effect on 1 April 2024, and cover furnaces …": the subject is shared.
			// A subject that says who with its own conditions ("Small producers with fewer than 10
			// employees and annual turnover under 2 million corra") is still one subject.
			if (!subject || words(subject) > 14) continue;
			// "must be written in the club's log and reported to the Register within 48 hours": the
			// second participle keeps the first one's "must be" (derivation 25, held-out 31 had
			// "Every suspected concussion reported to …").
			const passive =
				/^\p{Ll}+(?:ed|en)$/u.test(lead(next)) &&
				/^\S+\s+(?:to|by|in|on|at|with|within|for|from|into|under|before|after|as|once|every|each|only)\b/u.test(
					tail
				)
					? /^((?:must|may|can|cannot|will|shall|should)(?:\s+not)?\s+be)\s+\p{Ll}+(?:ed|en)\b/u.exec(
							text.slice(first.start)
						)?.[1]
					: undefined;
			if (passive) return [head, ...conjuncts(`${subject} ${passive} ${tail}`)];
			// "Utilities must fit … and publish …": the bare verb keeps the first one's modal
			// (derivation 17). Not a clause that leans on the first ("… hand in phones … and get
			// them back", "… carry out noise monitoring … and publish the results"), a fronted
			// condition for a subject ("Where a reservist is called out, the employer must …"), nor a
			// noun the tagger read as a verb ("a review of the levy's yield and effect on …").
			// Not before "are", "were" or an auxiliary "have": "customers must ring … and are often
			// passed …" is no "must are" (derivation 22).
			const modal =
				bare &&
				!aux.test(lead(next)) &&
				!/^(?:can|cannot|need|ought|are|were)$/i.test(lead(next)) &&
				!/^have\s+\p{Ll}+(?:ed|en)\b/u.test(tail)
					? /^((?:must|may|can|cannot|will|shall|should)(?:\s+not)?)(?:\s|$)/.exec(first.text)?.[1]
					: undefined;
			if (
				/^(?:where|when|if|unless|once|after|before|while|although|because|since|as)\b/i.test(
					subject
				) ||
				(modal &&
					(/^\S+\s+(?:it|them)\b/i.test(tail) ||
						/^\S+\s+the\s+[\p{L}-]+\.$/u.test(tail) ||
						/['’]s\s+\p{Ll}+$/u.test(head)))
			)
				continue;
			// "will review the limit in 2032 and may raise it by regulations": the second verb's "it" is
			// the first one's object, when that is one thing by "the" (derivation 23).
			const object =
				!modal &&
				/^(?:must|may|can|cannot|will|shall)\s+(?:not\s+)?(?:raise|lower|cut|increase|reduce|change|extend|spend|keep|use|sell|return|repay|refund|display|publish|update|adjust|index)\s+it\b/u.test(
					tail
				)
					? new RegExp(
							String.raw`^${escapeRegExp(first.text)}\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?<!s))(?=\s+(?:in|on|by|from|at|every|each|before|after|until|once)\b|,|$)`,
							'u'
						).exec(head.slice(first.start))?.[1]
					: undefined;
			const own = object ? tail.replace(/^(\S+\s+(?:not\s+)?\S+\s+)it\b/u, `$1${object}`) : tail;
			return [head, ...conjuncts(`${subject} ${modal ? `${modal} ` : ''}${own}`)];
		}
		// "…, and aim to deploy it": a verb the tagger missed, with the shared subject.
		if (/^\p{Ll}+\s+to\s+$/u.test(text.slice(at, next.start)) && subject && words(subject) <= 8)
			return [head, ...conjuncts(`${subject} ${tail}`)];
		// A clause with its own subject: ", and electric vehicles are exempt …".
		// "…can be registered, but the registration cannot be transferred": "the registration" is
		// the one just named (those homes'), not every one; no claim of its own (derivation 10).
		const pointing = /^the\s+([\p{L}-]+)/iu.exec(tail);
		if (pointing && head.toLowerCase().includes(pointing[1]!.toLowerCase().slice(0, 6))) continue;
		if (match[0].includes(',') || match[0].includes(';'))
			if (words(text.slice(at, next.start)) <= 6) {
				// Not "You now need to tell the RPIA …, and it can refuse …": "it" is never "you"
				// (derivation 22: "you can refuse" was made of it).
				// Nor "they" for one thing: "The levy … is paid by producers and importers, …, and they
				// must file returns" (derivation 23: the levy was made to file them).
				const pronoun = /^(it|they)\s+/i.exec(tail)?.[1]?.toLowerCase();
				const own =
					pronoun &&
					subject &&
					!/^(?:you|we|I)\b/iu.test(subject) &&
					(pronoun === 'it') !== pluralSubject(subject)
						? tail.replace(/^\S+/, subject)
						: tail;
				return [head, ...conjuncts(capital(own))];
			}
	}
	return [text];
}

/** Phrases a claim can lose and still say its point: examples, circumstances, asides. */
const ASIDE =
	/,\s+(?:including|in time for|after|following|amid|as|with|while|which|who|a move|both|up|down|the\s+\w+\s+said)\b[^,]*(?=[.]$)/iu;
const FRONTED =
	/^(?:Except for|Following|After|Under|With|As part of|Amid|Since|Despite)\b[^,]{3,90}(?:,\s+(?:such as|like|including)\s+[^,]{2,60}|,\s+(?:signed|passed|approved|adopted|published|announced|agreed|made|laid)\b[^,]{2,60})?,\s+/u;

/** "packaging of goods that are exported": a noun phrase, its only verbs in a relative clause. */
function nounPhrase(text: string): boolean {
	const verb = verbStarts(text)[0];
	return !verb || /\b(?:that|which|who)\s+$/.test(text.slice(0, verb.start));
}

/** A claim cut to the card's length: asides first, then a fronted phrase; too long → null. */
function shortened(text: string): string | null {
	let claim = text.replace(/\s+\((?:[\p{Lu}]{2,8})\)/gu, '');
	// Derivation 17: an aside between dashes ("a retention offer — a discount to stay — but only
	// once", "a list of approved methods — ID checks … are expected to be on it — by 1 October"),
	// or an example between commas ("The total price …, including sports kit, must not exceed
	// 120 dinnets"), goes before anything the claim says.
	if (words(claim) > MAX_CLAIM_WORDS)
		claim = claim.replace(/\s+[—–]\s+[^—–]{2,160}?\s+[—–]\s+/gu, ' ');
	// "… anywhere in Gessamy — garden centres, market stalls and social media included.": a closing
	// aside that lists what the rule already says (derivation 19, held-out 21).
	if (words(claim) > MAX_CLAIM_WORDS)
		claim = claim.replace(
			/\s+[—–]\s+[^—–]{2,160}?\s+(?:included|including|for example|among them|alike)\.$/u,
			'.'
		);
	if (words(claim) > MAX_CLAIM_WORDS)
		claim = claim.replace(
			/,\s+(?:including|such as|for example|e\.g\.)\s+[^,]{2,80},\s+(?=\p{Ll})/gu,
			' '
		);
	// "… to hold or use a handheld phone, or any other handheld device that can send or receive
	// data, while driving …": an alternative that widens the rule; the rule stays true of what is
	// left (derivation 24, held-out 34's core rule had no claim).
	if (words(claim) > MAX_CLAIM_WORDS)
		claim = claim.replace(/,\s+(?:or|and)\s+any\s+other\s+[^,]{2,100},\s+(?=\p{Ll})/gu, ' ');
	// "… replaces the itemised deduction for home-office costs, which required employees to keep
	// receipts for heating, electricity and internet and …": a closing "which" clause about the
	// object, commas and all; the clause before it stays true (derivation 23, held-out 29).
	if (words(claim) > MAX_CLAIM_WORDS) {
		const which = /,\s+which\s+(?:\p{Ll}+ed|is|are|was|were|has|have|had)\s[^;:]*\.$/u.exec(claim);
		const head = which && claim.slice(0, which.index);
		if (head && words(head) >= 6 && words(head) <= MAX_CLAIM_WORDS && verbStarts(head).length > 0)
			claim = `${head}.`;
	}
	// "… will get 40% off their bills from next April under a national scheme announced on
	// Tuesday.": a news lead's closing "under a <measure> …" says where the rule comes from, which
	// the card's headline says; the rule stays true without it (derivation 23, held-out 29 and 30).
	if (words(claim) > MAX_CLAIM_WORDS)
		claim = claim.replace(
			/,?\s+under\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(?:measure|scheme|code|programme|program|plan|law|bill|order|regulations|rules|policy|package|reform|decree|budget)\s+(?:(?:in|of|for|from)\s+[^,]{2,60}?\s+)?(?:that|which|created|announced|published|unveiled|signed|set out|approved|passed|adopted|agreed|laid|presented|introduced|drawn up)\b[^,]*(?=\.$)/iu,
			''
		);
	while (words(claim) > MAX_CLAIM_WORDS) {
		const aside = ASIDE.exec(claim);
		if (aside) claim = sentenceOf(claim.slice(0, aside.index));
		else if (FRONTED.test(claim)) claim = sentenceOf(capital(claim.replace(FRONTED, '')));
		else {
			// Last resort: a trailing phrase that does not change the point ("…, first set out in 1967").
			const cut = claim.lastIndexOf(', ');
			const rest = claim.slice(cut + 2);
			const head = claim.slice(0, cut);
			// "…, free to families, and must tell parents …": the subject's next rule; the first
			// stands without it (derivation 16: "scheme and free to families" was made of it).
			if (
				cut > 0 &&
				/^and\s+(?:must|may|will|shall|can|cannot|should)\s/.test(rest) &&
				!/,\s+(?:must|may|will|shall|can|cannot)\s[^,]*$/.test(head)
			) {
				claim = sentenceOf(head);
				continue;
			}
			// "exempts A, B, and C" → "exempts A, B": still true, unless the list is all there is.
			// "does not apply to A, B, C, or D" → "A, B or C": still true of each item left (derivation
			// 17); an "or" list cut under a permission would narrow a choice, so only under a negation.
			const or =
				/^or\s/.test(rest) && /\b(?:not|never|no|exempt\w*|excluded|outside)\b/i.test(head);
			const listed =
				(/^and\s/.test(rest) || or) &&
				head.includes(', ') &&
				!/\b(?:only|exclusively|just|all)\b/i.test(head);
			// "…, where the landlord has one available": a condition; the claim without it is false
			// (derivation 16, held-out 16's WRONG card).
			// A "where" or "when" after a place or a date ("…, apart from those shared with
			// neighbouring states, where …", "from 1 January 2030, when …") says more of it; after a
			// rule ("may … without offering …, where …") it is the rule's condition.
			const condition =
				/^(?:if|provided|providing|as long as|so long as|subject to|on condition)\b/.test(rest) ||
				(/^(?:where|when)\b/.test(rest) &&
					/\b(?:must|may|shall|cannot|can)\b/.test(head) &&
					!ENDS_ON_DATE.test(head));
			// "requires the three mobile operators, A, B and C, to connect their networks …": what they
			// are required to do is the rule; without it the claim says nothing (derivation 25).
			if (
				/^to\s+\p{Ll}/u.test(rest) &&
				/\b(?:requires?|required|obliges?|obliged|orders?|ordered|forces?|allows?|permits?|enables?|tells?|asks?)\b/u.test(
					head
				)
			)
				return null;
			// "…, and, if they agree, the payment can go …": the cut would leave "and, if they agree"
			// with its clause gone (held-out 25 and 28).
			const opened = /\b(?:and|or|but),\s+[^,]*$/u.test(head);
			if (
				cut < 0 ||
				opened ||
				(!listed && (condition || /^(?:or|and|but|unless|except|only|not|whichever)\b/.test(rest)))
			)
				return null;
			// "banned on television, radio and on-demand video …": cutting the list's later items
			// would widen the claim (derivation 10).
			if (!listed && LIST_GOES_ON.test(rest)) return null;
			if (words(head) < 8 || verbStarts(head).length === 0) return null;
			// "Anyone breeding three litters a year, or advertising …, | will need a licence": the
			// cut would leave the subject without its rule (derivation 12, held-out 10).
			if (
				/^(?:will|must|may|can|cannot|shall|should|would|is|are|was|were|has|have|had|need|needs)\b/.test(
					rest
				)
			)
				return null;
			// "exempts A, B." reads as a clause cut off: "exempts A and B" (derivation 11).
			// Only a list's item or the subject's next rule ("…, must be limited to …") is joined.
			const last = head.lastIndexOf(', ');
			const item = head.slice(last + 2);
			// Not the subject's own verb after an aside: "The Grant, paid to families …, will rise …"
			// (derivation 16).
			const joins =
				listed &&
				last >= 0 &&
				((/^(?:must|may|can|cannot|will|shall)\s/.test(item) &&
					/\b(?:must|may|can|cannot|will|shall|is|are)\b/.test(head.slice(0, last))) ||
					nounPhrase(item) ||
					(or && !/\b(?:must|may|can|cannot|will|shall|is|are)\b/.test(item)));
			claim = sentenceOf(joins ? `${head.slice(0, last)} ${or ? 'or' : 'and'} ${item}` : head);
		}
	}
	return claim;
}

/**
 * Derivation 10: a parenthesis is an aside ("five letters from A (dark green, healthiest) to E"),
 * and what follows a colon after a whole clause elaborates it ("must carry the band on the front
 * of the pack: five letters …"); the claim keeps the clause. Less said, nothing made up.
 */
function briefed(text: string): string {
	// A parenthesis inside a name is the name's: "the Alcohol (Minimum Pricing) Bill".
	// Each match starts at a word's start, so a long run of letters is read once, not once a letter.
	const plain = text.replace(
		/(?<!\S)(\S*)\s+\(([^()]{1,80})\)(?=([\s,.;:]\S*))/gu,
		(whole, before: string, inside: string, after: string) =>
			/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(inside) && /^\s\p{Lu}/u.test(after)
				? whole
				: before
	);
	const colon = /^([^:]{30,}?):\s+\p{Ll}[^]*$/u.exec(plain);
	if (
		colon &&
		verbStarts(colon[1]!).length > 0 &&
		// Nor when the clause goes on past the colon: "Destruction remains allowed only where: …"
		// (derivation 22, held-out 30: "… allowed only where." was a card).
		!/\b(?:are|is|include|includes|including|as follows|where|when|if|unless|that|to|for|of|by|following)\s*$/.test(
			colon[1]!
		)
	)
		return `${colon[1]}.`;
	return plain;
}

/** The atomic claims of one source sentence, resolved against the article's date. */
export function claimsOf(sentence: string, reference: Date | null): Claim[] {
	// "Ground (b) only applies where …": an item of a list known by its letter, which the card
	// does not show (held-out 21: "ground only applies" once the letter went with the asides).
	if (
		/\b(?:[Gg]rounds?|[Ii]tems?|[Pp]oints?|[Cc]onditions?|[Ee]xceptions?|[Cc]ategor(?:y|ies)|[Oo]ptions?|[Ll]imbs?)\s+\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)/u.test(
			sentence
		)
	)
		return [];
	let text = sentence
		// "(1) Every operator shall …", "2.3 Imports of …": a provision's number is not its point.
		.replace(PROVISION_NUMBER, '')
		// "Dr Marrant: Bread made with …", "COBRECHT: It raises …", "The Minister for Public
		// Health (Dr Ilse Marrant): The regulations …": who speaks in a record or a transcript
		// (derivation 16).
		.replace(SPEAKER, '')
		// "A published vulnerability contact. Manufacturers must publish …": a list item's own
		// heading before its rule (held-out 15).
		.replace(
			/^(?:[\p{L}-]+\s+){0,5}[\p{L}-]+\.\s+(?=\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+(?:must|may|shall|will|can|cannot)\s)/u,
			''
		)
		// "… and whole plants.¹": a footnote's mark is no word of the claim (held-out 21).
		.replace(FOOTNOTE_MARK, '')
		// "… to allow Parliament to legislate [81].": a judgment's paragraph number (held-out 14).
		.replace(/\s*\[\d{1,3}\](?=[.;:,]?\s*$)/u, '')
		// "And Kasmoran equipment … may be returned": a live blog's link to its last entry.
		.replace(/^(?:And|But)\s+(?=\p{L})/u, '')
		// "Nor will businesses be required to …": the negation the "nor" carried, in its place
		// (derivation 22, held-out 30: "…, nor will businesses be required" was a card).
		.replace(
			/^Nor\s+(will|can|may|must|shall|is|are|does|do)\s+((?:the|a|an|any|all)?\s*(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(be|have|need|get|pay|face|apply|count|qualify|require|receive|lose|charge|ask|take|sell|use|make|keep)\b/u,
			(_, aux: string, subject: string, verb: string) =>
				`${capital(subject.trim())} ${aux === 'can' ? 'cannot' : `${aux} not`} ${verb}`
		)
		// "Also outside the levy are goods re-exported within six months": the list's last case.
		.replace(/^Also\s+(?=\p{Ll})/u, '')
		// '(hereinafter "the NFA")', '(the "Regulations")': the article's own shorthand.
		.replace(
			/\s+\((?:hereinafter|hereafter|the|referred to as)\b[^()]{0,40}["“”][^()]{1,40}\)/gu,
			''
		)
		// "this Decree", in the decree's own text: the decree the headline names (derivation 13).
		.replace(
			/\b[Tt]his (Decree|Order|Ordinance|Regulations?|Act|Law|Directive)\b/gu,
			(_, noun: string) => `the ${noun.toLowerCase()}`
		)
		.replace(WIRE, '')
		.replace(LEAD_IN, '')
		// "So, the headline: from 1 September 2027 …": a speaker's signpost (held-out 21).
		.replace(
			/^(?:So,?\s+)?(?:the|my|our)\s+(?:headline|bottom line|short version|key point|upshot|gist|short answer)\s*:\s*/iu,
			''
		)
		.replace(SUBORDINATE, '')
		// ", which can be used to shoot down drones and warplanes," is an aside in the middle.
		// Not when what follows goes on a list the clause began ("…, which outlaws it in shops,
		// shopping centres and supermarkets from 2027."; derivation 12).
		.replace(WHICH_ASIDE, ' ')
		// "… does not apply to private tenants, whose support is calculated under separate local
		// rules.": a closing aside about the last noun, which a true/false card would give away by
		// (held-out 24).
		.replace(/,\s+whose\s+[^,;]{3,100}(?=\.$)/u, '')
		// ", a Japanese and an American official said, which would …": the speaker out of the middle.
		.replace(
			/,\s+(?:(?:a|an|and|the|two|\p{Lu}[\p{L}’'.-]*)\s+){1,8}?(?:officials?|spokes\w+|sources?|ministers?|people)\s+said,\s+(?=which\b)/u,
			', '
		)
		.replace(/,\s+(?:its|their|his|her)\s+[\p{Ll} ]{3,30},\s+\p{Lu}[\p{L}]+,/u, (m) =>
			m.replace(/,\s+\p{Lu}[\p{L}]+,$/u, '')
		)
		// "…, but the governor said the board would wait": someone's remark tacked on the decision.
		.replace(/,\s+but\s+[^.]*?\b(?:said|says|warned|added|told)\b.*$/u, '.')
		// "fined Pulsewell, the fitness app used by 1.2 million people, 38 million riksdal": a
		// description of a name, not a point of the claim.
		.replace(
			/(\p{Lu}[\p{L}-]+),\s+(?:the|a|an)\s+[\p{Ll}\p{N}][\p{Ll}\p{N}\s.'’-]{3,80},\s+(?!(?:and|or|but)\b)(?=[\p{Ll}\p{N}])/u,
			'$1 '
		)
		// "…, its first move of 2025." / "…, the biggest change since …": a superlative aside.
		.replace(
			/,\s+(?:its|the|a|an)\s+(?:\p{Ll}+est|first|second|third|latest|only|most)\b[^,]*(?=[.]$)/u,
			''
		);
	text = absoluteDates(capital(briefed(text)), reference);
	const { text: plain, speaker: said } = unattributed(text);
	const out: Claim[] = [];
	// "… by the U.S. It will make …": an abbreviation's stop that also ends the sentence.
	// "A unit is 10 ml of alcohol, so a 70 cl bottle … cannot be sold for less than 18.20 merk":
	// a consequence has its own subject (held-out 6).
	// "… allowed only where: A; B; or C": the list is the point, one item alone would narrow it
	// (derivation 22).
	const closed = /\bonly\b[^:;]{0,60}:\s/u.test(plain);
	const parts = closed
		? [plain]
		: plain.split(
				/;\s+|(?<=\b\p{Lu}\.\p{Lu}\.)\s+(?=(?:It|They|The|This|He|She)\s)|,\s+so\s+(?!(?:that|as|far|long|much|many|too)\b)/u
			);
	for (const [i, part] of parts.entries()) {
		// "International students … are not covered; universities can set their fees freely": what
		// follows an exemption and points back ("their", "instead") is said of the exempt, not in
		// general (held-out 7).
		if (
			i > 0 &&
			/\b(?:not covered|exempt(?:ed)?|excluded|(?:do|does) not apply)\b/i.test(parts[i - 1]!) &&
			/\b(?:their|its|freely|instead)\b/i.test(part)
		)
			continue;
		for (const whole of appositives(sentenceOf(part)).flatMap((p) =>
			trailingClauses(sentenceOf(p))
		)) {
			const { text: piece, speaker: inner } = unattributed(whole);
			const speaker = said ?? inner;
			const exception = exceptedNot(piece);
			const pieces = exception
				? [exception]
				: alternatives(piece).flatMap((p) => conjuncts(sentenceOf(p)));
			for (const part of pieces) {
				const { text: clause, speaker: own } = unattributed(part);
				const claim = shortened(sentenceOf(clause.replace(/\s+also\b/g, '')));
				if (
					!claim ||
					words(claim) < 5 ||
					(DANGLING.test(claim) && !ownCondition(claim)) ||
					POINTS_BACK.test(claim)
				)
					continue;
				if (out.some((c) => c.text === claim)) continue;
				const who = speaker ?? own;
				out.push({ text: claim, ...(who ? { speaker: who } : {}) });
			}
		}
	}
	return out;
}

/** Telling a headline from a lede, and deriving an honest headline when a text has none. */

/** The small words of a title: articles, conjunctions, prepositions. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
	'a an and as at but by for from in into nor of on or over per the to up via with vs'.split(' ')
);

/** Counts sentence ends: a terminal mark followed by a space and a capital, or the line end. */
function sentenceCount(line: string): number {
	const inner = line.match(/[.!?]["”’)]?\s+(?=["“‘]?\p{Lu})/gu)?.length ?? 0;
	return inner + (/[.!?]["”’)]?$/.test(line) ? 1 : 0);
}

/** Abbreviations before a name, and initials: their period never ends a sentence. */
const NAME_ABBREVIATION =
	/(\b(Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|Gov|Adm|Prof)|(^|\s)\p{Lu})\.$/u;

/** Abbreviations that may end a sentence, or sit inside one ("The U.S. Army"). */
const OTHER_ABBREVIATION = /\b(U\.S|U\.K|U\.N|Inc|Corp|Co|Ltd|Jr|Sr|vs|etc|e\.g|i\.e)\.$/;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = new RegExp(`${NAME_ABBREVIATION.source}|${OTHER_ABBREVIATION.source}`, 'u');

/** Words that start a new sentence after "… the U.S." rather than continue a name. */
const SENTENCE_START =
	/^["“‘]?(The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|A|An|His|Her|Their|There|As|If|When|While|After|Before|Since|According|Officials?)\b/;

/** True for a line that reads as a headline: short, one sentence at most, title-cased or unpunctuated. */
export function looksLikeTitle(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > 24 || line.length > 200) return false;
	// A question is a headline's form too ("… but Catholic schools ask: does it apply to us?").
	const endsLikeSentence = /[.!]["”’]?$/.test(line) && !ABBREVIATION.test(line);
	if (sentenceCount(line) > 1 && endsLikeSentence) return false;
	const content = words.filter(
		(w) => /^["“‘(]?\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase())
	);
	const capitalised = content.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
	const titleCase = content.length > 0 && capitalised / content.length >= 0.6;
	return titleCase || !endsLikeSentence;
}

/** At most this many words in a derived headline. */
const MAX_HEADLINE_WORDS = 16;

/** The first sentence of a text, not cut at "Mr." or inside "The U.S. Army". */
function firstSentence(text: string): string {
	for (const match of text.matchAll(/[.!?]["”’)]?\s+(?=["“‘]?\p{Lu})/gu)) {
		const before = text.slice(0, match.index + match[0].trimEnd().length);
		const after = text.slice(match.index + match[0].length);
		if (NAME_ABBREVIATION.test(before)) continue;
		if (OTHER_ABBREVIATION.test(before) && !SENTENCE_START.test(after)) continue;
		return before;
	}
	return text;
}

/**
 * A short headline taken from the lede's first sentence, its main clause only: the words
 * are the article's own, so nothing is claimed that the text does not say.
 */
export function deriveHeadline(lede: string): string {
	const sentence = firstSentence(lede);
	// "… to the U.S." keeps its period: without it the abbreviation reads as a typo.
	let headline = ABBREVIATION.test(sentence) ? sentence : sentence.replace(/[.!?]+$/, '');
	const clauseEnd = headline.search(/,\s|\s[—–]\s|;\s/);
	if (clauseEnd > 0 && headline.slice(0, clauseEnd).split(/\s+/).length >= 5) {
		headline = headline.slice(0, clauseEnd);
	}
	const words = headline.split(/\s+/);
	if (words.length > MAX_HEADLINE_WORDS) {
		const kept = words.slice(0, MAX_HEADLINE_WORDS).join(' ');
		headline = `${kept.replace(/[\s,;:—–-]+$/, '')}…`;
	}
	return headline;
}

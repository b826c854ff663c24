/**
 * compromise parses a match string ("#Verb [to be] #Verb") each time a match runs with it, and
 * each of its verbs(), people() or numbers() runs a dozen: parsing them again was about a tenth
 * of the tagging's time, more on a first run. A parse depends only on the string, the two
 * options it reads and the lexicon (set before any match, in nlp.ts), so each string is parsed
 * once. Every use gets its own copy of the tokens: compromise's growLeft, growRight and join
 * mark the first or last token of what they are given, and that must not reach the next use.
 * Imported by nlp.ts, the one door to the language libraries.
 */
import nlp from 'compromise';

type Token = Record<string, unknown>;
type ParseMatch = (
	input: unknown,
	opts?: { caseSensitive?: boolean; fuzzy?: number },
	world?: unknown
) => Token[];

const methods = nlp.methods() as unknown as { one: { parseMatch: ParseMatch } };
const parse = methods.one.parseMatch;
const parsed = new Map<string, Token[]>();

methods.one.parseMatch = (input, opts, world) => {
	if (typeof input !== 'string') return parse(input, opts, world);
	const key = `${opts?.caseSensitive ? 'c' : ''}${opts?.fuzzy ?? ''}|${input}`;
	let tokens = parsed.get(key);
	if (!tokens) {
		// Strings built from a text's words are parsed too: the cache never grows without bound.
		if (parsed.size >= 2000) parsed.clear();
		tokens = parse(input, opts, world);
		parsed.set(key, tokens);
	}
	return tokens.map((token) => ({ ...token }));
};

/**
 * What a quiz question is built from: the blank (an answer span and the entity it names),
 * and every word that names the same thing, so that no prompt gives its answer away.
 */
import { DOMAIN_ENTITIES, lookupAlias, type DomainEntity } from '../facts/aliases';
import type { AnswerSpan, AnswerType } from '../facts/types';

export const NUMERIC = new Set<AnswerType>(['number', 'amount', 'percentage']);
export const NAMED = new Set<AnswerType>(['person', 'organization', 'country', 'place', 'weapon']);

/** Words that give a country away as surely as its name ("the Japanese decision"). */
export const DEMONYMS: Record<string, string[]> = {
	Japan: ['Japanese'],
	'United States': ['American', 'Americans'],
	Ukraine: ['Ukrainian', 'Ukrainians'],
	Russia: ['Russian', 'Russians'],
	'United Kingdom': ['British'],
	Italy: ['Italian'],
	Poland: ['Polish'],
	Israel: ['Israeli'],
	China: ['Chinese'],
	'North Korea': ['North Korean']
};
/** Seats of government, so that "Tokyo" is offered against "Kyiv", not against "Ukraine". */
export const CAPITALS: Record<string, string> = {
	Japan: 'Tokyo',
	'United States': 'Washington',
	Ukraine: 'Kyiv',
	Russia: 'Moscow',
	China: 'Beijing',
	'United Kingdom': 'London',
	Italy: 'Rome',
	Poland: 'Warsaw'
};
/** A span a question may blank, with the entity it names. */
export interface Blank {
	span: AnswerSpan;
	key: string;
	entity?: DomainEntity;
}
export interface Cloze {
	blank: Blank;
	prompt: string;
	start: number;
	targets: Blank[];
}
export interface Option {
	key: string;
	display: string;
	rank: number;
}

const patterns = new Map<string, RegExp>();

/**
 * A plain-text check before the pattern (compiling one per term cost more than the quiz's other
 * work): for an ASCII term, only the Kelvin sign and the long s fold into ASCII letters under
 * the pattern's `iu`, so without them a text that lacks the term in lower case cannot match.
 */
function cannotContain(text: string, term: string): boolean {
	// eslint-disable-next-line no-control-regex
	if (!/^[\x00-\x7f]*$/.test(term) || /[\u212a\u017f]/.test(text)) return false;
	return !text.toLowerCase().includes(term.toLowerCase());
}
/** Whether `text` mentions `term` as a whole word, ignoring case. */
export function mentions(text: string, term: string): boolean {
	if (!term.trim()) return false;
	if (cannotContain(text, term)) return false;
	let pattern = patterns.get(term);
	if (!pattern) {
		const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
		patterns.set(term, pattern);
	}
	return pattern.test(text);
}

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
export const entityNamed = (name: string) =>
	lookupAlias(name) ?? DOMAIN_ENTITIES.find((e) => e.canonical === name);

/** Every word that names the same thing as `name` (aliases, the demonym, the surname). */
export function namesOf(name: string, entity = entityNamed(name)): string[] {
	const names = [name];
	if (entity)
		names.push(entity.canonical, ...entity.aliases, ...(DEMONYMS[entity.canonical] ?? []));
	return [...new Set(names)];
}

/** Words that would give the blank's answer away if the prompt still held them. */
export function giveaways({ span, entity }: Blank): string[] {
	const terms = namesOf(span.text, entity);
	if (span.type !== 'date') terms.push(span.value);
	if (span.type === 'person') terms.push(span.text.split(/\s+/).at(-1) ?? '');
	return terms;
}

/**
 * Across articles: the same fact reported by several articles becomes one fact with several
 * sources, and articles that disagree on a point (when the rules changed) are flagged.
 * Names compare after the alias table, so "Lockheed Martin and RTX" and "Raytheon and
 * Lockheed Martin" are the same licensors, not a disagreement.
 */
import { contentRoots } from './nlp';
import { formatFactDate } from './present';
import type { Candidate } from './select';
import type { FactConflict } from './types';

export interface Cluster {
	primary: Candidate;
	members: Candidate[];
	conflicts: FactConflict[];
}

/** Words that say the same thing in these stories, mapped to one. */
const SYNONYMS: Record<string, string> = {
	manufacture: 'make',
	produce: 'make',
	build: 'make',
	license: 'licence',
	licensing: 'licence',
	interceptor: 'missile',
	ship: 'send',
	shipment: 'send',
	export: 'send',
	deliver: 'send',
	supply: 'send',
	transfer: 'send',
	sell: 'send',
	sale: 'send',
	regulation: 'rule',
	law: 'rule',
	restriction: 'rule',
	control: 'rule',
	loosen: 'change',
	alter: 'change',
	revise: 'change',
	relax: 'change',
	permit: 'allow',
	enable: 'allow',
	authorize: 'allow'
};

/** Too common in this story to tell two facts apart. */
const COMMON = new Set([
	'japan',
	'patriot',
	'missile',
	'united',
	'states',
	'system',
	'say',
	'will'
]);

function signature(candidate: Candidate): Set<string> {
	const words = new Set<string>();
	for (const m of candidate.mentions) {
		if (m.type === 'number' || m.type === 'percentage' || m.type === 'amount') words.add(m.value);
		else if (!COMMON.has(m.value.toLowerCase())) words.add(m.value.toLowerCase());
	}
	for (const root of contentRoots(candidate.statement)) {
		const word = SYNONYMS[root] ?? root;
		if (!COMMON.has(word) && word.length > 2) words.add(word);
	}
	return words;
}

function similarity(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/** A dated statement is one fact only with statements of the same month: others disagree or say less. */
function datesDisagree(a: Candidate, b: Candidate): boolean {
	if (!a.date && !b.date) return false;
	return !a.date || !b.date || a.date.iso.slice(0, 7) !== b.date.iso.slice(0, 7);
}

export const SAME_FACT = 0.4;

/** Groups candidates from different articles that state the same fact. Order-stable. */
export function mergeAcrossArticles(candidates: readonly Candidate[]): Cluster[] {
	const clusters: (Cluster & { words: Set<string> })[] = [];
	for (const candidate of candidates) {
		const words = signature(candidate);
		let best: (typeof clusters)[number] | undefined;
		let bestScore = SAME_FACT;
		for (const cluster of clusters) {
			if (cluster.members.some((m) => m.articleId === candidate.articleId)) continue;
			if (cluster.members.some((m) => datesDisagree(m, candidate))) continue;
			if (cluster.primary.kind !== candidate.kind && candidate.kind === 'quote') continue;
			const value = similarity(cluster.words, words);
			if (value >= bestScore) {
				best = cluster;
				bestScore = value;
			}
		}
		if (best) best.members.push(candidate);
		else clusters.push({ primary: candidate, members: [candidate], conflicts: [], words });
	}
	flagConflicts(clusters);
	return clusters.map(({ primary, members, conflicts }) => ({ primary, members, conflicts }));
}

/** Points the articles may disagree on, and how to recognise a statement about each. */
const TOPICS: readonly { topic: string; about: RegExp }[] = [
	{
		topic: 'When Japan changed its arms export rules',
		about:
			/\b(announced|loosened|changed|revised|relaxed|altered)\b.{0,40}\b(arms )?export (control )?(rules|regulations|laws|restrictions)/i
	}
];

function flagConflicts(clusters: Cluster[]): void {
	for (const { topic, about } of TOPICS) {
		const dated = clusters.filter(
			(c) => c.primary.date && c.members.some((m) => about.test(m.statement))
		);
		const sides = new Map<string, Candidate[]>();
		for (const member of dated.flatMap((c) => c.members)) {
			if (!member.date || !about.test(member.statement)) continue;
			const key = member.date.iso.slice(0, 7);
			sides.set(key, [...(sides.get(key) ?? []), member]);
		}
		if (sides.size < 2) continue;
		const conflict: FactConflict = {
			topic,
			sides: [...sides.keys()].sort().map((key) => {
				const members = sides.get(key)!;
				return {
					value: formatFactDate(members[0]!.date!),
					articleIds: [...new Set(members.map((m) => m.articleId))],
					evidence: members.map((m) => m.evidence)
				};
			})
		};
		for (const cluster of dated) cluster.conflicts.push(conflict);
	}
}

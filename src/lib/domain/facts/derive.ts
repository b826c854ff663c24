/**
 * The facts pipeline: clean articles in, key facts with their evidence out.
 * Pure and deterministic (the same articles give byte-identical facts); it runs at build
 * time for the pack and in the facts worker for articles added later.
 */
import type { Article } from '../article';
import { comparisonKey } from '../text';
import { dateWords, referenceDate } from './dates';
import { leadOf } from './headline';
import { mergeAcrossArticles, type Cluster } from './merge';
import { disputeItem } from '../quiz/conflicts';
import { quizItems } from '../quiz/items';
import { disputesOf, type Dispute } from './disputes';
import { dangles } from './resolve';
import { selectCandidates, type Candidate } from './select';
import { addressesReader, articleNames, cardWorthy, notAsserted } from './standalone';
import { DERIVATION_VERSION, type AnswerSpan, type Fact, type QuizItem } from './types';

const NEGATED = /\b(?:not|no longer|never|cannot)\b/i;
const stems = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length > 4)
			.map((w) => w.slice(0, 6))
	);

/**
 * A negated claim ("the missiles will not be transferred to third countries") that another
 * article states without the negation ("Japan will consider the transfer … to a third country")
 * is a disagreement, not a settled point: no card quizzes it as one.
 */
function contradicted(fact: Fact, facts: readonly Fact[]): boolean {
	if (!NEGATED.test(fact.statement)) return false;
	const own = stems(fact.statement);
	return facts.some((other) => {
		if (other.articleIds.some((a) => fact.articleIds.includes(a))) return false;
		if (NEGATED.test(other.statement)) return false;
		let shared = 0;
		for (const w of stems(other.statement)) if (own.has(w)) shared++;
		return shared >= 4;
	});
}

/**
 * The part of a source sentence that asserts the claim: the whole sentence, less an aside after
 * the claim's last words (", in a reform the government says … and the opposition says …"),
 * which is someone's view of it, not the claim's source (derivation 11). An attribution after
 * it (", critics said") stays: it makes the whole claim someone's view.
 */
function assertedPart(sentence: string, claim: string): string {
	const end = claim
		.replace(/[.!?]$/, '')
		.split(/\s+/)
		.slice(-4)
		.join(' ');
	const at = end.length >= 8 ? sentence.indexOf(end) : -1;
	if (at < 0) return sentence;
	const tail = sentence.slice(at + end.length);
	return /^,\s+(?:in an?|which|a move|amid|as part of)\s/.test(tail)
		? sentence.slice(0, at + end.length)
		: sentence;
}

/** 64-bit FNV-1a, as hex: small, synchronous and the same everywhere. */
function fnv1a64(text: string): string {
	let hash = 0xcbf29ce484222325n;
	const prime = 0x100000001b3n;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * prime) & 0xffffffffffffffffn;
	}
	return hash.toString(16).padStart(16, '0');
}

/** Stable while the source sentence is: a new derivation of an unchanged sentence keeps the id. */
export function factId(sourceText: string): string {
	return `f-${fnv1a64(comparisonKey(sourceText)).slice(0, 12)}`;
}

/** Words before a provision's number: "Articles 2 and", "under section", "paragraph 2.1 of". */
const PROVISION_BEFORE =
	/\b(?:articles?|sections?|paragraphs?|clauses?|sub-?sections?|schedules?|annex(?:es)?|chapters?|parts?|rules?|regulations?)\s+(?:\d+[\w.()]*\s*(?:,|and|or|to)\s*)*$/i;

function answersOf(cluster: Cluster): AnswerSpan[] {
	const { primary } = cluster;
	let answers: AnswerSpan[] = primary.mentions
		// "Articles 2 and 5", "section 14": a provision's number is where a rule is, not a rule.
		.filter(
			(m) =>
				m.type !== 'number' ||
				!PROVISION_BEFORE.test(primary.statement.slice(Math.max(0, m.start - 40), m.start))
		)
		// "thousands of people", "hundreds of firms": no figure a learner could recall (derivation
		// 24, held-out 34's TRIVIAL card keyed "thousands").
		.filter((m) => !/^(?:dozens|hundreds|thousands|millions|billions)$/iu.test(m.text))
		.map(({ type, text, start, end, value }) => ({
			type,
			text,
			start,
			end,
			value
		}));
	const date = primary.date;
	if (date) {
		const words = [dateWords(date), date.text].find((w) => primary.statement.includes(w)) ?? '';
		const start = words ? primary.statement.indexOf(words) : -1;
		const end = start + words.length;
		// "1 April 2024" is one date, not the numbers 1 and 2024.
		if (start >= 0)
			answers = answers.filter((a) => a.end <= start || a.start >= end || a.type !== 'number');
		if (start >= 0 && !answers.some((a) => a.start < end && start < a.end))
			answers.push({
				type: 'date',
				text: words,
				start,
				end,
				value: date.iso
			});
	}
	return answers.sort((a, b) => a.start - b.start);
}

/** Every key fact of the articles, merged across them, in the order they first appear. */
export function deriveFacts(articles: readonly Article[]): Fact[] {
	const candidates = articles.flatMap((article) =>
		selectCandidates(article, referenceDate(article.published))
	);
	// The stand-alone gate's context: the names each article gives, and its year.
	const bodies = new Map(
		articles.map((a) => [a.id, a.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)])
	);
	const names = articleNames([...bodies.values()].flat());
	const years = new Map(
		articles.map((a) => [a.id, referenceDate(a.published)?.getUTCFullYear()] as const)
	);
	// The headline each card is shown under ("From: …"): what it names a card need not repeat.
	const headlines = new Map(articles.map((a) => [a.id, a.title]));
	// The articles that speak to their reader: their "you" is no pointer.
	const addressed = new Set(
		articles.filter((a) => addressesReader(bodies.get(a.id) ?? [])).map((a) => a.id)
	);
	const seen = new Map<string, number>();
	// Claims whose policy the article never names: key facts beside their source, no card.
	const cardless = new Set<string>();
	const onlyConflict = new Set<string>();
	// Disagreements inside an article (derivation 12): what one side says is never a settled card.
	const disputes = articles.flatMap((a) => disputesOf(a, referenceDate(a.published)));
	const sideSentences = new Set(
		disputes.flatMap((d) => d.sides.map((s) => `${s.evidence.articleId}\u0000${s.evidence.text}`))
	);
	const worthy = (c: Candidate) => {
		if (sideSentences.has(`${c.articleId}\u0000${c.evidence.text}`)) return false;
		const year = years.get(c.articleId);
		// An opposition's opinion or a "considering" is not the policy, whatever the claim says.
		if (c.cardless || notAsserted(assertedPart(c.evidence.text, c.statement))) return false;
		const headline = headlines.get(c.articleId);
		return cardWorthy(c.statement, {
			names,
			...(year ? { year } : {}),
			...(headline ? { headline } : {}),
			...(addressed.has(c.articleId) ? { addressed: true } : {})
		});
	};
	const facts = mergeAcrossArticles(candidates).map((merged) => {
		// The card shows the first member that stands alone, whichever article comes first, so
		// that whether a point has a card does not hang on the catalog's order.
		const shown = merged.members.find(worthy);
		const cluster =
			shown && shown !== merged.primary
				? {
						...merged,
						primary: shown,
						members: [shown, ...merged.members.filter((m) => m !== shown)]
					}
				: merged;
		const { primary, members, conflicts } = cluster;
		const base = factId(primary.evidence.text);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		const fact: Fact = {
			id: count === 0 ? base : `${base}-${count + 1}`,
			statement: primary.statement,
			kind: primary.kind,
			subject: primary.subject,
			answers: answersOf(cluster),
			...(primary.date ? { date: primary.date } : {}),
			...(primary.relativeDate ? { relativeDate: primary.relativeDate } : {}),
			evidence: members.map((m) => m.evidence),
			articleIds: [...new Set(members.map((m) => m.articleId))],
			conflicts,
			quiz: [] as QuizItem[],
			derivation: DERIVATION_VERSION
		};
		if (
			primary.cardless ||
			members.some((m) => sideSentences.has(`${m.articleId}\u0000${m.evidence.text}`))
		)
			cardless.add(fact.id);
		// A point no member states on its own keeps only the card that names a disagreement.
		else if (!shown) (fact.conflicts.length > 0 ? onlyConflict : cardless).add(fact.id);
		return fact;
	});
	// The quiz's questions, drawn from all the facts (wrong options come from the others).
	// Each article's text: a value it states anywhere is never offered as a wrong option.
	const texts = new Map([...bodies].map(([id, paragraphs]) => [id, paragraphs.join('\n')]));
	const ledes = new Map(articles.map((a) => [a.id, leadOf(a)]));
	const items = quizItems(
		facts.filter((f) => !cardless.has(f.id)),
		texts,
		headlines,
		ledes
	);
	// A claim that still points back ("the missiles will not be transferred": which?) is a key
	// fact beside its source, but no card: a card must stand on its own.
	const disputeFacts = disputes.map((d) => disputeFact(d, seen));
	return [
		...facts.map((fact) => ({
			...fact,
			quiz:
				cardless.has(fact.id) ||
				dangles(fact.statement, headlines.get(fact.evidence[0]?.articleId ?? '')) ||
				contradicted(fact, facts)
					? []
					: (items.get(fact.id) ?? []).filter(
							(item) => !onlyConflict.has(fact.id) || item.id.endsWith(':conflict')
						)
		})),
		...disputeFacts
	];
}

/**
 * A disagreement inside one article as a key fact: the sentence that calls it disputed and
 * each side's sentence, with a card naming who says what when the point reads alone.
 */
function disputeFact(dispute: Dispute, seen: Map<string, number>): Fact {
	const [a, b] = dispute.sides;
	const base = factId(dispute.anchor.text);
	const count = seen.get(base) ?? 0;
	seen.set(base, count + 1);
	const id = count === 0 ? base : `${base}-${count + 1}`;
	const evidence = [dispute.anchor, a.evidence, b.evidence].filter(
		(e, i, all) => all.findIndex((o) => o.paragraph === e.paragraph && o.start === e.start) === i
	);
	const item = dispute.teachable ? disputeItem(id, dispute) : null;
	return {
		id,
		statement: `Sources differ on ${dispute.topic}: ${a.source} says ${a.value}, ${b.source} says ${b.value}.`,
		kind: 'quantity',
		subject: 'Where sources differ',
		answers: [],
		evidence,
		articleIds: [dispute.anchor.articleId],
		conflicts: [],
		quiz: item ? [item] : [],
		derivation: DERIVATION_VERSION
	};
}

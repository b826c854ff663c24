/** How facts are ordered, grouped and dated for people. Pure and light: used by the screens. */
import { MONTHS } from '../format';
import type { ShownFact } from './of-article';
import type { Fact, FactDate } from './types';

// The reader needs only these: they live apart so that its first visit skips the rest.
export {
	evidenceIn,
	factsOfArticle,
	toFactView,
	type FactView,
	type ShownFact
} from './of-article';

const SEASONS: Record<string, string> = {
	'03': 'spring',
	'06': 'summer',
	'09': 'autumn',
	'12': 'winter'
};

/**
 * Code-point order, case folded first. Not `localeCompare`: its first call starts the
 * browser's collator, which took the Key facts screen's first visit 80 ms of a phone's main
 * thread; subjects, ISO dates and ids sort well enough without it.
 */
function compareText(a: string, b: string): number {
	const la = a.toLowerCase();
	const lb = b.toLowerCase();
	if (la !== lb) return la < lb ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

export interface SubjectGroup<F extends ShownFact = Fact> {
	subject: string;
	facts: F[];
}

/**
 * Facts grouped by subject: the best-attested first, and within a group the facts reported
 * by the most articles first (ties keep the derivation's order).
 */
export function groupBySubject<F extends ShownFact>(facts: readonly F[]): SubjectGroup<F>[] {
	const groups = new Map<string, F[]>();
	// Pushing, not copying: a library of a hundred articles has hundreds of facts a subject.
	for (const fact of facts) {
		const list = groups.get(fact.subject);
		if (list) list.push(fact);
		else groups.set(fact.subject, [fact]);
	}
	const support = (list: F[]) => list.reduce((sum, f) => sum + f.articleIds.length, 0);
	return [...groups.entries()]
		.map(([subject, list]) => ({
			subject,
			facts: list
				.map((fact, order) => ({ fact, order }))
				.sort((a, b) => b.fact.articleIds.length - a.fact.articleIds.length || a.order - b.order)
				.map((x) => x.fact)
		}))
		.sort((a, b) => support(b.facts) - support(a.facts) || compareText(a.subject, b.subject));
}

export type DatedFact<F extends ShownFact = Fact> = F & { date: FactDate };

/** The dated events, in time order (at equal dates, the more precise first). */
export function timeline<F extends ShownFact>(facts: readonly F[]): DatedFact<F>[] {
	const rank = { day: 0, month: 1, season: 2, year: 3 };
	return facts
		.filter((f): f is DatedFact<F> => f.kind === 'dated-event' && f.date !== undefined)
		.sort(
			(a, b) =>
				compareText(a.date.iso, b.date.iso) ||
				rank[a.date.precision] - rank[b.date.precision] ||
				compareText(a.id, b.id)
		);
}

/** A fact's date at its precision: "22 December 2023", "December 2023", "winter 2023", "2024". */
export function formatFactDate(date: FactDate): string {
	const [year, month, day] = date.iso.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	switch (date.precision) {
		case 'day':
			return `${Number(day)} ${monthName} ${year}`;
		case 'month':
			return `${monthName} ${year}`;
		case 'season':
			return `${(month && SEASONS[month]) ?? 'season of'} ${year}`;
		case 'year':
			return year ?? date.iso;
	}
}

/** The date as a point in time (ms), for placing it on a time axis: the start of its period. */
export function dateValue(date: FactDate): number {
	const [year, month = '01', day = '01'] = date.iso.split('-');
	return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** "Reported by 3 of 5 articles". */
export function supportLabel(fact: ShownFact, articleCount: number): string {
	const n = fact.articleIds.length;
	return `Reported by ${n} of ${articleCount} article${articleCount === 1 ? '' : 's'}`;
}

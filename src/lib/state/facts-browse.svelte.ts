/**
 * What the Key facts screen shows of its subject groups: which are open, how many facts each
 * renders, and the filter. Closed groups render only their headline fact, and an open or
 * filtered group renders a page of facts at a time, so that a library of a hundred articles
 * (hundreds of facts) never puts them all on the page at once.
 */
import { queryMatcher, searchText } from '$lib/domain/facts/browse';
import { groupBySubject } from '$lib/domain/facts/present';
import type { ShownFact } from '$lib/domain/facts/of-article';
import { slugify } from '$lib/domain/text';

/** How many facts an open or filtered group renders before "Show more". */
export const PAGE_SIZE = 20;

/** One subject group as the screen shows it now. */
export interface GroupView {
	subject: string;
	/** For element ids and links: "export-rules". */
	slug: string;
	/** Every fact of the group. */
	total: number;
	/** The facts that match the filter (all of them when there is none). */
	count: number;
	open: boolean;
	/** The facts to render: the headline when closed, a page of them when open or filtered. */
	shown: ShownFact[];
	/** How many of `count` are not rendered yet, when open or filtered. */
	more: number;
}

/** What survives going to an article and back (SvelteKit snapshots, kept in sessionStorage). */
export interface FactsBrowseSnapshot {
	query: string;
	open: string[];
	limits: Record<string, number>;
}

export class FactsBrowse {
	/** The filter as typed. */
	query = $state('');
	#open = $state<Record<string, boolean>>({});
	#limits = $state<Record<string, number>>({});
	#facts: () => readonly ShownFact[];
	#groups = $derived.by(() => groupBySubject(this.#facts()));
	/** Each fact's searchable text, computed once per set of facts, not once per keystroke. */
	#index = $derived.by(() => new WeakMap(this.#facts().map((f) => [f, searchText(f)])));
	#matcher = $derived.by(() => queryMatcher(this.query));

	/** True while a filter narrows the facts. */
	filtering = $derived(this.#matcher !== null);

	/** The groups to show: every group, or only those with a fact that matches the filter. */
	groups: GroupView[] = $derived.by(() => {
		const matcher = this.#matcher;
		const index = this.#index;
		return this.#groups
			.map((group): GroupView => {
				const slug = slugify(group.subject);
				const limit = this.#limits[group.subject] ?? PAGE_SIZE;
				const open = this.#open[group.subject] ?? false;
				const matching = matcher
					? group.facts.filter((f) => matcher(index.get(f) ?? ''))
					: group.facts;
				const expanded = matcher !== null || open;
				const shown = expanded ? matching.slice(0, limit) : matching.slice(0, 1);
				return {
					subject: group.subject,
					slug,
					total: group.facts.length,
					count: matching.length,
					open,
					shown,
					more: expanded ? matching.length - shown.length : 0
				};
			})
			.filter((view) => view.count > 0);
	});

	/** How many facts match the filter, across all groups. */
	matchCount = $derived(this.groups.reduce((sum, g) => sum + g.count, 0));

	constructor(facts: () => readonly ShownFact[]) {
		this.#facts = facts;
	}

	/** Opens a closed group, closes an open one. */
	toggle(subject: string): void {
		this.#open[subject] = !(this.#open[subject] ?? false);
	}

	/** Renders the next page of an open or filtered group's facts. */
	showMore(subject: string): void {
		this.#limits[subject] = (this.#limits[subject] ?? PAGE_SIZE) + PAGE_SIZE;
	}

	/**
	 * Makes a fact rendered, wherever it is: opens its group, pages down to it, and drops a
	 * filter that hides it. Returns false when there is no such fact.
	 */
	reveal(factId: string): boolean {
		for (const group of this.#groups) {
			const at = group.facts.findIndex((f) => f.id === factId);
			const fact = group.facts[at];
			if (!fact) continue;
			const matcher = this.#matcher;
			if (matcher && !matcher(this.#index.get(fact) ?? '')) this.query = '';
			this.#open[group.subject] = true;
			const limit = this.#limits[group.subject] ?? PAGE_SIZE;
			if (at >= limit) this.#limits[group.subject] = Math.ceil((at + 1) / PAGE_SIZE) * PAGE_SIZE;
			return true;
		}
		return false;
	}

	/** The state worth keeping when the user follows a source link and comes back. */
	capture(): FactsBrowseSnapshot {
		return {
			query: this.query,
			open: Object.keys(this.#open).filter((subject) => this.#open[subject]),
			limits: { ...this.#limits }
		};
	}

	/** Puts back what `capture` kept; anything malformed is ignored. */
	restore(snapshot: FactsBrowseSnapshot | undefined): void {
		if (!snapshot || typeof snapshot !== 'object') return;
		if (typeof snapshot.query === 'string') this.query = snapshot.query;
		if (Array.isArray(snapshot.open)) {
			this.#open = Object.fromEntries(
				snapshot.open.filter((s) => typeof s === 'string').map((s) => [s, true])
			);
		}
		if (snapshot.limits && typeof snapshot.limits === 'object') {
			this.#limits = Object.fromEntries(
				Object.entries(snapshot.limits).filter(
					([, n]) => Number.isInteger(n) && n >= PAGE_SIZE && n <= 100_000
				)
			);
		}
	}
}

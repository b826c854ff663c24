/**
 * The cards screen (issue 14): every card the learner owns, filtered, searched and sorted as
 * they type; several selected and acted on at once; one opened with its fact, sources and
 * history. Every act is one transaction and can be undone.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps are private caches, never read
   reactively; the selection is a Set replaced whole in a $state.raw (SvelteSet's runtime would
   join the chunk every screen loads) */
import { cardsWithFacts, changeCards, historyOf, restoreCards } from '$lib/db/card-actions';
import type { Fact, QuizItem } from '$lib/domain/facts/types';
import {
	deleted,
	edited,
	editProblem,
	flagged,
	reset,
	sourceChanged,
	suspendedByUser,
	unburied,
	unflagged,
	unsuspendedByUser
} from '$lib/domain/review/card-actions';
import {
	browseCards,
	cardRow,
	DEFAULT_QUERY,
	type CardQuery,
	type CardRow
} from '$lib/domain/review/browse-cards';
import {
	itemFor,
	type CardEdit,
	type ReviewEntry,
	type StoredCard
} from '$lib/domain/review/cards';
import { explain } from './errors';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

export type BulkAct = 'suspend' | 'unsuspend' | 'unbury' | 'reset' | 'delete';

const DONE: Record<BulkAct | 'edit' | 'flag' | 'unflag', string> = {
	suspend: 'Suspended',
	unsuspend: 'Unsuspended',
	unbury: 'Unburied',
	reset: 'Reset to new',
	delete: 'Deleted',
	edit: 'Edited',
	flag: 'Flagged',
	unflag: 'Flag removed'
};

/** One card opened: what the detail shows. */
export interface CardDetail {
	card: StoredCard;
	fact: Fact | null;
	item: QuizItem | null;
	/** The generated question now, when it changed under the learner's edit. */
	changed: QuizItem | null;
	history: ReviewEntry[];
}

export class CardsState extends Loadable {
	rows = $state.raw<CardRow[]>([]);
	/** Replaced whole by `ask` (raw: a deep proxy's runtime would load on every screen). */
	query = $state.raw<CardQuery>({ ...DEFAULT_QUERY });
	/** The rows the query shows, in its order. */
	readonly shown = $derived(browseCards(this.rows, this.query));
	/** Articles that have cards, for the filter. */
	articles = $state.raw<{ id: string; title: string }[]>([]);
	/** The ids selected (replaced, never mutated, so that the screen sees each change). */
	selected = $state.raw<ReadonlySet<string>>(new Set());
	detail = $state.raw<CardDetail | null>(null);
	/** What the last act did, while it can be undone. */
	lastAct = $state.raw<{ message: string; before: StoredCard[] } | null>(null);
	actionError = $state<string | null>(null);
	/** Why the screen shows other cards than a link asked for (an article with no cards). */
	notice = $state<string | null>(null);

	#cards = new Map<string, StoredCard>();
	#facts = new Map<string, Fact>();
	#titles = new Map<string, string>();
	#busy = false;

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	protected async read(db: DossierDatabase): Promise<void> {
		const { cards, facts, titles } = await cardsWithFacts(db);
		this.#facts = facts;
		this.#titles = titles;
		this.#cards = new Map(cards.map((c) => [c.id, c]));
		this.#rebuild();
		const used = new Set(cards.flatMap((c) => c.articleIds));
		this.articles = [...used]
			.map((id) => ({ id, title: titles.get(id) ?? id }))
			.sort((a, b) => a.title.localeCompare(b.title));
		// A link to an article that has no cards (deleted, or never had any) shows every card,
		// and says so, rather than an empty list under a blank filter.
		const asked = this.query.article;
		if (asked && !used.has(asked)) {
			this.query = { ...this.query, article: null };
			this.notice = `${titles.has(asked) ? `“${titles.get(asked)}”` : 'The article in the link'} has no cards: showing every article’s cards.`;
		}
	}

	#rebuild(): void {
		this.rows = [...this.#cards.values()].map((c) =>
			cardRow(c, this.#facts.get(c.factId ?? c.id), this.#titles)
		);
		const kept = [...this.selected].filter((id) => this.#cards.has(id));
		if (kept.length !== this.selected.size) this.selected = new Set(kept);
	}

	/** Selects a card, or unselects it. */
	select(id: string, on: boolean): void {
		const next = new Set(this.selected);
		if (on) next.add(id);
		else next.delete(id);
		this.selected = next;
	}

	/** Changes the filter, search or sort. */
	ask(change: Partial<CardQuery>): void {
		this.query = { ...this.query, ...change };
	}

	/** An article's title (its id when unknown). */
	titleOf(articleId: string): string {
		return this.#titles.get(articleId) ?? articleId;
	}

	/** The clock the screen reads (tests fix it). */
	get nowMs(): number {
		return this.now().getTime();
	}

	/** Selects every card shown, or none when all are selected already. */
	toggleAll(): void {
		const all = this.shown.length > 0 && this.shown.every((r) => this.selected.has(r.id));
		this.selected = all ? new Set() : new Set([...this.selected, ...this.shown.map((r) => r.id)]);
	}

	/** Acts on the selected cards in one transaction. */
	bulk(act: BulkAct): Promise<boolean> {
		const now = this.now();
		const change: Record<BulkAct, (c: StoredCard) => StoredCard> = {
			suspend: suspendedByUser,
			unsuspend: unsuspendedByUser,
			unbury: unburied,
			reset: (c) => reset(c, now),
			delete: deleted
		};
		return this.#apply(act, [...this.selected], change[act]);
	}

	/** Opens a card's detail: its fact, sources and review history. */
	async open(id: string): Promise<void> {
		const card = this.#cards.get(id);
		if (!card) {
			this.detail = null;
			return;
		}
		const fact = this.#facts.get(card.factId ?? card.id) ?? null;
		try {
			const history = await this.source.run((db) => historyOf(db, id));
			this.detail = {
				card,
				fact,
				item: fact ? itemFor(card, fact) : null,
				changed: sourceChanged(card, fact),
				history
			};
		} catch (e) {
			this.actionError = await explain(e);
		}
	}

	/** Saves the learner's text for the open card. Null when saved, else why not. */
	async saveEdit(text: Pick<CardEdit, 'prompt' | 'answer' | 'options'>): Promise<string | null> {
		const d = this.detail;
		if (!d?.item) return 'This card has no question to edit.';
		const problem = editProblem(text, d.item.type);
		if (problem) return problem;
		const now = this.now();
		const from = d.card.edit ? null : d.item;
		const ok = await this.#apply('edit', [d.card.id], (c) => edited(c, text, from, now));
		return ok ? null : this.actionError;
	}

	/** Flags the open card with a note, or takes its flag off. */
	flag(note: string | null): Promise<boolean> {
		const d = this.detail;
		if (!d) return Promise.resolve(false);
		const now = this.now();
		return note === null
			? this.#apply('unflag', [d.card.id], unflagged)
			: this.#apply('flag', [d.card.id], (c) => flagged(c, note, now));
	}

	/** Deletes the open card (Undo brings it back) and closes it. */
	async remove(): Promise<boolean> {
		const d = this.detail;
		return d ? this.#apply('delete', [d.card.id], deleted) : false;
	}

	async #apply(
		act: keyof typeof DONE,
		ids: string[],
		change: (c: StoredCard) => StoredCard
	): Promise<boolean> {
		if (this.#busy || ids.length === 0) return false;
		this.#busy = true;
		try {
			const result = await this.source.run((db) => changeCards(db, ids, change));
			const n = ids.length;
			this.lastAct = {
				message: `${DONE[act]}: ${n} card${n === 1 ? '' : 's'}.`,
				before: result.before
			};
			this.actionError = null;
			this.#put(result.after);
			if (act === 'delete')
				this.selected = new Set([...this.selected].filter((id) => !ids.includes(id)));
			return true;
		} catch (e) {
			this.actionError = `Not saved. ${await explain(e)}`;
			return false;
		} finally {
			this.#busy = false;
		}
	}

	/** Takes back the last act. */
	async undo(): Promise<void> {
		const last = this.lastAct;
		if (!last || this.#busy) return;
		this.#busy = true;
		try {
			await this.source.run((db) => restoreCards(db, last.before));
			this.lastAct = null;
			this.#put(last.before);
		} catch (e) {
			this.actionError = `Not undone. ${await explain(e)}`;
		} finally {
			this.#busy = false;
		}
	}

	/** Cards as now stored, into the list and the open detail. */
	#put(cards: readonly StoredCard[]): void {
		for (const card of cards) {
			if (card.suspended === 'deleted') this.#cards.delete(card.id);
			else this.#cards.set(card.id, card);
		}
		this.#rebuild();
		const d = this.detail;
		if (!d) return;
		const card = this.#cards.get(d.card.id);
		if (!card) this.detail = null;
		else
			this.detail = {
				...d,
				card,
				item: d.fact ? itemFor(card, d.fact) : null,
				changed: sourceChanged(card, d.fact)
			};
	}
}

/**
 * A review session: the next card from the index, the question, the answer and its grade,
 * undo, and a summary at the end. Works entirely on the local store (offline).
 */
import {
	answerCard,
	cardWithFact,
	dayCounts,
	dueSummary,
	nextCard,
	nextCardOfArticle,
	nextDueAfter,
	undoLastReview,
	type DueSummary
} from '$lib/db/cards';
import { recordChecks } from '$lib/db/integrity';
import { getReviewSettings } from '$lib/db/settings';
import type { CardActionKind } from '$lib/domain/review/card-actions';
import type { Fact, QuizItem } from '$lib/domain/facts/types';
import { itemFor, type CardEdit, type StoredCard } from '$lib/domain/review/cards';
import { formatInterval, GRADE, GRADES, type Grade } from '$lib/domain/review/model';
import type { Scheduler } from '$lib/domain/review/scheduler';
import type { ReviewSettings } from '$lib/domain/review/settings';
import { explain } from './errors';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/** A card as the session shows it: with its fact and its article's headline. */
type CardToShow = NonNullable<Awaited<ReturnType<typeof cardWithFact>>>;

/** How many unusable cards in a row a session passes over before it stops looking. */
const MAX_UNUSABLE = 50;

export type ReviewPhase = 'loading' | 'question' | 'answer' | 'done';

/** The acts on cards and their writes: loaded on the first act, not with the screen. */
const acts = () =>
	Promise.all([import('$lib/domain/review/card-actions'), import('$lib/db/card-actions')]);

/** An act on a card during the session, for its summary. */
export interface SessionAct {
	kind: CardActionKind;
	prompt: string;
}

const PAST: Partial<Record<CardActionKind, string>> = {
	edit: 'Edited',
	bury: 'Buried until tomorrow',
	suspend: 'Suspended',
	flag: 'Flagged',
	delete: 'Deleted'
};

/** How an act reads in the summary and in its Undo toast ("Buried until tomorrow"). */
export const actName = (kind: CardActionKind): string => PAST[kind] ?? kind;

export class ReviewSession extends Loadable {
	phase = $state<ReviewPhase>('loading');
	card = $state.raw<StoredCard | null>(null);
	fact = $state.raw<Fact | null>(null);
	item = $state.raw<QuizItem | null>(null);
	/** The headline of the card's article, shown above the question as its context. */
	headline = $state<string | null>(null);
	/** The option picked in a multiple-choice or true/false question. */
	chosen = $state<string | null>(null);
	/** The grade the app proposes from a choice: Again when wrong, Good when right. */
	proposed = $state<Grade | null>(null);
	intervals = $state.raw<Record<Grade, string> | null>(null);
	due = $state.raw<DueSummary | null>(null);
	reviewed = $state(0);
	correct = $state(0);
	/** When the next card is due after the session (ms), if any is scheduled. */
	nextDue = $state<number | null>(null);
	canUndo = $state(false);
	/** Why the last grade or undo did not happen (nothing was changed), else null. */
	actionError = $state<string | null>(null);
	/** Edits, burials, suspensions, flags and deletions of this session, in order. */
	acts = $state.raw<SessionAct[]>([]);
	/** The last act, while it can be undone (the Undo toast). */
	lastAct = $state.raw<{ kind: CardActionKind; before: StoredCard[] } | null>(null);
	/** A card the last grade made a leech: the learner is told, once, with a link to edit it. */
	leech = $state.raw<{ cardId: string; prompt: string } | null>(null);

	/** ts-fsrs, imported when the first question is shown (its intervals are on the answer side). */
	#scheduler: Promise<Scheduler> | null = null;
	#settings: ReviewSettings | null = null;
	#articleId: string | null = null;
	/** Cards of this session whose fact cannot be read: passed over, not served. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#unusable = new Set<string>();
	/** The headlines of the session's articles, each read once (a new session reads them again). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never rendered
	#headlines = new Map<string, string | null>();
	#shownAt = 0;
	/** Settles when the work under way (a grade, an undo, an act) is done. */
	#idle: Promise<void> = Promise.resolve();
	/** Settles `#idle`; set while work is under way. */
	#done: (() => void) | null = null;

	/** Work is under way: a second press meanwhile is not a second grade. */
	get #busy(): boolean {
		return this.#done !== null;
	}

	#begin(): void {
		this.#idle = new Promise((resolve) => (this.#done = resolve));
	}

	#end(): void {
		this.#done?.();
		this.#done = null;
	}

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	get isChoice(): boolean {
		return this.item?.type === 'multiple-choice' || this.item?.type === 'true-false';
	}

	/** Starts a session on every due card, or on one article's cards. */
	start(articleId: string | null = null): Promise<void> {
		this.#articleId = articleId;
		this.#unusable.clear();
		this.#headlines.clear();
		// The first card is checked when read: its checks load while the database opens (and a
		// first visit writes the pack), not after, where they were one more round trip before it.
		void recordChecks().catch(() => undefined);
		return this.load();
	}

	protected async read(db: DossierDatabase): Promise<void> {
		this.#settings = await getReviewSettings(db);
		// ts-fsrs is imported when the first card is shown (#preview), not while it is read: on a
		// first visit its download and compile then follow the card instead of preceding it.
		await this.#next(db);
	}

	async #next(db: DossierDatabase): Promise<void> {
		const now = this.now();
		const limits = this.#settings!;
		this.due = await dueSummary(db, now, limits);
		const counts = this.#articleId ? null : await dayCounts(db, now);
		// A card whose fact cannot be read (or asks nothing) is passed over, never the end of
		// the session: the cards after it are still served. Check database repairs it.
		let found: Awaited<ReturnType<typeof cardWithFact>> = null;
		let item: QuizItem | null = null;
		for (let tries = 0; tries < MAX_UNUSABLE && !item; tries++) {
			const card = this.#articleId
				? await nextCardOfArticle(db, this.#articleId, now, this.#unusable)
				: await nextCard(db, now, limits, counts!, this.#unusable);
			if (!card) break;
			found = await cardWithFact(db, card.id, this.#headlines);
			item = found ? itemFor(found.card, found.fact) : null;
			if (!item) this.#unusable.add(card.id);
		}
		if (!found || !item) {
			this.card = this.fact = this.item = null;
			this.nextDue = await nextDueAfter(db, now);
			this.phase = 'done';
			return;
		}
		this.#show(found, item, now);
	}

	#show(found: CardToShow, item: QuizItem | null, now: Date): void {
		const { card, fact } = found;
		this.card = card;
		this.fact = fact;
		this.headline = found.headline;
		this.item = item;
		this.chosen = null;
		this.proposed = null;
		this.intervals = null;
		this.#shownAt = performance.now();
		this.phase = 'question';
		void this.#preview(card, now);
	}

	/** ts-fsrs, imported once; a failed import (a chunk gone after an update) is tried again. */
	#loadScheduler(): Promise<Scheduler> {
		const retention = this.#settings?.retention;
		this.#scheduler ??= import('$lib/domain/review/scheduler').then(
			(m) => m.createScheduler({ retention }),
			(error: unknown) => {
				this.#scheduler = null;
				throw error;
			}
		);
		return this.#scheduler;
	}

	/** The interval each grade would give, shown on the grade buttons (left blank if it fails). */
	async #preview(card: StoredCard, now: Date): Promise<void> {
		const scheduler = await this.#loadScheduler().catch(() => null);
		if (!scheduler) return;
		if (this.card !== card) return;
		const preview = scheduler.preview(card.fsrs, now);
		this.intervals = Object.fromEntries(
			GRADES.map((g) => [g, formatInterval(now, preview[g].card.due)])
		) as Record<Grade, string>;
	}

	/** Shows the answer of a cloze question. */
	reveal(): void {
		if (this.phase === 'question') this.phase = 'answer';
	}

	/** Answers a multiple-choice or true/false question; proposes a grade from it. */
	choose(option: string): void {
		if (this.phase !== 'question' || !this.item) return;
		this.chosen = option;
		this.proposed = option === this.item.answer ? GRADE.Good : GRADE.Again;
		this.phase = 'answer';
	}

	/**
	 * Grades the card, saves card and log entry together, and moves on. A failed write (a full
	 * disk, a closed database) changes nothing: the answer stays on screen to grade again.
	 */
	async grade(grade: Grade): Promise<void> {
		if (this.phase !== 'answer' || !this.card || this.#busy) return;
		this.#begin();
		const cardId = this.card.id;
		try {
			const correct = this.isChoice ? this.chosen === this.item?.answer : null;
			const scheduler = await this.#loadScheduler();
			const answer = {
				grade,
				now: this.now(),
				durationMs: performance.now() - this.#shownAt,
				itemId: this.item?.id ?? null,
				correct,
				leechThreshold: this.#settings?.leechThreshold
			};
			const prompt = this.item?.prompt ?? '';
			let made: boolean;
			try {
				made = (await this.source.run((db) => answerCard(db, cardId, answer, scheduler))).leech;
			} catch (e) {
				this.actionError = `Not saved. ${await explain(e)}`;
				return;
			}
			this.actionError = null;
			this.lastAct = null;
			this.leech = made ? { cardId, prompt } : null;
			this.reviewed++;
			// A learner who only reviews never finishes an article: ask to keep the data now too.
			// (Loaded then, not with the review screen: it is the rare step, and the screen is light.)
			if (this.reviewed === 1) {
				void import('./storage.svelte')
					.then(({ storage }) => storage.persistAfterMilestone())
					.catch(() => undefined);
			}
			if (correct ?? grade >= GRADE.Good) this.correct++;
			this.canUndo = true;
			await this.source.run((db) => this.#next(db));
		} catch (e) {
			this.actionError = await explain(e);
		} finally {
			this.#end();
		}
	}

	/** Takes back the last review and asks that card again. */
	async undo(): Promise<void> {
		// U pressed while the grade it takes back is still loading the next card waits for it: the
		// learner sees the grade done ("9 due") and means to take it back, not to be ignored.
		while (this.#busy) await this.#idle;
		if (!this.canUndo) return;
		this.#begin();
		try {
			const card = await this.source.run((db) => undoLastReview(db));
			this.canUndo = false;
			this.actionError = null;
			this.leech = null;
			if (!card) return;
			this.reviewed = Math.max(0, this.reviewed - 1);
			this.correct = Math.min(this.correct, this.reviewed);
			const now = this.now();
			const [found, due] = await this.source.run((db) =>
				Promise.all([
					cardWithFact(db, card.id, this.#headlines),
					dueSummary(db, now, this.#settings!)
				])
			);
			if (!found) return;
			this.due = due;
			this.#show(found, itemFor(found.card, found.fact), now);
		} catch (e) {
			this.actionError = `Not undone. ${await explain(e)}`;
		} finally {
			this.#end();
		}
	}

	/**
	 * Acts on the card on screen, in one transaction: bury, suspend and delete take it out of
	 * the session (the next card comes), flag stays on it. Undo (the toast) puts it back.
	 */
	async act(kind: 'bury' | 'suspend' | 'delete' | 'flag', note = ''): Promise<void> {
		if (!this.card || this.#busy || (this.phase !== 'question' && this.phase !== 'answer')) return;
		const now = this.now();
		const [{ buried, deleted, flagged, suspendedByUser }] = await acts();
		const change =
			kind === 'bury'
				? (c: StoredCard) => buried(c, now)
				: kind === 'suspend'
					? suspendedByUser
					: kind === 'delete'
						? deleted
						: (c: StoredCard) => flagged(c, note, now);
		await this.#apply(kind, change, kind !== 'flag');
	}

	/** Saves the learner's text for the card on screen; its scheduling stays. Null, or why not. */
	async saveEdit(text: Pick<CardEdit, 'prompt' | 'answer' | 'options'>): Promise<string | null> {
		if (!this.card || !this.item) return 'There is no card to edit.';
		const [{ editProblem, edited }] = await acts();
		const problem = editProblem(text, this.item.type);
		if (problem) return problem;
		const from = this.card.edit ? null : this.item;
		const now = this.now();
		const ok = await this.#apply('edit', (c) => edited(c, text, from, now), false);
		return ok ? null : this.actionError;
	}

	async #apply(
		kind: CardActionKind,
		change: (card: StoredCard) => StoredCard,
		leaves: boolean
	): Promise<boolean> {
		if (!this.card || this.#busy) return false;
		this.#begin();
		const prompt = this.item?.prompt ?? '';
		try {
			const [, { changeCards }] = await acts();
			const result = await this.source.run((db) => changeCards(db, [this.card!.id], change));
			this.actionError = null;
			this.acts = [...this.acts, { kind, prompt }];
			this.lastAct = { kind, before: result.before };
			const after = result.after[0];
			if (leaves) await this.source.run((db) => this.#next(db));
			else if (after && this.fact) {
				this.card = after;
				if (kind === 'edit') this.item = itemFor(after, this.fact);
			}
			return true;
		} catch (e) {
			this.actionError = `Not saved. ${await explain(e)}`;
			return false;
		} finally {
			this.#end();
		}
	}

	/** Takes back the last act on a card (the Undo toast) and shows that card again. */
	async undoAct(): Promise<void> {
		// As with U: the toast's Undo waits for the act's next card, it is not dropped.
		while (this.#busy) await this.#idle;
		const last = this.lastAct;
		if (!last) return;
		this.#begin();
		try {
			const [, { restoreCards }] = await acts();
			await this.source.run((db) => restoreCards(db, last.before));
			this.lastAct = null;
			const index = this.acts.findLastIndex((a) => a.kind === last.kind);
			this.acts = this.acts.filter((_, i) => i !== index);
			const id = last.before[0]?.id;
			const now = this.now();
			const [found, due] = await this.source.run((db) =>
				Promise.all([
					id ? cardWithFact(db, id, this.#headlines) : null,
					dueSummary(db, now, this.#settings!)
				])
			);
			this.due = due;
			if (found) this.#show(found, itemFor(found.card, found.fact), now);
		} catch (e) {
			this.actionError = `Not undone. ${await explain(e)}`;
		} finally {
			this.#end();
		}
	}
}

/** The stats screen: forecast, heatmap, retention, cards by state and streak, from the log. */
import { cardCounts, type CardCounts } from '$lib/db/card-actions';
import { cardsByState, countDueBetween, reviewsSince } from '$lib/db/cards';
import type { CardStateValue } from '$lib/domain/review/model';
import {
	forecastWindows,
	lastDays,
	reviewsPerDay,
	streak,
	trueRetention
} from '$lib/domain/review/stats';
import { formatDayMonth } from '$lib/domain/format';
import { Loadable, type StateOptions } from './loadable.svelte';
import { localDb, type DossierDatabase } from './local-db.svelte';

/** How many weeks the heatmap and retention look back. */
export const STATS_WEEKS = 12;
const DAY = 86_400_000;

export class StatsState extends Loadable {
	forecast = $state.raw<{ label: string; value: number }[]>([]);
	heatmap = $state.raw<{ key: string; count: number }[]>([]);
	retention = $state.raw<{ rate: number | null; count: number }>({ rate: null, count: 0 });
	states = $state.raw<Record<CardStateValue, number> | null>(null);
	streak = $state(0);
	/** Cards out of reviews because their fact changed or left the articles. */
	suspended = $state(0);
	/** The learner's suspensions, buried cards, leeches and flags (issue 14). */
	counts = $state.raw<CardCounts | null>(null);

	constructor(options: StateOptions = {}) {
		super(options.source ?? localDb, options.now);
	}

	protected async read(db: DossierDatabase): Promise<void> {
		const now = this.now();
		const windows = forecastWindows(now, 30);
		const [counts, entries, byState, suspended] = await Promise.all([
			Promise.all(windows.map(([from, to]) => countDueBetween(db, from, to))),
			reviewsSince(db, now.getTime() - (STATS_WEEKS * 7 + 1) * DAY),
			cardsByState(db),
			cardCounts(db)
		]);
		this.forecast = windows.map(([, to], i) => ({
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a label's date, never mutated
			label: i === 0 ? 'Today' : formatDayMonth(new Date(to - DAY)),
			value: counts[i]!
		}));
		const perDay = reviewsPerDay(entries);
		this.heatmap = lastDays(now, STATS_WEEKS * 7).map((key) => ({
			key,
			count: perDay.get(key) ?? 0
		}));
		this.retention = trueRetention(entries);
		this.states = byState;
		this.streak = streak(entries, now);
		this.suspended = suspended.factGone;
		this.counts = suspended;
	}
}

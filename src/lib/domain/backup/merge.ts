/**
 * How a backup merges into what is stored: records by id, the newer one wins; the review
 * log is a union with no entry twice. Pure: the database layer applies the result.
 */
import type { ReviewEntry, StoredCard } from '../review/cards';
import type { ReadingProgress } from '../progress';
import type { BackupSetting } from './format';

/** The records of `incoming` that should be written: new ids, and ids where it is newer. */
export function newerWins<T>(
	local: readonly T[],
	incoming: readonly T[],
	id: (record: T) => string,
	time: (record: T) => number
): T[] {
	const stored = new Map(local.map((r) => [id(r), r]));
	const winners = new Map<string, T>();
	for (const record of incoming) {
		const key = id(record);
		const rival = winners.get(key) ?? stored.get(key);
		// A tie keeps what is stored: restoring the same file twice changes nothing.
		if (!rival || time(record) > time(rival)) winners.set(key, record);
	}
	return [...winners.values()];
}

const ms = (date: Date | string | number | undefined | null): number =>
	date === undefined || date === null ? -Infinity : new Date(date).getTime();

/**
 * When a card last changed: its last review or, for fields a user edits, its `updatedAt`
 * (a card without either has never been touched and loses to any that has).
 */
export function cardTime(card: StoredCard): number {
	const edited = (card as { updatedAt?: unknown }).updatedAt;
	return Math.max(ms(card.fsrs.last_review), typeof edited === 'number' ? edited : -Infinity);
}

export const progressTime = (p: ReadingProgress): number => p.lastRead;
export const settingTime = (s: BackupSetting): number => s.updatedAt;

/** What makes two log entries the same review, whatever id each database gave it. */
export function reviewKey(entry: ReviewEntry): string {
	return `${entry.cardId}\u0000${entry.reviewedAt}\u0000${entry.rating}`;
}

/** The entries of `incoming` that `local` lacks, each once, oldest first, without their ids. */
export function missingReviews(
	local: readonly ReviewEntry[],
	incoming: readonly ReviewEntry[]
): ReviewEntry[] {
	const seen = new Set(local.map(reviewKey));
	const added: ReviewEntry[] = [];
	for (const entry of incoming) {
		const key = reviewKey(entry);
		if (seen.has(key)) continue;
		seen.add(key);
		// The id is this database's to give: the file's may be taken by another review here.
		const { id: _id, ...rest } = entry;
		added.push(rest);
	}
	return added.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** The entries of a file with duplicates removed (a hand-edited or concatenated file). */
export function uniqueReviews(entries: readonly ReviewEntry[]): ReviewEntry[] {
	const seen = new Set<string>();
	return entries.filter((e) => {
		const key = reviewKey(e);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

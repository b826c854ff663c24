/**
 * Runs in the browser page (bundled by deck.ts with esbuild): fills the app's own
 * IndexedDB with a large deck and times the app's own deck code on it.
 */
import { answerCard, nextCard } from '../../src/lib/db/cards';
import { openDossierDB } from '../../src/lib/db/open';
import { SCHEDULED_QUEUE, type StoredCard } from '../../src/lib/domain/review/cards';
import { CardState as State } from '../../src/lib/domain/review/model';
import { createScheduler, newCard, Rating } from '../../src/lib/domain/review/scheduler';

const DAY = 86_400_000;
const LIMITS = { newPerDay: 10, reviewsPerDay: 1_000_000 };

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** Adds `count` scheduled cards (half overdue, half due later), each with a fact to show. */
async function seed(count: number): Promise<void> {
	const db = await openDossierDB();
	// A fact the quiz asks (since derivation 7, a fact may have no card).
	const template = (await db.getAll('facts')).find((fact) => (fact.quiz?.length ?? 0) > 0)!;
	// Ids continue after the bench cards already there, so a second call adds to the deck.
	const offset = await db.count('cards');
	const now = Date.now();
	const BATCH = 5000;
	for (let start = 0; start < count; start += BATCH) {
		const tx = db.transaction(['cards', 'facts'], 'readwrite');
		for (let i = start; i < Math.min(count, start + BATCH); i++) {
			const id = `bench-${offset + i}`;
			const due = now + ((i * 7919) % 120) * DAY - 60 * DAY;
			const fsrs = {
				...newCard(new Date(due - 10 * DAY)),
				state: State.Review,
				due: new Date(due),
				stability: 10,
				difficulty: 5,
				reps: 3,
				last_review: new Date(due - 10 * DAY)
			};
			const card: StoredCard = {
				id,
				articleIds: template.articleIds,
				queue: SCHEDULED_QUEUE,
				due,
				order: 1e6 + i,
				state: State.Review,
				fsrs
			};
			void tx.objectStore('cards').put(card);
			void tx.objectStore('facts').put({ ...template, id });
		}
		await tx.done;
	}
	db.close();
}

/** Median times of the next-card query and of answer-and-save, over `runs` runs. */
async function time(runs: number): Promise<{ cards: number; nextMs: number; answerMs: number }> {
	const db = await openDossierDB();
	const scheduler = createScheduler();
	const next: number[] = [];
	const answer: number[] = [];
	const counts = { newDone: 0, reviewsDone: 0 };
	for (let i = 0; i < runs; i++) {
		const now = new Date();
		let t = performance.now();
		const card = await nextCard(db, now, LIMITS, counts);
		next.push(performance.now() - t);
		if (!card) break;
		t = performance.now();
		await answerCard(
			db,
			card.id,
			{ grade: Rating.Good, now, durationMs: 1000, itemId: null, correct: null },
			scheduler
		);
		answer.push(performance.now() - t);
	}
	const cards = await db.count('cards');
	db.close();
	return { cards, nextMs: median(next), answerMs: median(answer) };
}

Object.assign(globalThis, { benchDeck: { seed, time } });

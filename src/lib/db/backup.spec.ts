import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BackupError,
	makeBackup,
	summarizeBackup,
	type BackupFile
} from '$lib/domain/backup/format';
import type { Fact } from '$lib/domain/facts/types';
import { CardState, GRADE, type Grade } from '$lib/domain/review/model';
import { createScheduler } from '$lib/domain/review/scheduler';
import { makeArticle, makeFact, makePack, uniqueDbName } from '$lib/testing/factories';
import { listImportedSummaries } from './article-summaries';
import { readBackupData, restoreBackup } from './backup';
import { checkBackupSize, MAX_TEXT_LENGTH, parseBackup } from './backup-schema';
import { answerCard } from './cards';
import { openDossierDB } from './open';
import { syncPack } from './pack';
import { recordReading } from './progress';
import type { DossierDatabase } from './schema';
import { saveReadingPrefs, saveReviewSettings } from './settings';

const T0 = new Date(Date.UTC(2024, 2, 27, 9));
const MINUTE = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const scheduler = createScheduler({ fuzz: false });

const quizzed = (fact: Fact): Fact => ({
	...fact,
	quiz: [{ id: `${fact.id}:cloze`, type: 'cloze', prompt: '_____ said so.', answer: 'Japan' }]
});
const a = makeArticle({ id: 'pack-a' });
const b = makeArticle({ id: 'pack-b' });
const facts = [0, 1, 2, 3].map((i) => quizzed(makeFact(i % 2 ? b : a, { id: `f${i}` })));
const pack = makePack([a, b], 'v1', facts);
const mine = makeArticle({ id: 'my-article', origin: 'imported', title: 'My own article' });
const myFact = { ...makeFact(mine, { id: 'my-fact' }), origin: 'imported' as const };

/** A database on the pack with nothing of the user's in it. */
async function freshDb(): Promise<DossierDatabase> {
	const db = await openDossierDB(uniqueDbName());
	await syncPack(db, pack, T0);
	return db;
}

const review = (db: DossierDatabase, cardId: string, when: Date, grade: Grade = GRADE.Good) =>
	answerCard(
		db,
		cardId,
		{ grade, now: when, durationMs: 3000, itemId: `${cardId}:cloze`, correct: null },
		scheduler
	);

/** A database where a learner has read, set preferences, added an article and reviewed. */
async function usedDb(): Promise<DossierDatabase> {
	const db = await freshDb();
	await db.put('articles', mine);
	await db.put('facts', myFact);
	await recordReading(db, { articleId: a.id, paragraph: 0, percent: 100, reachedEnd: true }, 1000);
	await recordReading(
		db,
		{ articleId: mine.id, paragraph: 0, percent: 40, reachedEnd: false },
		2000
	);
	await saveReadingPrefs(db, { fontStep: 5, lineSpacing: 'relaxed', theme: 'sepia' }, 3000);
	await saveReviewSettings(db, { retention: 0.85, newPerDay: 5, reviewsPerDay: 50 }, 3000);
	await review(db, 'f0', T0);
	await review(db, 'f1', at(MINUTE), GRADE.Again);
	await review(db, 'f1', at(12 * MINUTE));
	return db;
}

/** Every record of every store, to show that something changed nothing. */
async function dump(db: DossierDatabase) {
	const stores = [
		'articles',
		'facts',
		'progress',
		'settings',
		'cards',
		'reviewLog',
		'meta'
	] as const;
	return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
}

async function exportText(db: DossierDatabase): Promise<string> {
	return JSON.stringify(makeBackup(await readBackupData(db), at(60 * MINUTE), 'test', 3));
}

let source: DossierDatabase;
let text: string;
beforeAll(async () => {
	source = await usedDb();
	text = await exportText(source);
});

describe('a backup', () => {
	it('holds every record the user owns, and none of the pack’s articles or facts', async () => {
		const file = JSON.parse(text) as BackupFile;
		expect(file).toMatchObject({ format: 'dossier-backup', version: 1, app: { name: 'Dossier' } });
		expect(file.exportedAt).toBe(at(60 * MINUTE).toISOString());
		expect(file.data.articles.map((x) => x.id)).toEqual([mine.id]);
		expect(file.data.facts.map((x) => x.id)).toEqual([myFact.id]);
		expect(summarizeBackup(parseBackup(text))).toEqual({
			exportedAt: file.exportedAt,
			cards: 4,
			reviewedCards: 2,
			reviews: 3,
			articles: 1,
			progress: 2,
			settings: 2
		});
	});

	for (const mode of ['replace', 'merge'] as const) {
		it(`restores into an empty database (${mode}) with every record as it was`, async () => {
			const target = await freshDb();
			await restoreBackup(target, parseBackup(text), mode);
			expect(await readBackupData(target)).toEqual(await readBackupData(source));
			expect(await dump(target)).toEqual(await dump(source));
		});
	}
});

describe('restore, replace', () => {
	it('makes the user’s stores the file’s and leaves the pack alone', async () => {
		const target = await freshDb();
		await review(target, 'f2', at(30 * MINUTE));
		await recordReading(
			target,
			{ articleId: b.id, paragraph: 2, percent: 50, reachedEnd: false },
			9
		);
		await restoreBackup(target, parseBackup(text), 'replace', T0);
		const data = await readBackupData(target);
		expect(data).toEqual(await readBackupData(source));
		// f2 was reviewed here only: the file's history is the truth, so it is new again.
		const f2 = await target.get('cards', 'f2');
		expect(f2).toMatchObject({ state: CardState.New, queue: 0, due: f2!.order });
		expect((await target.getAll('articles')).map((x) => x.id).sort()).toEqual(
			[a.id, b.id, mine.id].sort()
		);
	});
});

describe('restore and the library’s summaries', () => {
	it('lists a restored article as the file has it, also under an id already here', async () => {
		const target = await freshDb();
		await target.put('articles', { ...mine, title: 'The title before the restore' });
		expect((await listImportedSummaries(target)).map((x) => x.title)).toEqual([
			'The title before the restore'
		]);
		await restoreBackup(target, parseBackup(text), 'replace', T0);
		expect((await listImportedSummaries(target)).map((x) => x.title)).toEqual([mine.title]);
	});
});

describe('restore, merge', () => {
	it('keeps the newer card, position and setting on either side, and unites the logs', async () => {
		const target = await freshDb();
		// Here: f0 reviewed later than in the file, f3 only here; the file has f1 and an older f0.
		await review(target, 'f0', at(2 * MINUTE));
		await review(target, 'f0', at(20 * MINUTE));
		await review(target, 'f3', at(5 * MINUTE));
		await recordReading(
			target,
			{ articleId: a.id, paragraph: 3, percent: 60, reachedEnd: false },
			500
		);
		await saveReadingPrefs(target, { fontStep: 1, lineSpacing: 'compact', theme: 'dark' }, 9999);
		const localF0 = await target.get('cards', 'f0');

		const result = await restoreBackup(target, parseBackup(text), 'merge');
		expect(await target.get('cards', 'f0')).toEqual(localF0);
		expect(await target.get('cards', 'f1')).toEqual(await source.get('cards', 'f1'));
		expect((await target.get('cards', 'f3'))?.fsrs.reps).toBe(1);
		expect(await target.get('progress', a.id)).toEqual(await source.get('progress', a.id));
		expect((await target.get('settings', 'reading'))?.value).toMatchObject({ theme: 'dark' });
		expect((await target.get('settings', 'review'))?.value).toMatchObject({ newPerDay: 5 });
		const log = await target.getAll('reviewLog');
		expect(log).toHaveLength(3 + 3);
		expect(result).toMatchObject({ cards: 1, reviews: 3, articles: 1, facts: 1 });
	});

	it('changes nothing the second time the same file is merged', async () => {
		const target = await freshDb();
		await restoreBackup(target, parseBackup(text), 'merge');
		const once = await dump(target);
		const again = await restoreBackup(target, parseBackup(text), 'merge');
		expect(await dump(target)).toEqual(once);
		expect(again).toMatchObject({ cards: 0, reviews: 0, progress: 0, settings: 0, articles: 0 });
	});
});

// Hand-editing a file's JSON: any shape goes, which is the point.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The file's JSON with `edit` applied. */
function edited(edit: (file: Json) => void): string {
	const file = JSON.parse(text) as Json;
	edit(file);
	return JSON.stringify(file);
}

const BAD_FILES: [string, () => string, RegExp][] = [
	[
		'a truncated file',
		() => text.slice(0, Math.floor(text.length / 2)),
		/cut short or is not JSON/
	],
	['an empty file', () => '', /cut short or is not JSON/],
	['a newer version', () => edited((f) => (f.version = 2)), /newer version of Dossier/],
	['an unknown version', () => edited((f) => (f.version = '1')), /version this Dossier does not/],
	['another app’s JSON', () => '{"name":"my-app","version":"1.0.0"}', /may come from another app/],
	['a Dossier content pack', () => JSON.stringify(pack), /may come from another app/],
	['a bare list', () => '[1,2,3]', /not a Dossier backup/],
	[
		'a __proto__ key',
		() => text.replace('"fsrs":{', '"fsrs":{"__proto__":{"polluted":true},'),
		/not a safe Dossier backup.*__proto__/
	],
	[
		'a constructor key',
		() => edited((f) => (f.data.cards[0].constructor = 1)),
		/not a safe Dossier backup.*constructor/
	],
	[
		'a huge string',
		() => edited((f) => (f.data.cards[0].id = 'x'.repeat(MAX_TEXT_LENGTH + 1))),
		/not a safe Dossier backup.*characters/
	],
	[
		'a card with a wrong type',
		() => edited((f) => (f.data.cards[1].fsrs.reps = '3')),
		/damaged: data\.cards\.1\.fsrs\.reps/
	],
	[
		'a card with a date that is not one',
		() => edited((f) => (f.data.cards[0].fsrs.due = 'yesterday')),
		/damaged: data\.cards\.0\.fsrs\.due/
	],
	[
		'a review without its card id',
		() => edited((f) => delete f.data.reviewLog[0].cardId),
		/damaged: data\.reviewLog\.0\.cardId/
	],
	[
		'bad reading preferences',
		() => edited((f) => (f.data.settings.find((s: Json) => s.key === 'reading').value.theme = 9)),
		/damaged: data\.settings/
	],
	[
		'a pack article passed off as the user’s',
		() => edited((f) => (f.data.articles[0].origin = 'pack')),
		/damaged: data\.articles\.0/
	],
	[
		'the same card twice',
		() => edited((f) => f.data.cards.push(f.data.cards[0])),
		/damaged: data\.cards must not hold the same card twice/
	],
	['data missing', () => edited((f) => delete f.data), /damaged: data/]
];

describe('a file that cannot be restored', () => {
	for (const [what, make, message] of BAD_FILES) {
		it(`${what}: is refused with its reason and changes nothing`, async () => {
			const target = await usedDb();
			const before = await dump(target);
			let error: unknown;
			try {
				await restoreBackup(target, parseBackup(make()), 'replace');
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(BackupError);
			expect((error as Error).message).toMatch(message);
			expect((error as Error).message).toMatch(/Nothing was changed\.$/);
			expect(await dump(target)).toEqual(before);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	}

	it('over 50 MB is refused before it is read', () => {
		expect(() => checkBackupSize(60 * 1024 * 1024)).toThrow(/60 MB.*limit is 50 MB/);
		expect(() => checkBackupSize(1024)).not.toThrow();
	});

	it('whose write fails half-way leaves everything as it was (one transaction)', async () => {
		const target = await usedDb();
		const before = await dump(target);
		const file = parseBackup(text);
		// A value IndexedDB cannot store, after the clears and most puts were issued.
		(file.data.reviewLog.at(-1) as unknown as { extra: unknown }).extra = () => undefined;
		await expect(restoreBackup(target, file, 'replace')).rejects.toThrow();
		expect(await dump(target)).toEqual(before);
	});
});

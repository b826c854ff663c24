/**
 * The review day starts at 4 am local time, also on the days clocks change: in five time
 * zones (two northern, three southern: one whose clocks move by half an hour, one whose
 * clocks moved at midnight), across both of their DST changes. The zone is
 * set per test through process.env.TZ (Node applies it at once); Intl in that zone is the
 * independent judge of what the local time is.
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyCard } from '$lib/domain/review/cards';
import { nextReviewDay, reviewDayStart } from '$lib/domain/review/model';
import { uniqueDbName } from '$lib/testing/factories';
import { dayCounts, dueSummary } from './cards';
import { openDossierDB } from './open';

const ZONES = {
	'America/New_York': ['2024-03-10', '2024-11-03'],
	'Europe/Berlin': ['2024-03-31', '2024-10-27'],
	'Australia/Sydney': ['2024-04-07', '2024-10-06'],
	// Clocks move by half an hour: days of 23.5 and 24.5 hours.
	'Australia/Lord_Howe': ['2024-04-07', '2024-10-06'],
	// Clocks moved at midnight, so that day had no 00:00 (and the day before the change back
	// had 23:00–23:59 twice): the 4 am boundary must not lean on midnight.
	'America/Sao_Paulo': ['2018-11-04', '2019-02-17']
} as const;

const originalTz = process.env.TZ;
afterAll(() => {
	if (originalTz === undefined) delete process.env.TZ;
	else process.env.TZ = originalTz;
});

/** Local wall-clock parts of `date` in `zone`, by Intl (not by the code under test). */
function wall(date: Date, zone: string) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(date)
			.map((p) => [p.type, p.value])
	);
	return {
		day: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}`
	};
}

const HOUR = 3_600_000;

describe.each(Object.entries(ZONES))('the 4 am day in %s', (zone, changes) => {
	it.each(changes)('holds across the DST change of %s', async (change) => {
		process.env.TZ = zone;
		const [y, m, d] = change.split('-').map(Number) as [number, number, number];
		// The zone really is in force: Node's local time agrees with Intl's for that zone.
		const probe = new Date(y, m - 1, d, 12, 0);
		expect(wall(probe, zone)).toEqual({ day: change, time: '12:00' });

		// Every half hour from the day before the change to the day after.
		const from = new Date(y, m - 1, d - 1, 0, 0).getTime();
		for (let t = from; t < from + 72 * HOUR; t += HOUR / 2) {
			const now = new Date(t);
			const start = reviewDayStart(now);
			const next = nextReviewDay(now);
			expect(wall(start, zone).time).toBe('04:00');
			expect(wall(next, zone).time).toBe('04:00');
			expect(start.getTime()).toBeLessThanOrEqual(t);
			expect(t).toBeLessThan(next.getTime());
			// 23 to 25 hours (23.5 and 24.5 where clocks move by half an hour): never a day
			// lost or doubled.
			expect(Math.abs((next.getTime() - start.getTime()) / HOUR - 24)).toBeLessThanOrEqual(1);
			const local = wall(now, zone);
			const expectedDay =
				local.time >= '04:00' ? local.day : wall(new Date(start.getTime() + HOUR), zone).day;
			expect(wall(start, zone).day).toBe(expectedDay);
		}

		// The log's daily counts: 03:59 belongs to the day before, 04:01 to the change day.
		const db = await openDossierDB(uniqueDbName());
		const entry = (at: Date) => ({
			cardId: 'c',
			rating: 3 as const,
			reviewedAt: at.getTime(),
			durationMs: 1,
			itemId: null,
			correct: null,
			before: emptyCard(at),
			after: emptyCard(at),
			log: {} as never
		});
		const before4 = new Date(y, m - 1, d, 3, 59);
		const after4 = new Date(y, m - 1, d, 4, 1);
		await db.add('reviewLog', entry(before4));
		await db.add('reviewLog', entry(after4));
		await db.add('reviewLog', entry(new Date(y, m - 1, d + 1, 3, 30)));
		expect(await dayCounts(db, new Date(y, m - 1, d, 2, 0))).toEqual({
			newDone: 1,
			reviewsDone: 0
		});
		expect(await dayCounts(db, new Date(y, m - 1, d, 12, 0))).toEqual({
			newDone: 2,
			reviewsDone: 0
		});
		expect(await dayCounts(db, new Date(y, m - 1, d + 1, 5, 0))).toEqual({
			newDone: 0,
			reviewsDone: 0
		});

		// The deck's daily limit of new cards: used up on the change day (new cards at 04:01,
		// 09:00 and, still that review day, 03:30 the next morning), offered again from the
		// next day's 4 am, not a minute before.
		for (let i = 0; i < 4; i++) {
			const card = emptyCard(new Date(y, m - 1, d - 1, 12, 0));
			await db.put('cards', {
				id: `n${i}`,
				articleIds: [],
				queue: 0,
				due: i,
				order: i,
				state: 0,
				fsrs: card
			});
		}
		await db.add('reviewLog', entry(new Date(y, m - 1, d, 9, 0)));
		const limits = { newPerDay: 2, reviewsPerDay: 100 };
		expect((await dueSummary(db, new Date(y, m - 1, d, 23, 0), limits)).fresh).toBe(0);
		expect((await dueSummary(db, new Date(y, m - 1, d + 1, 3, 59), limits)).fresh).toBe(0);
		expect((await dueSummary(db, new Date(y, m - 1, d + 1, 4, 0), limits)).fresh).toBe(2);
		db.close();
	});
});

/**
 * A learner's database of every shipped schema version (fixtures/shipped.ts: progress,
 * settings, an imported article, its fact, cards and the review log, as each version had
 * them), upgraded to the latest on fake-indexeddb: every record is kept, and today's checked
 * reads accept every one of them (none is skipped as unreadable). The same fixtures are
 * upgraded in Chromium by tests/e2e/migration.spec.ts.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uniqueDbName } from '$lib/testing/factories';
import { listImportedArticles } from './articles';
import { cardWithFact, nextCard, reviewsSince } from './cards';
import { checkDatabase } from './check-database';
import { listFacts } from './facts';
import {
	createShippedDatabase,
	readAllStores,
	SHIPPED_VERSIONS,
	shippedRecords,
	type StoreRecords
} from './fixtures/shipped';
import { badRecordsSeen, forgetBadRecords } from './integrity';
import { openDossierDB } from './open';
import { progressByArticle } from './progress';
import { DB_VERSION } from './schema';
import { getReadingPrefs, getReviewSettings } from './settings';

const KEY_PATHS: Record<string, string> = {
	articles: 'id',
	progress: 'articleId',
	settings: 'key',
	meta: 'key',
	facts: 'id',
	cards: 'id',
	reviewLog: 'id'
};

/** Every record of `before` is in `after` under its key, with every field it had. */
export function expectEveryRecordKept(before: StoreRecords, after: StoreRecords): void {
	for (const [store, records] of Object.entries(before)) {
		const key = KEY_PATHS[store]!;
		for (const record of records) {
			const kept = after[store]?.find((r) => r[key] === record[key]);
			expect(kept, `${store} ${String(record[key])}`).toMatchObject(record);
		}
	}
}

describe.each(SHIPPED_VERSIONS)('a learner’s database of version %i', (version) => {
	it('is upgraded to the latest with every record kept and readable', async () => {
		forgetBadRecords();
		const name = uniqueDbName();
		const records = shippedRecords(version);
		await createShippedDatabase({ name, version, records });
		const before = await readAllStores(name);
		expect(before.version).toBe(version);
		expect(Object.keys(before.stores).sort()).toEqual(Object.keys(records).sort());
		expectEveryRecordKept(records, before.stores);

		const db = await openDossierDB(name);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames]).toEqual(
			expect.arrayContaining([
				'articles',
				'cards',
				'facts',
				'meta',
				'progress',
				'reviewLog',
				'settings'
			])
		);
		db.close();
		const after = await readAllStores(name);
		expectEveryRecordKept(records, after.stores);

		// Today's checked reads take every shipped record: none is skipped as unreadable.
		const reopened = await openDossierDB(name);
		expect([...(await progressByArticle(reopened)).values()]).toEqual(records.progress);
		expect(await listImportedArticles(reopened)).toEqual(records.articles);
		expect((await getReadingPrefs(reopened)).theme).toBe('sepia');
		if (version >= 2) expect(await listFacts(reopened)).toEqual(records.facts);
		if (version >= 3) {
			expect(await getReviewSettings(reopened)).toEqual({
				retention: 0.85,
				newPerDay: 5,
				reviewsPerDay: 50
			});
			expect(await reviewsSince(reopened, 0)).toEqual(records.reviewLog);
			expect((await cardWithFact(reopened, 'f-mine-0001'))?.fact.id).toBe('f-mine-0001');
			const due = await nextCard(reopened, new Date(Date.UTC(2024, 10, 24, 9)), {
				newPerDay: 0,
				reviewsPerDay: 50
			});
			expect(due?.id).toBe('f-mine-0001');
		}
		expect(badRecordsSeen()).toEqual([]);

		// Check database finds nothing it cannot read; it only suspends the card whose fact is
		// gone (kept, with its state), and a second check repairs nothing.
		const report = await checkDatabase(reopened, new Date(Date.UTC(2024, 10, 24, 9)));
		expect(report.unrepaired).toEqual([]);
		expect(report.repaired.map((f) => `${f.store} ${f.key}: ${f.what}`)).toEqual(
			version >= 3 ? ['cards f-gone-0002: no fact: suspended'] : []
		);
		expect((await checkDatabase(reopened, new Date())).repaired).toEqual([]);
		expect(await reopened.count('cards')).toBe(records.cards?.length ?? 0);
		reopened.close();
	});
});

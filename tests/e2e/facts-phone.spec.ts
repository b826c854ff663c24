/**
 * The Key facts screen on a phone (issue 11): what the first screenful shows, groups that open
 * and close by keyboard and touch, the filter, links that land inside a closed group, and a
 * library of a hundred articles that still renders only what is asked for.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Fact } from '../../src/lib/domain/facts/types';
import { factGroups, fetchPack, openReader, ruleChangeSides } from './support';

/** The page's height at 390×844 with every fact of every group shown, before issue 11. */
const HEIGHT_ALL_EXPANDED = 13_700;

test.use({ viewport: { width: 390, height: 844 } });

async function openFacts(page: Page) {
	await page.goto('/facts');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** The button that opens a subject's group: "7 more facts in Export rules". */
const toggleOf = (page: Page, subject: string, total: number) =>
	factGroups(page).getByRole('button', {
		name: `${total - 1} more fact${total === 2 ? '' : 's'} in ${subject}`,
		exact: true
	});

/** The facts of each subject, in the pack. */
function bySubject(facts: readonly Fact[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const f of facts) counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
	return counts;
}

test('the first screenful shows where sources disagree, and the page is a fraction of its old height', async ({
	page,
	request
}, testInfo) => {
	const pack = await fetchPack(request);
	await openFacts(page);
	const disagreements = page.getByRole('region', { name: 'Where sources disagree' });
	await expect(disagreements.getByRole('heading', { level: 2 })).toBeInViewport();
	await expect(disagreements.getByRole('heading', { level: 3 })).toBeInViewport();
	await expect(disagreements.getByText('October 2023', { exact: true })).toBeInViewport();

	// Closed, every group shows its headline fact and nothing more.
	const subjects = bySubject(pack.facts);
	await expect(factGroups(page).locator('article.fact')).toHaveCount(subjects.size);
	const height = await pageHeight(page);
	testInfo.annotations.push({ type: 'height at 390×844', description: `${height} px` });
	expect(height).toBeLessThan(HEIGHT_ALL_EXPANDED / 2);
});

test('every group opens and closes by keyboard (Enter and Space) and by tap', async ({
	page,
	request
}) => {
	// Four presses on each of six groups: up to 33 s on a busy two-core machine.
	test.setTimeout(240_000);
	const pack = await fetchPack(request);
	await openFacts(page);
	const groups = [...bySubject(pack.facts)].filter(([, total]) => total > 1);
	expect(groups.length).toBeGreaterThan(3);
	for (const [subject, total] of groups) {
		const toggle = toggleOf(page, subject, total);
		const rest = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
		const restFacts = rest.locator('article.fact');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(restFacts).toHaveCount(0);

		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(restFacts).toHaveCount(total - 1);
		await expect(restFacts.first()).toBeVisible();
		await page.keyboard.press('Space');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(restFacts).toHaveCount(0);

		await toggle.tap();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(restFacts).toHaveCount(total - 1);
		await toggle.tap();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(restFacts).toHaveCount(0);
	}
});

test('the filter narrows the facts of every group, and clearing it closes them again', async ({
	page,
	request
}) => {
	const pack = await fetchPack(request);
	const text = (f: Fact) => [f.statement, ...f.evidence.map((e) => e.text)].join(' ');
	const licence = pack.facts.filter((f) => /licen/i.test(text(f)));
	const both = pack.facts.filter((f) => /mitsubishi/i.test(text(f)) && /licen/i.test(text(f)));
	expect(licence.length).toBeGreaterThan(both.length);
	expect(both.length).toBeGreaterThan(0);
	await openFacts(page);
	const filter = page.getByRole('searchbox', { name: 'Filter facts' });
	const shown = factGroups(page).locator('article.fact');
	const status = factGroups(page).getByRole('status');

	await filter.fill('licen');
	await expect(shown).toHaveCount(licence.length);
	await expect(status).toHaveText(
		new RegExp(`^${licence.length} of ${pack.facts.length} facts match`)
	);
	for (const fact of licence)
		await expect(shown.filter({ hasText: fact.statement })).toHaveCount(1);
	// The jump list follows: only the subjects that have a match.
	const subjectsWithMatch = new Set(licence.map((f) => f.subject));
	await expect(page.getByRole('navigation', { name: 'Subjects' }).getByRole('link')).toHaveCount(
		subjectsWithMatch.size
	);

	// Every word, in any order, case and accents aside.
	await filter.fill('LICEN  Mitsubishi');
	await expect(shown).toHaveCount(both.length);

	await filter.fill('no such words anywhere');
	await expect(shown).toHaveCount(0);
	await expect(status).toHaveText('No fact matches “no such words anywhere”.');

	await page.getByRole('button', { name: 'Clear' }).tap();
	await expect(filter).toHaveValue('');
	await expect(filter).toBeFocused();
	await expect(shown).toHaveCount(bySubject(pack.facts).size);
});

test('a link to a fact in a closed group opens the group and lands on the fact', async ({
	page,
	request
}) => {
	const pack = await fetchPack(request);
	const friday = ruleChangeSides(pack).december;
	const total = bySubject(pack.facts).get(friday.subject)!;
	await openFacts(page);
	const card = page.locator(`article.fact[data-fact="${friday.id}"]`);
	await expect(card).toHaveCount(0);

	// The timeline's list links to the event's fact.
	await page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('link', { name: /22 December 2023/ })
		.tap();
	await expect(card).toBeInViewport();
	await expect(toggleOf(page, friday.subject, total)).toHaveAttribute('aria-expanded', 'true');

	// The reader's "Sources disagree" link, from another page.
	await openReader(page, { id: friday.articleIds[0]! });
	await page.getByRole('button', { name: /Key facts/ }).click();
	await page
		.getByRole('region', { name: 'Key facts' })
		.locator(`li[data-fact="${friday.id}"]`)
		.getByRole('link', { name: 'Sources disagree' })
		.click();
	await expect(page).toHaveURL(new RegExp(`/facts#fact-${friday.id}$`));
	await expect(card).toBeInViewport();
	await expect(card).toBeFocused();
});

test('back from a source sentence, the group is still open and the fact in view', async ({
	page,
	request
}) => {
	const pack = await fetchPack(request);
	const friday = ruleChangeSides(pack).december;
	await openFacts(page);
	await toggleOf(page, friday.subject, bySubject(pack.facts).get(friday.subject)!).tap();
	const card = page.locator(`article.fact[data-fact="${friday.id}"]`);
	await card.scrollIntoViewIfNeeded();
	await card.getByRole('list', { name: 'Sources' }).getByRole('link').first().tap();
	await expect(page.locator('article.reader mark')).toHaveText(friday.evidence[0]!.text);

	await page.goBack();
	await expect(card).toBeInViewport();
	await expect(
		toggleOf(page, friday.subject, bySubject(pack.facts).get(friday.subject)!)
	).toHaveAttribute('aria-expanded', 'true');
});

test('a library of a hundred articles: only headlines until asked, a page of facts at a time', async ({
	page,
	request
}, testInfo) => {
	// Some 900 facts written and read back: up to 20 s on a busy two-core machine.
	test.setTimeout(240_000);
	const pack = await fetchPack(request);
	await openFacts(page);
	// As if 95 more articles had been added: nine facts each, stored as the app stores facts.
	const added = Array.from({ length: 95 }, (_, a) =>
		Array.from({ length: 9 }, (_, k) => {
			const fact = pack.facts[(a * 9 + k) % pack.facts.length]!;
			const articleId = `added-${a}`;
			return {
				...fact,
				id: `${fact.id}-added-${a}`,
				articleIds: [articleId],
				evidence: fact.evidence.slice(0, 1).map((e) => ({ ...e, articleId })),
				origin: 'imported'
			};
		})
	).flat();
	await page.evaluate(async (facts) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('dossier');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction('facts', 'readwrite');
		for (const fact of facts) tx.objectStore('facts').put(fact);
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, added);
	const all = [...pack.facts, ...added];
	await openFacts(page);
	await expect(page.locator('.summary')).toContainText(`${all.length} facts`);

	const subjects = bySubject(all);
	const shown = factGroups(page).locator('article.fact');
	await expect(shown).toHaveCount(subjects.size);
	const height = await pageHeight(page);
	const elements = await page.evaluate(() => document.querySelectorAll('*').length);
	testInfo.annotations.push({
		type: `${all.length} facts, closed`,
		description: `${height} px, ${elements} elements`
	});
	expect(height).toBeLessThan(HEIGHT_ALL_EXPANDED / 2);
	// Every fact rendered would be some fifteen elements each: over 13,000.
	expect(elements).toBeLessThan(1_500);
	// The timeline lists its first events, the picture shows them all.
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.getByRole('listitem')).toHaveCount(8);
	await expect(timeline.getByRole('button', { name: /^Show all \d+ events$/ })).toBeVisible();

	// A filter that matches hundreds renders at most a page a group, and says how many match.
	// What the filter reads of a fact: its statement, subject and source sentences (and date).
	const patriot = all.filter((f) =>
		[f.statement, f.subject, ...f.evidence.map((e) => e.text)]
			.join(' ')
			.toLowerCase()
			.includes('patriot')
	);
	expect(patriot.length).toBeGreaterThan(100);
	await page.getByRole('searchbox', { name: 'Filter facts' }).fill('patriot');
	await expect(factGroups(page).getByRole('status')).toHaveText(
		new RegExp(`^${patriot.length} of ${all.length} facts match`)
	);
	expect(await shown.count()).toBeLessThanOrEqual(20 * subjects.size);
	await page.getByRole('button', { name: 'Clear' }).tap();
	await expect(shown).toHaveCount(subjects.size);

	// The biggest group opens on a page of twenty; "Show 20 more" adds twenty and focuses the first.
	const [subject, total] = [...subjects].sort((a, b) => b[1] - a[1])[0]!;
	expect(total).toBeGreaterThan(40);
	await toggleOf(page, subject, total).tap();
	const group = page
		.locator(`section.group`)
		.filter({ has: page.getByRole('heading', { name: subject }) });
	await expect(group.locator('article.fact')).toHaveCount(20);
	await group.getByRole('button', { name: `Show 20 more in ${subject}` }).tap();
	await expect(group.locator('article.fact')).toHaveCount(40);
	await expect(group.locator('article.fact').nth(20)).toBeFocused();
});

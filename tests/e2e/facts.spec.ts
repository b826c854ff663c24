import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { evidenceIn, factsOfArticle } from '../../src/lib/domain/facts/present';
import { factGroups, fetchPack, openAllGroups, openReader, ruleChangeSides } from './support';

test.describe('key facts', () => {
	test('the reader lists an article’s key facts and tapping one highlights its source sentence', async ({
		page,
		request
	}) => {
		const pack = await fetchPack(request);
		const article = pack.articles.find((a) => a.id === 'japan-to-send-patriot-interceptors-to-us')!;
		const facts = factsOfArticle(pack.facts, article.id);
		expect(facts.length).toBeGreaterThan(2);

		await page.setViewportSize({ width: 390, height: 844 });
		await openReader(page, article);
		const toggle = page.getByRole('button', { name: /Key facts/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const panel = page.getByRole('region', { name: 'Key facts' });
		const items = panel.getByRole('button');
		await expect(items).toHaveCount(facts.length);

		// The last fact's sentence is far down the page: tapping it brings it into view, marked.
		const last = facts.at(-1)!;
		await items.last().click();
		await expect(items.last()).toHaveAttribute('aria-pressed', 'true');
		const mark = page.locator('article.reader mark');
		await expect(mark).toHaveText(evidenceIn(last, article.id)!.text);
		await expect(mark).toBeInViewport();

		// Keyboard users get there too, and another fact moves the mark.
		await items.first().focus();
		await page.keyboard.press('Enter');
		await expect(mark).toHaveText(evidenceIn(facts[0]!, article.id)!.text);
		await expect(mark).toHaveCount(1);
	});

	test('the Key facts screen groups facts, counts sources, flags the disagreement and draws a timeline', async ({
		page,
		request
	}) => {
		// Every group opened by its button: up to 15 s on a busy two-core machine.
		test.setTimeout(180_000);
		const pack = await fetchPack(request);
		await page.goto('/facts');
		await expect(page.getByRole('heading', { level: 1, name: 'Key facts' })).toBeVisible();
		await expect(page.locator('[data-loaded="true"]')).toBeVisible();
		// One group a subject, each closed on its headline fact; opened, they hold every fact.
		const subjects = new Set(pack.facts.map((f) => f.subject));
		expect(subjects.size).toBeGreaterThan(3);
		await expect(factGroups(page).getByRole('heading', { level: 3 })).toHaveCount(subjects.size);
		await expect(factGroups(page).locator('article.fact')).toHaveCount(subjects.size);
		await openAllGroups(page);
		await expect(factGroups(page).locator('article.fact')).toHaveCount(pack.facts.length);

		// The licence-production fact is reported by four of the five articles.
		const licence = page
			.locator('article.fact')
			.filter({ hasText: 'under a licensing agreement with American defense contractors' });
		await expect(licence).toContainText('Reported by 4 of 5 articles');
		await expect(licence.getByRole('list', { name: 'Sources' }).getByRole('link')).toHaveCount(4);

		// The rule change: October 2023 in one article, December 2023 in another, both shown with sources.
		const octoberFact = ruleChangeSides(pack).october;
		const october = page.locator(`article.fact[data-fact="${octoberFact.id}"]`);
		const note = october.getByRole('note');
		await expect(note).toContainText('Sources disagree');
		await expect(note).toContainText('October 2023');
		await expect(note).toContainText('22 December 2023');
		await expect(note.getByRole('link')).toHaveCount(2);
		// And once, at the top of the screen, each side linked to its very sentence in the reader.
		const decemberFact = ruleChangeSides(pack).december;
		const disagreements = page.getByRole('region', { name: 'Where sources disagree' });
		await expect(disagreements.getByRole('heading', { level: 3 })).toHaveText(
			/When Japan changed its arms export rules/
		);
		await expect(disagreements.getByRole('link')).toHaveCount(2);
		await expect(disagreements.getByRole('link').first()).toHaveAttribute(
			'href',
			new RegExp(`/read/${octoberFact.articleIds[0]}#fact-${octoberFact.id}$`)
		);
		await expect(disagreements.getByRole('link').last()).toHaveAttribute(
			'href',
			new RegExp(`/read/${decemberFact.articleIds[0]}#fact-${decemberFact.id}$`)
		);

		// Timeline: a picture, and the same events as a list with their dates and precision.
		const dated = pack.facts.filter((f) => f.kind === 'dated-event' && f.date);
		await expect(page.getByRole('img', { name: /Dated events/ })).toBeVisible();
		await expect(page.locator('[data-event]')).toHaveCount(dated.length);
		const events = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
		await expect(events).toHaveCount(dated.length);
		await expect(
			events.filter({ hasText: '22 December 2023 (worked out from “Friday”)' })
		).toHaveCount(1);
		await expect(events.filter({ hasText: /^October 2023/ })).toHaveCount(1);
	});

	test('a source link on the Key facts screen opens the article at the highlighted sentence', async ({
		page,
		request
	}) => {
		const pack = await fetchPack(request);
		const fact = ruleChangeSides(pack).december;
		await page.goto('/facts');
		await expect(page.locator('[data-loaded="true"]')).toBeVisible();
		// Not its group's headline: the group opens first.
		const inGroup = pack.facts.filter((f) => f.subject === fact.subject).length;
		await page
			.getByRole('button', { name: `${inGroup - 1} more facts in ${fact.subject}` })
			.click();
		const card = page.locator(`[data-fact="${fact.id}"]`);
		await card.getByRole('list', { name: 'Sources' }).getByRole('link').first().click();
		await expect(page).toHaveURL(new RegExp(`/read/${fact.articleIds[0]}#fact-${fact.id}$`));
		const mark = page.locator('article.reader mark');
		await expect(mark).toHaveText(fact.evidence[0]!.text);
		await expect(mark).toBeInViewport();
	});

	test('facts of a pasted article are found in a worker, with relative dates worked out', async ({
		page
	}) => {
		const text = readFileSync('src/lib/domain/facts/fixtures/gcap-export-decision.txt', 'utf8');
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto('/facts');
		await expect(page.locator('[data-loaded="true"]')).toBeVisible();
		// The facts worker starts only when asked (a first visit's pack worker is another).
		expect(workers.filter((url) => url.includes('facts.worker'))).toEqual([]);
		await page.getByText('Find key facts in an article of your own').click();
		// Opening the form starts the worker, which warms up while the user finds an article.
		await expect.poll(() => workers.filter((url) => url.includes('facts.worker')).length).toBe(1);
		const button = page.getByRole('button', { name: 'Find key facts' });
		await button.click();
		await expect(page.getByRole('alert')).toHaveText('Paste the text of an article first.');

		await page.getByLabel(/Paste an article as text/).fill(text);
		await button.click();
		const found = page.getByRole('status').filter({ hasText: 'key facts found in' });
		await expect(found).toContainText('Japan Clears Way to Export Next-Generation Fighter Jet');
		// The same worker found the facts: none other was started.
		expect(workers.filter((url) => url.includes('facts.worker'))).toHaveLength(1);
		const results = page.locator('details.find article.fact');
		expect(await results.count()).toBeGreaterThan(2);
		await expect(results.filter({ hasText: 'cabinet approved a change' }).first()).toContainText(
			'26 March 2024 (worked out from “Tuesday”)'
		);
		await expect(page.locator('details.find')).not.toContainText('Share this article');
	});
});

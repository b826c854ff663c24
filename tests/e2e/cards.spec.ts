/**
 * The learner's say over every card (issue 14), at phone size and offline: edit, suspend,
 * bury, flag and delete during review; find, filter and act on cards on /cards; axe on the
 * cards screen and a card's detail in every theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, fetchPack, openReader } from './support';
import { goOffline, launchProfile, waitForServiceWorker } from './profile';

const due = (page: Page) => page.getByTestId('due-count');
const prompt = (page: Page) => page.getByTestId('prompt');

async function openReview(page: Page) {
	await page.goto('/review');
	await expect(page.locator('.review[data-phase="question"]')).toBeVisible();
	await expect(due(page)).toHaveText(/\d+ due/);
}

async function openCards(page: Page, query = '') {
	await page.goto(`/cards${query}`);
	await expect(
		page.locator('.filters[data-loaded="true"], [data-testid="card-detail"]')
	).toBeVisible();
}

/** The list row of the card whose prompt is `text`. */
const row = (page: Page, text: string) =>
	page.getByTestId('card-list').getByRole('listitem').filter({ hasText: text });

async function search(page: Page, text: string) {
	await page.getByLabel('Search prompts and answers').fill(text);
}

test('during review, offline: edit, suspend, bury (back the next day), flag, delete and undo', async ({
	baseURL
}, testInfo) => {
	// Measured about 25 s on a busy two-core machine.
	test.setTimeout(180_000);
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	const page = await context.newPage();
	await page.clock.install({ time: new Date(2026, 10, 23, 9, 0) });
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);

	// Edit by the menu: the preview follows the text, Save keeps it, and a reload shows it.
	await openReview(page);
	const first = (await prompt(page).textContent())!.trim();
	const menu = page.getByRole('button', { name: 'More actions for this card' });
	expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await menu.click();
	await page.getByRole('button', { name: /^Edit/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Edit this card' });
	const question = dialog.getByLabel('Question');
	const edited = `In my words: ${await question.inputValue()}`;
	await question.fill(edited);
	await expect(dialog.getByTestId('edit-preview')).toContainText('In my words:');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(prompt(page)).toContainText('In my words:');
	await page.reload();
	await expect(prompt(page)).toContainText('In my words:');
	const editedPrompt = (await prompt(page).textContent())!.trim();
	expect(editedPrompt).not.toBe(first);

	// Suspend by its key: the card leaves the session (the next new card takes its place in
	// today's ten, so the count stays), also after a reload.
	await page.keyboard.press('s');
	await expect(prompt(page)).not.toHaveText(editedPrompt);
	await page.reload();
	await expect(prompt(page)).not.toHaveText(editedPrompt);

	// Bury by the menu: gone today.
	const buried = (await prompt(page).textContent())!.trim();
	await page.getByRole('button', { name: 'More actions for this card' }).click();
	await page.getByRole('button', { name: /^Bury/ }).click();
	await expect(prompt(page)).not.toHaveText(buried);
	await expect(page.getByRole('status').getByText('Buried until tomorrow.')).toBeVisible();

	// Flag with a note, by its key.
	const flaggedPrompt = (await prompt(page).textContent())!.trim();
	await page.keyboard.press('f');
	const flag = page.getByRole('dialog', { name: 'Flag this card' });
	await flag.getByLabel('What is wrong with it?').fill('The date is wrong');
	await flag.getByRole('button', { name: 'Flag' }).click();
	await expect(flag).toBeHidden();
	await expect(prompt(page)).toHaveText(flaggedPrompt);

	// Delete asks first; Undo brings the card back.
	await page.keyboard.press('Delete');
	const confirm = page.getByRole('dialog', { name: 'Delete this card?' });
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(prompt(page)).not.toHaveText(flaggedPrompt);
	await expect(page.getByRole('status').getByText('Deleted.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(prompt(page)).toHaveText(flaggedPrompt);

	// The cards screen shows what was done; the buried card is back after the next 4 am.
	await openCards(page);
	await page.getByRole('combobox', { name: 'State' }).selectOption('buried');
	await expect(page.getByTestId('card-count')).toHaveText(/^1 of \d+ cards$/);
	await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
	await expect(row(page, 'In my words:')).toHaveCount(1);
	await page.getByRole('combobox', { name: 'State' }).selectOption('flagged');
	await row(page, flaggedPrompt.slice(0, 30)).getByRole('link').click();
	await expect(page.getByTestId('flag-note')).toContainText('The date is wrong');

	await page.clock.setSystemTime(new Date(2026, 10, 24, 4, 1));
	await openReview(page);
	await openCards(page);
	await page.getByRole('combobox', { name: 'State' }).selectOption('buried');
	await expect(page.getByTestId('card-count')).toHaveText(/^0 of \d+ cards$/);
	await page.getByRole('combobox', { name: 'State' }).selectOption('');
	await search(page, buried.slice(0, 40));
	await expect(row(page, buried.slice(0, 40)).first()).toContainText('New');
	await context.close();
});

test('on /cards, offline: search, filter, bulk suspend and undo, a card’s detail', async ({
	baseURL,
	request
}, testInfo) => {
	test.setTimeout(180_000);
	const pack = await fetchPack(request);
	const quizzed = pack.facts.filter((f) => f.quiz.length > 0);
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cards' }).click();
	await expect(page.locator('.filters[data-loaded="true"]')).toBeVisible();
	const count = page.getByTestId('card-count');
	await expect(count).toHaveText(`${quizzed.length} of ${quizzed.length} cards`);

	// Search as you type, in prompts and answers alike.
	const target = quizzed.find((f) => f.quiz[0]!.type !== 'true-false') ?? quizzed[0]!;
	const answer = target.quiz[0]!.answer;
	await search(page, answer.toUpperCase());
	const hits = quizzed.filter((f) =>
		f.quiz.some(
			(q) =>
				q.prompt.toLowerCase().includes(answer.toLowerCase()) ||
				q.answer.toLowerCase().includes(answer.toLowerCase())
		)
	);
	await expect(count).toHaveText(new RegExp(`^\\d+ of ${quizzed.length} cards$`));
	const shown = Number((await count.textContent())!.split(' ')[0]);
	expect(shown).toBeGreaterThanOrEqual(1);
	expect(shown).toBeLessThanOrEqual(hits.length);
	await search(page, '');

	// Filter by article.
	const article = pack.articles[0]!;
	const ofArticle = quizzed.filter((f) => f.articleIds.includes(article.id)).length;
	await page.getByRole('combobox', { name: 'Article' }).selectOption(article.id);
	await expect(count).toHaveText(`${ofArticle} of ${quizzed.length} cards`);

	// Bulk suspend the article's cards; Undo puts them back.
	await page.getByLabel('Select all shown').check();
	await expect(page.getByText(`${ofArticle} selected`)).toBeVisible();
	await page
		.getByRole('group', { name: 'Act on the selected cards' })
		.getByRole('button', { name: 'Suspend', exact: true })
		.click();
	await expect(
		page.getByText(`Suspended: ${ofArticle} card${ofArticle === 1 ? '' : 's'}.`)
	).toBeVisible();
	await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
	await expect(count).toHaveText(`${ofArticle} of ${quizzed.length} cards`);
	await page.reload();
	await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
	await expect(count).toHaveText(`${ofArticle} of ${quizzed.length} cards`);
	await page.goto('/review');
	await expect(due(page)).toHaveText(`${Math.min(10, quizzed.length - ofArticle)} due`);
	await openCards(page);
	await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
	await page.getByLabel('Select all shown').check();
	await page
		.getByRole('group', { name: 'Act on the selected cards' })
		.getByRole('button', { name: 'Unsuspend' })
		.click();
	await expect(count).toHaveText(`0 of ${quizzed.length} cards`);

	// A card's detail: its fact, sources linked into the reader, its history.
	await page.getByRole('combobox', { name: 'State' }).selectOption('');
	await page.getByTestId('card-list').getByRole('link').first().click();
	const detail = page.getByTestId('card-detail');
	await expect(detail.getByRole('heading', { name: 'The fact' })).toBeVisible();
	await expect(detail.getByRole('link', { name: /^Read in “/ }).first()).toHaveAttribute(
		'href',
		/\/read\/[a-z0-9-]+#fact-/
	);
	await expect(detail.getByText('Not reviewed yet.')).toBeVisible();
	await detail.getByRole('link', { name: '← All cards' }).click();
	await expect(page.getByTestId('card-list')).toBeVisible();
	await context.close();
});

test('a link to the cards of an article that has none shows every card, and says so', async ({
	page,
	request
}) => {
	const quizzed = (await fetchPack(request)).facts.filter((f) => f.quiz.length > 0);
	await openCards(page, '?article=no-such-article&state=suspended');
	await expect(page.getByTestId('cards-notice')).toHaveText(
		'The article in the link has no cards: showing every article’s cards.'
	);
	await expect(page.getByRole('combobox', { name: 'Article' })).toHaveValue('');
	// The link's other filter still holds: none is suspended yet.
	await expect(page.getByTestId('card-count')).toHaveText(`0 of ${quizzed.length} cards`);
	await page.getByRole('combobox', { name: 'State' }).selectOption('');
	await expect(page.getByTestId('card-count')).toHaveText(
		`${quizzed.length} of ${quizzed.length} cards`
	);
});

test('a key pressed the moment a dialog closes is heard, not dropped', async ({ page }) => {
	await openReview(page);
	await page.keyboard.press('f');
	const flag = page.getByRole('dialog', { name: 'Flag this card' });
	await flag.getByLabel('What is wrong with it?').fill('The date is wrong');
	// Delete pressed as the flag dialog closes, before its "close" event's task has run: a
	// mutation observer's callback comes in between (a fast typist's Delete right after Flag).
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const open = document.querySelector('dialog[open]')!;
				new MutationObserver((_, observer) => {
					if (open.hasAttribute('open')) return;
					observer.disconnect();
					document.body.dispatchEvent(
						new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })
					);
					done();
				}).observe(open, { attributes: true, attributeFilter: ['open'] });
				open.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
			})
	);
	await expect(page.getByRole('dialog', { name: 'Delete this card?' })).toBeVisible();
});

const THEMES = ['light', 'dark', 'sepia'] as const;

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes`);
	expect(summary, label).toEqual([]);
}

for (const theme of [...THEMES, 'system dark'] as const) {
	test(`no axe violations on /cards and a card’s detail, ${theme} theme`, async ({
		page,
		request
	}) => {
		// Four axe runs: measured about 15 s.
		test.setTimeout(120_000);
		if (theme === 'system dark') await page.emulateMedia({ colorScheme: 'dark' });
		else {
			await openReader(page, (await fetchPack(request)).articles[0]!);
			await chooseTheme(page, theme);
		}
		await openReview(page);
		await page.keyboard.press('f');
		await page
			.getByRole('dialog', { name: 'Flag this card' })
			.getByRole('button', { name: 'Flag' })
			.click();
		await page.getByRole('button', { name: 'More actions for this card' }).click();
		await expectNoViolations(page, `review with the card menu open, ${theme}`);
		await openCards(page);
		await page.getByLabel('Select all shown').check();
		await expectNoViolations(page, `cards with a selection, ${theme}`);
		await page.getByTestId('card-list').getByRole('link').first().click();
		await expect(page.getByTestId('card-detail')).toBeVisible();
		await expectNoViolations(page, `card detail, ${theme}`);
		await page.getByTestId('card-detail').getByRole('button', { name: 'Edit' }).click();
		await expect(page.getByRole('dialog', { name: 'Edit this card' })).toBeVisible();
		await expectNoViolations(page, `edit dialog, ${theme}`);
	});
}

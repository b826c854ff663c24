/**
 * A long article on /add at phone size (issue 15): the facts of its opening are on screen first,
 * with "Still reading the rest of the article…" and Save disabled, then the whole article's
 * list takes their place without moving the form, and only then is it saved.
 */
import { expect, test } from '@playwright/test';
import { longNewsText } from '../../src/lib/testing/long-article';
import { openAdd, paste } from './support';

/** About 3,000 words of news prose. */
const longArticle = () => longNewsText(3_000);

/** What the preview showed at one moment. */
interface Seen {
	complete: string | null;
	facts: number;
	status: string;
	reading: string;
	saveDisabled: boolean;
	saveTop: number;
}

test('a long article shows its opening’s facts first, then the whole list, then saves', async ({
	page
}) => {
	test.setTimeout(180_000);
	await openAdd(page);
	await paste(page, longArticle());
	// Every state of the preview, noted as it happens (the opening's list may be on screen briefly).
	await page.evaluate(() => {
		const seen: Seen[] = [];
		(window as unknown as { seen: Seen[] }).seen = seen;
		new MutationObserver(() => {
			const preview = document.querySelector('section.preview');
			if (!preview) return;
			const save = [...preview.querySelectorAll('button')].find((b) =>
				b.textContent?.includes('Save to library')
			);
			seen.push({
				complete: preview.getAttribute('data-complete'),
				facts: preview.querySelectorAll('ul.facts li').length,
				status: preview.querySelector('[role="status"]')?.textContent ?? '',
				reading: preview.querySelector('.reading')?.textContent ?? '',
				saveDisabled: save?.disabled ?? true,
				saveTop: save ? save.getBoundingClientRect().top + scrollY : NaN
			});
		}).observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toHaveAttribute('data-complete', 'true', { timeout: 90_000 });
	await expect(preview.getByRole('status')).toContainText(/\d+ words · \d+ key facts found/);
	const seen = await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);

	const partial = seen.filter((s) => s.complete === 'false' && s.facts > 0);
	expect(partial.length).toBeGreaterThan(0);
	const first = partial[0]!;
	expect(first.status).toContain('Still reading the rest of the article…');
	expect(first.reading).toContain('Still reading the rest of the article…');
	expect(first.saveDisabled).toBe(true);

	const final = seen.at(-1)!;
	expect(final.complete).toBe('true');
	expect(final.facts).toBeGreaterThan(first.facts);
	expect(final.saveDisabled).toBe(false);
	// The form above the list stays where it was when the whole list comes.
	expect(first.saveTop).toBeGreaterThan(0);
	expect(final.saveTop).toBe(first.saveTop);
	await expect(preview.locator('ul.facts li')).toHaveCount(final.facts);
	expect(final.status).toContain(`${final.facts} key facts found`);
	await expect(preview.locator('.reading')).toHaveCount(0);

	await preview.getByRole('button', { name: 'Save to library' }).click();
	await expect(page.getByText(/^Saved “Budgets, quotas and tariffs/)).toBeVisible();
});

test('the Key facts screen’s paste box shows a long article’s opening facts first too', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/facts');
	await expect(page.locator('[data-loaded="true"]')).toBeVisible();
	await page.getByText('Find key facts in an article of your own').click();
	await page.getByLabel(/Paste an article as text/).fill(longArticle());
	await page.evaluate(() => {
		const seen: { complete: string | null; facts: number; status: string }[] = [];
		(window as unknown as { seen: typeof seen }).seen = seen;
		new MutationObserver(() => {
			const found = document.querySelector('details.find .found');
			if (!found) return;
			seen.push({
				complete: found.getAttribute('data-complete'),
				facts: document.querySelectorAll('details.find article.fact').length,
				status: (found.textContent ?? '').replace(/\s+/g, ' ')
			});
		}).observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	await page.getByRole('button', { name: 'Find key facts' }).click();
	const found = page.getByRole('status').filter({ hasText: 'key facts found in' });
	await expect(found).toContainText('Budgets, quotas and tariffs', { timeout: 90_000 });
	const seen = await page.evaluate(
		() =>
			(window as unknown as { seen: { complete: string | null; facts: number; status: string }[] })
				.seen
	);
	const partial = seen.find((s) => s.complete === 'false' && s.facts > 0);
	expect(partial?.status).toContain('Still reading the rest of the article…');
	const final = seen.at(-1)!;
	expect(final.complete).toBe('true');
	expect(final.facts).toBeGreaterThan(partial!.facts);
	await expect(page.locator('details.find article.fact')).toHaveCount(final.facts);
});

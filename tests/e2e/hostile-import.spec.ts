/**
 * Issue 15's security corpus in a real browser at phone size: a page of hostile HTML
 * (src/lib/import/hostile-corpus.ts: script tags, event handlers, javascript: and data: URLs,
 * SVG and MathML, meta refresh, CSS expressions, iframe srcdoc, base href, form actions and
 * DOMPurify's own mutation-XSS strings) is pasted as a copied page and imported as an .html
 * file, previewed, saved and read. No dialog opens, the flag the payloads would set stays
 * unset, and no request leaves for anything but the app's own origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostilePage } from '../../src/lib/import/hostile-corpus';
import { openAdd, paste } from './support';

const HTML = hostilePage();
const TITLE = 'Harbour council passes transport plan';

/** Everything that would show a payload ran or loaded: dialogs and requests to other origins. */
function watch(page: Page, origin: string) {
	const seen = { dialogs: [] as string[], foreign: [] as string[] };
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(`${origin}/`)) seen.foreign.push(request.url());
	});
	return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Previews what the form holds, checks the preview, saves and opens the article to read. */
async function previewSaveAndRead(page: Page) {
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toBeVisible({ timeout: 90_000 });
	await expect(preview.getByLabel('Title')).toHaveValue(TITLE);
	await expect(preview.getByLabel('Publisher')).toHaveValue('The Harbour Gazette');
	await expect(preview.getByLabel('Date published')).toHaveValue('2024-05-14');
	expect(await pwned(page)).toBeUndefined();
	await preview.getByRole('button', { name: 'Save to library' }).click();
	await page.getByRole('link', { name: 'Read it' }).click();
	const reader = page.locator('article.reader[data-ready="true"]');
	await expect(reader).toBeVisible();
	await expect(reader).toContainText('passed its transport plan on Tuesday by 31 votes to 12');
	// Markup the page printed as text is text in Dossier too; none of the payloads is markup.
	await expect(reader).toContainText('<script>window.__pwned = 1</script> is printed, never run.');
	const paragraphs = page.locator('article.reader [data-paragraph]');
	expect(await paragraphs.count()).toBeGreaterThan(20);
	await expect(
		paragraphs.locator(
			':scope :is(script, img, iframe, svg, math, object, embed, form, input, button, style, link, base, meta, video, audio, details, marquee, a[href^="javascript"])'
		)
	).toHaveCount(0);
	// The reader page carries the policy too.
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
		'content',
		/script-src 'self'/
	);
}

test('the hostile corpus pasted as a copied page and imported as a file: nothing in it runs or loads', async ({
	page
}, testInfo) => {
	// Two worker runs over a long page and two saves: up to 40 s measured on the shared machine.
	test.setTimeout(240_000);
	const origin = new URL(testInfo.project.use.baseURL!).origin;
	const seen = watch(page, origin);

	await openAdd(page);
	await paste(page, TITLE, HTML);
	await page.getByRole('button', { name: 'Preview' }).click();
	await previewSaveAndRead(page);
	expect(await pwned(page)).toBeUndefined();

	await openAdd(page);
	await page.locator('input[type="file"]').setInputFiles({
		name: 'harbour-council.html',
		mimeType: 'text/html',
		buffer: Buffer.from(HTML)
	});
	await expect(page.getByText('From the file “harbour-council.html”.')).toBeVisible();
	await previewSaveAndRead(page);

	// A reload of the saved article (its text read back from IndexedDB) runs nothing either.
	await page.reload();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	expect(await pwned(page)).toBeUndefined();
	expect(seen.dialogs).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

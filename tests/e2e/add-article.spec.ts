/**
 * Your own articles (issue 15): add one by paste (text and a copied web page), file or share,
 * see the preview, save it, find it in the library, read it (offline after a restart too),
 * be quizzed on it, delete it and undo; every bad input says why and saves nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { launchProfile, waitForServiceWorker } from './profile';
import { chooseTheme, fetchPack, openAdd, openLibrary, openReader, paste } from './support';

const TEXT = readFileSync(
	'src/lib/domain/facts/fixtures/unseen/01-veloria-gallium-controls.txt',
	'utf8'
);
const TEXT_TITLE = /Veloria/i;
const HOSTILE = readFileSync('tests/e2e/fixtures/hostile-news-page.html', 'utf8');
const MENUS_ONLY = readFileSync('tests/e2e/fixtures/menus-only-page.html', 'utf8');

/** Previews what is in the form and saves it; returns the new article's reader address. */
async function previewAndSave(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Save to library' }).click();
	const read = page.getByRole('link', { name: 'Read it' });
	await expect(read).toBeVisible();
	return (await read.getAttribute('href'))!;
}

/** The address of every HTML page in the build (the SPA fallback, 200.html, serves the rest). */
function everyBuiltPage(dir = 'build', base = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return everyBuiltPage(`${dir}/${entry.name}`, `${base}/${entry.name}`);
		if (!entry.name.endsWith('.html') || entry.name === '200.html') return [];
		return entry.name === 'index.html' ? [`${base}/`] : [`${base}/${entry.name.slice(0, -5)}`];
	});
}

/** The user articles stored in IndexedDB. */
const storedUserArticles = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result
						.transaction('articles')
						.objectStore('articles')
						.index('origin')
						.count('imported');
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
				};
			})
	);

test('paste an article, preview, save, find it in the library, read it, be quizzed, delete and undo', async ({
	page,
	request
}) => {
	// A worker run for the preview and several screens: up to 40 s on a busy 2-core machine.
	test.setTimeout(240_000);
	const pack = await fetchPack(request);
	await openLibrary(page);
	await page.getByRole('link', { name: 'Add article' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();
	await page.getByLabel('Article text').fill(TEXT);
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toBeVisible({ timeout: 60_000 });
	await expect(preview.getByLabel('Title')).toHaveValue(TEXT_TITLE);
	await expect(preview.getByRole('status')).toContainText(/\d+ words · \d+ key facts? found/);
	await expect(preview.getByRole('heading', { name: 'Key facts found' })).toBeVisible();
	expect(await preview.locator('.facts li').count()).toBeGreaterThan(0);
	await preview.getByRole('button', { name: 'Save to library' }).click();
	await expect(page.getByText(/^Saved “/)).toBeVisible();
	const href = (await page.getByRole('link', { name: 'Read it' }).getAttribute('href'))!;
	expect(href).toMatch(/^\/read\/user\?id=mine-/);

	// In the library with its mark, beside the pack's articles.
	await page.getByRole('link', { name: 'Library', exact: true }).first().click();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length + 1);
	const card = page.locator('ul.articles > li').filter({ hasText: 'Added' });
	await expect(card).toHaveCount(1);
	await card.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT_TITLE);
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	expect(await page.locator('[data-paragraph]').count()).toBeGreaterThan(3);
	// Its facts in the reader, and a quiz on them.
	await page.getByRole('button', { name: /Key facts/ }).click();
	await page.getByRole('link', { name: 'Quiz me on this article' }).click();
	await expect(page.getByTestId('prompt')).toBeVisible();

	// Its facts are on the Key facts screen, naming it as their source.
	await page.goto('/facts');
	await expect(page.locator('[data-loaded="true"]').first()).toBeVisible();
	await page.getByRole('searchbox').or(page.getByRole('textbox').first()).fill('Veloria');
	await expect(page.locator('article.fact').first()).toBeVisible();

	// Search finds it, and a hit lands on its paragraph in the user article's reader.
	await page.goto('/search?q=refining');
	const hits = page.getByRole('region', { name: 'Articles' });
	const hit = hits.getByRole('link', { name: /refining/ }).first();
	await expect(hit).toHaveAttribute('href', /\/read\/user\?id=mine-[^#]+#p-\d+$/);
	await hit.click();
	await expect(page.locator('[data-paragraph][data-target]')).toContainText(/refining/i);

	// Delete from the library; Undo puts it back.
	await openLibrary(page);
	await page.getByRole('button', { name: /^Delete “/ }).click();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length + 1);
	expect(await storedUserArticles(page)).toBe(1);

	// Delete from the reader's menu: back in the library, with Undo offered there.
	await page.goto(href);
	await page.getByRole('button', { name: 'Delete article' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	expect(await storedUserArticles(page)).toBe(0);
	// Its cards are out of review: a quiz on it has nothing to ask.
	await page.goto(`/review?article=${new URL(href, 'http://x').searchParams.get('id')}`);
	await expect(page.getByTestId('prompt')).toHaveCount(0);
	// Nor does search find it any more.
	await page.goto('/search?q=refining');
	await expect(page.locator('#search-status')).toHaveText(/No matches/);
});

test('at the preview, a card the learner would not have written is left out of reviews, kept suspended', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await openAdd(page);
	await page.getByLabel('Article text').fill(TEXT);
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview.getByRole('status')).toContainText(/cards? to review/, { timeout: 60_000 });
	const choices = preview.getByRole('checkbox');
	const count = await choices.count();
	expect(count).toBeGreaterThan(1);
	for (let i = 0; i < count; i++) await expect(choices.nth(i)).toBeChecked();
	await expect(preview.getByRole('status')).toContainText(`${count} cards to review`);

	// Untick the first card, by its label, as a keyboard or screen-reader user would find it.
	const first = choices.first();
	const label = (await preview.locator('.card-choice').first().textContent())!.trim();
	const prompt = label.replace(/^Card:\s*/, '').replace(/ \([^)]*\)$/, '');
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).not.toBeChecked();
	await expect(preview.getByRole('status')).toContainText(
		`${count - 1} of ${count} cards to review`
	);

	// From the last card, the keyboard reaches a Save right after the choices.
	await choices.last().focus();
	await page.keyboard.press('Tab');
	await expect(preview.getByRole('button', { name: 'Save with the cards ticked' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText(`${count - 1} cards go to your reviews`)).toContainText(
		'the card you left out is suspended in Cards: see the cards you left out.'
	);
	const id = new URL(
		(await page.getByRole('link', { name: 'Read it' }).getAttribute('href'))!,
		'http://x'
	).searchParams.get('id');

	// The message's link opens Cards on the article's suspended cards: the one left out.
	await page.getByRole('link', { name: 'see the cards you left out' }).click();
	await expect(page.locator('.filters[data-loaded="true"]')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('suspended');
	await expect(page.getByRole('combobox', { name: 'Article' })).toHaveValue(id!);
	const rows = page.getByTestId('card-list').getByRole('listitem');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText(prompt.slice(0, 40));

	// A quiz on the article never asks it.
	await page.goto(`/review?article=${id}`);
	for (let i = 0; i < count - 1; i++) {
		await expect(page.getByTestId('prompt')).toBeVisible();
		await expect(page.getByTestId('prompt')).not.toHaveText(prompt);
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) await show.click();
		else await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
		await page.getByRole('button', { name: 'Good', exact: true }).click();
	}
	await expect(page.getByTestId('prompt')).toHaveCount(0);
});

test('a copied web page: its article, title, publisher and date; nothing in it runs or loads', async ({
	page
}) => {
	test.setTimeout(240_000);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith('http://localhost')) foreign.push(r.url());
	});
	await openAdd(page);
	await paste(page, 'Kestria doubles its rail budget', HOSTILE);
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toBeVisible({ timeout: 60_000 });
	await expect(preview.getByLabel('Title')).toHaveValue('Kestria doubles its rail budget');
	await expect(preview.getByLabel('Publisher')).toHaveValue('The Harbour Gazette');
	await expect(preview.getByLabel('Date published')).toHaveValue('2024-03-27');
	await expect(preview.locator('.opening')).toContainText('double its rail budget');
	await expect(preview.locator('.opening')).not.toContainText('Subscribe');
	await preview.getByRole('button', { name: 'Save to library' }).click();
	await page.getByRole('link', { name: 'Read it' }).click();
	await expect(page.locator('article.reader[data-ready="true"]')).toBeVisible();
	const body = page.locator('article.reader');
	await expect(body).toContainText('private operators will be barred');
	// Markup that the page showed as text is text in Dossier too.
	await expect(body).toContainText("<script>window.__pwned = 'shown'</script>");
	await expect(
		page.locator(
			'article.reader script, article.reader img, article.reader iframe, article.reader svg'
		)
	).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
	expect(foreign).toEqual([]);
});

test('a clipboard selection too short for Readability is added from its text', async ({ page }) => {
	test.setTimeout(180_000);
	await openAdd(page);
	await paste(page, TEXT, `<p>${TEXT.split('\n')[2]}</p>`);
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('region', { name: 'Preview' }).getByLabel('Title')).toHaveValue(
		TEXT_TITLE,
		{ timeout: 60_000 }
	);
});

test('the share sheet opens /add with the title, the text and the address', async ({ page }) => {
	const url = 'https://news.example/kestria-rail';
	await page.goto(
		`/add?title=${encodeURIComponent('Kestria doubles its rail budget')}&text=${encodeURIComponent('The government of Kestria said it would double its rail budget.')}&url=${encodeURIComponent(url)}`
	);
	await expect(page.getByLabel('Article text')).toHaveValue(
		'Kestria doubles its rail budget\n\nThe government of Kestria said it would double its rail budget.'
	);
	await expect(page.getByText(`Address kept with the article: ${url}`)).toBeVisible();

	// Only an address: Dossier says plainly it cannot fetch it, and keeps it.
	await page.goto(`/add?url=${encodeURIComponent(url)}`);
	await expect(page.getByRole('status').filter({ hasText: 'cannot fetch' })).toContainText(url);
	await expect(page.getByText(`Address kept with the article: ${url}`)).toBeVisible();
});

test('every bad input says why, and nothing is saved', async ({ page, request }) => {
	test.setTimeout(240_000);
	const pack = await fetchPack(request);
	await openAdd(page);
	const error = page.getByRole('alert');
	const preview = page.getByRole('button', { name: 'Preview' });

	await preview.click();
	await expect(error).toHaveText(/no text to add/);

	await page.getByLabel('Article text').fill('apples\npears\n42\nbananas\n17 18 19');
	await preview.click();
	await expect(error).toHaveText(/no sentences/);

	await page
		.getByLabel('Article text')
		.fill(
			'Le gouvernement a annoncé mardi une hausse du budget des chemins de fer. La ministre a déclaré que les travaux commenceront en avril.'
		);
	await preview.click();
	await expect(error).toHaveText(/does not look like English/);

	const file = page.locator('input[type="file"]');
	await file.setInputFiles({
		name: 'scan.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])
	});
	await expect(error).toHaveText(/not a text file/);

	await file.setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 'a')
	});
	await expect(error).toHaveText(/up to 2 MB/);

	await file.setInputFiles({
		name: 'report.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF')
	});
	await expect(error).toHaveText(/not a file Dossier can read/);

	await file.setInputFiles({
		name: 'home.html',
		mimeType: 'text/html',
		buffer: Buffer.from(MENUS_ONLY)
	});
	await expect(error).toHaveText(/found no article in this page/, { timeout: 30_000 });

	// Nothing of it reached the library.
	await openLibrary(page);
	await expect(page.locator('ul.articles > li')).toHaveCount(pack.articles.length);
	expect(await storedUserArticles(page)).toBe(0);
});

test('a file by the picker, and a saved page dropped on the screen', async ({ page }) => {
	test.setTimeout(240_000);
	await openAdd(page);
	await page.locator('input[type="file"]').setInputFiles({
		name: 'veloria.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(
			`# Veloria limits gallium exports\n\n${TEXT.split('\n').slice(1).join('\n')}`
		)
	});
	await expect(page.getByText('From the file “veloria.md”.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Preview' }).getByLabel('Title')).toHaveValue(
		'Veloria limits gallium exports',
		{ timeout: 60_000 }
	);

	const drop = await page.evaluateHandle((html) => {
		const data = new DataTransfer();
		data.items.add(new File([html], 'kestria.html', { type: 'text/html' }));
		return data;
	}, HOSTILE);
	await page.locator('form').first().dispatchEvent('dragover', { dataTransfer: drop });
	await page.locator('form').first().dispatchEvent('drop', { dataTransfer: drop });
	await expect(page.getByText('From the file “kestria.html”.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Preview' }).getByLabel('Title')).toHaveValue(
		'Kestria doubles its rail budget',
		{ timeout: 60_000 }
	);
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('a saved article reads offline after the browser restarts', async ({ request }, testInfo) => {
	// A persistent profile, a service worker, a worker run and a restart: up to 60 s.
	test.setTimeout(300_000);
	const pack = await fetchPack(request);
	const baseURL = testInfo.project.use.baseURL!;
	const profile = testInfo.outputPath('profile');
	let context = await launchProfile(profile, baseURL);
	const page = await context.newPage();
	await openAdd(page);
	await waitForServiceWorker(page);
	await page.getByLabel('Article text').fill(TEXT);
	const href = await previewAndSave(page);
	await context.close();

	context = await launchProfile(profile, baseURL, { offline: true });
	const offline = await context.newPage();
	await offline.goto('/');
	await expect(offline.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(offline.locator('ul.articles > li')).toHaveCount(pack.articles.length + 1);
	await offline.locator('ul.articles > li').filter({ hasText: 'Added' }).getByRole('link').click();
	await expect(offline.getByRole('heading', { level: 1 })).toHaveText(TEXT_TITLE);
	// A typed address (or a reload) of the article works offline too.
	await offline.goto(href);
	await expect(offline.getByRole('heading', { level: 1 })).toHaveText(TEXT_TITLE);
	await offline.reload();
	await expect(offline.locator('article.reader[data-ready="true"]')).toBeVisible();
	await context.close();
});

test('every page carries the Content-Security-Policy, and the server its security headers', async ({
	page,
	request
}) => {
	const paths = [...everyBuiltPage(), '/add?title=Shared&text=Some+text', '/no-such-page'];
	// Every screen, each launch article's reader and the reader of the user's own articles.
	for (const screen of ['/', '/add', '/search', '/cards', '/facts', '/review', '/read/user'])
		expect(paths).toContain(screen);
	expect(paths.filter((path) => /^\/read\/(?!user$)/.test(path)).length).toBeGreaterThan(0);
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
		expect(response.headers()['referrer-policy'], path).toBeTruthy();
		expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		const html = await response.text();
		expect(html, path).toMatch(
			/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/
		);
	}
	// The app runs under it: no violation on the way through the screens.
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await openLibrary(page);
	await openAdd(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();
	expect(violations).toEqual([]);
});

for (const theme of ['light', 'dark', 'sepia', 'system-dark'] as const) {
	test(`no axe violations on /add and its preview in the ${theme} theme`, async ({
		page,
		request
	}) => {
		test.setTimeout(180_000);
		if (theme === 'system-dark') await page.emulateMedia({ colorScheme: 'dark' });
		else {
			// The theme is chosen where the app offers it: the reader's display settings.
			const [article] = (await fetchPack(request)).articles;
			await openReader(page, article!);
			await chooseTheme(page, theme);
		}
		await openAdd(page);
		if (theme !== 'system-dark')
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const axe = async (label: string) => {
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
				.analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
				label
			).toEqual([]);
		};
		await axe(`add, ${theme}`);
		await page.getByLabel('Article text').fill(TEXT);
		await page.getByRole('button', { name: 'Preview' }).click();
		await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
		await axe(`add preview, ${theme}`);
		await page.getByLabel('Article text').fill('');
		await page.getByRole('button', { name: 'Preview' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await axe(`add error, ${theme}`);
	});
}

/**
 * Adds a fixture article, then goes through its review until the dispute's card: checks its
 * prompt, that it asks a question (no blank), that the sources' values swapped is offered, and
 * that the keyed answer is right.
 */
async function reviewDispute(
	page: Page,
	fixture: string,
	expected: { prompt: string; answer: string; swapped: string }
) {
	await page.setViewportSize({ width: 390, height: 844 });
	await openAdd(page);
	await page.getByLabel('Article text').fill(readFileSync(fixture, 'utf8'));
	const read = await previewAndSave(page);
	const id = new URL(read, 'http://x').searchParams.get('id');
	await page.goto(`/review?article=${id}`);
	let seen = false;
	const prompt = page.getByTestId('prompt');
	const options = page.getByRole('list', { name: 'Options' });
	const phase = page.locator('.review[data-phase]');
	for (let i = 0; i < 30 && !seen; i++) {
		// A card waiting for its answer. (An answered card fills its blank, so its prompt changes
		// without the card changing: reading it then would run one card ahead of the screen.)
		await expect(phase).toHaveAttribute('data-phase', 'question');
		if ((await prompt.textContent())?.includes('Sources differ')) {
			seen = true;
			await expect(prompt).toHaveText(expected.prompt);
			// A question, not a blank to fill: the card says so.
			await expect(page.getByText('Choose the answer', { exact: true })).toBeVisible();
			// The sources' values swapped is one of the wrong options.
			await expect(options.getByRole('button', { name: expected.swapped })).toBeVisible();
			await options.getByRole('button', { name: expected.answer }).click();
			await expect(page.getByText(`Right: ${expected.answer}`)).toBeVisible();
			break;
		}
		const show = page.getByRole('button', { name: 'Show answer' });
		if (await show.isVisible()) await show.click();
		else await options.getByRole('button').first().click();
		await page.getByRole('button', { name: 'Good', exact: true }).click();
		// The grade took: the next card (or the session's end) is on screen.
		await expect(phase).not.toHaveAttribute('data-phase', 'answer');
	}
	expect(seen).toBe(true);
}

test('a disagreement in the learner’s own article is taught as one: who says what', async ({
	page
}) => {
	// Derivation 12: "How long images … may be kept is disputed: the Interior Ministry says … 30
	// days, while Open Irrelia … says … 90 days" becomes one card naming both sources.
	test.setTimeout(120_000);
	await reviewDispute(
		page,
		'src/lib/domain/facts/fixtures/heldout-4/57-irrelia-police-powers-bill.txt',
		{
			prompt:
				'Sources differ on how long images of people who do match may be kept. What does each say?',
			answer: 'Interior Ministry: 30 days; Open Irrelia: 90 days',
			swapped: 'Interior Ministry: 90 days; Open Irrelia: 30 days'
		}
	);
});

test('a disagreement no sentence names is asked in the first source’s words', async ({ page }) => {
	// Derivation 13: "… the two authorities have given different figures. The Finance Ministry's
	// summary … says exchanges must hold at least ₷500,000. … The CFCO's draft rulebook … sets the
	// figure for exchanges at ₷750,000." The acronym is spelled out as the article does once.
	test.setTimeout(120_000);
	await reviewDispute(
		page,
		'src/lib/domain/facts/fixtures/heldout-12/131-calvaro-crypto-exchange-licence.txt',
		{
			prompt: 'Sources differ: exchanges must hold at least how much? What does each say?',
			answer: 'Finance Ministry: at least ₷500,000; Calvaran Financial Conduct Office: ₷750,000',
			swapped: 'Finance Ministry: ₷750,000; Calvaran Financial Conduct Office: at least ₷500,000'
		}
	);
});

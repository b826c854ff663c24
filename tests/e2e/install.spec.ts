import { expect, test } from '@playwright/test';
import { launchProfile, waitForServiceWorker } from './profile';

interface ManifestImage {
	src: string;
	sizes: string;
	purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('Chromium reports no installability errors', async ({ baseURL }, testInfo) => {
	// Installability is judged only in a normal profile: Playwright's default contexts are
	// incognito, which Chromium reports as an error of its own.
	const context = await launchProfile(testInfo.outputPath('profile'), baseURL!);
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	const manifest = await cdp.send('Page.getAppManifest');
	expect(manifest.errors).toEqual([]);
	await context.close();
});

test('the manifest is complete and every image is the size it claims', async ({ request }) => {
	const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Record<
		string,
		unknown
	> & { icons: ManifestImage[]; screenshots: (ManifestImage & { form_factor: string })[] };
	expect(manifest).toMatchObject({
		name: 'Dossier',
		short_name: 'Dossier',
		id: '/',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	for (const key of ['description', 'theme_color', 'background_color', 'categories']) {
		expect(manifest[key], key).toBeTruthy();
	}
	expect(manifest.icons.map((i) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
	expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
	for (const image of [...manifest.icons, ...manifest.screenshots]) {
		const response = await request.get(image.src);
		expect(response.ok(), image.src).toBe(true);
		expect(pngSize(await response.body()), image.src).toBe(image.sizes);
	}
	const apple = await request.get('/apple-touch-icon-180x180.png');
	expect(pngSize(await apple.body())).toBe('180x180');
});

test('an Install button appears when the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('ul.articles[data-loaded="true"]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
	// Headless Chromium never offers on its own: hand the page the same event it would get.
	await page.evaluate(() => {
		const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
			prompt: () => Promise<void>;
			userChoice: Promise<{ outcome: string }>;
		};
		offer.prompt = async () => {
			(window as unknown as { prompted: boolean }).prompted = true;
		};
		offer.userChoice = Promise.resolve({ outcome: 'accepted' });
		dispatchEvent(offer);
	});
	const button = page.getByRole('button', { name: 'Install app' });
	await expect(button).toBeVisible();
	await button.click();
	expect(await page.evaluate(() => (window as unknown as { prompted: boolean }).prompted)).toBe(
		true
	);
	await expect(button).toHaveCount(0);
});

test('iOS Safari gets the Add to Home Screen hint', async ({ browser }) => {
	const context = await browser.newContext({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByText('tap Share, then Add to Home Screen')).toBeVisible();
	await context.close();
});

// The phone screens besides search and the offer page — shortlist with its send-all button,
// settings, and an actor's page with its contact buttons — pass axe at 390 px in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer } from './server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  it(`shortlist, settings and an actor's page pass axe (${colorScheme})`, async () => {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 }, colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    const choice = page.locator('input[name="catalogue"][value="aarhus"]');
    await within(30_000, 'catalogue chooser', choice.waitFor());
    await choice.check();
    await page.locator('form button[type="submit"]').click();
    await within(30_000, 'search', page.getByRole('searchbox').waitFor());

    await page.getByRole('searchbox').fill('familie');
    await within(10_000, 'a result', page.locator('a.offer-summary').first().waitFor());
    await page.locator('a.offer-summary').first().click();
    await page.getByRole('button', { name: 'Gem på listen' }).click();
    await within(5_000, 'kept', page.locator('button[aria-pressed="true"]').waitFor());

    await page.getByRole('link', { name: 'Gemte', exact: true }).click();
    const sendAll = page.getByRole('link', { name: 'Send alle til en familie' });
    await within(10_000, 'shortlist', sendAll.waitFor());
    // The send-all link is a big button even when the offer page's styles were never loaded.
    await page.reload();
    await within(10_000, 'shortlist reloaded', sendAll.waitFor());
    expect((await sendAll.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await within(10_000, 'settings', page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor());
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Foreninger', exact: true }).click();
    await within(10_000, 'actors', page.locator('.org-card a').first().waitFor());
    await page.locator('.org-card a').first().click();
    await within(10_000, 'actor page', page.getByRole('heading', { level: 2, name: 'Kontakt' }).waitFor());
    for (const link of await page.locator('.org-contact a').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
}

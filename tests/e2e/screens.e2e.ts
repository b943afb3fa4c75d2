// The phone screens besides search and the offer page — shortlist with its send-all button,
// settings, and an actor's page with its contact buttons — pass axe at 390 px in light and dark.
import { expect, it } from 'vitest';
import { within } from './browser.ts';
import { axeViolations, chooseCatalogue, PHONE, serverAndBrowser } from './visit.ts';

const walk = serverAndBrowser();

for (const colorScheme of ['light', 'dark'] as const) {
  it(`shortlist, settings and an actor's page pass axe (${colorScheme})`, async () => {
    const context = await walk.browser.newContext({ locale: 'da-DK', viewport: PHONE, colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await chooseCatalogue(page, walk.server.url, 'aarhus');

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
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await within(10_000, 'settings', page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor());
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Foreninger', exact: true }).click();
    await within(10_000, 'actors', page.locator('.org-card a').first().waitFor());
    await page.locator('.org-card a').first().click();
    await within(10_000, 'actor page', page.getByRole('heading', { level: 2, name: 'Kontakt' }).waitFor());
    for (const link of await page.locator('.org-contact a').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}

// In real Chromium against the real server: the app syncs version 1, picks up a version published
// through the API (a new offer becomes searchable, a removed one disappears), and works offline.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer } from './server.ts';
import { serviceWorkerControl } from './visit.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Held {
  versions: Record<string, number>;
  offers: string[];
}

/** What the app holds, read straight from its IndexedDB. */
function held(p: Page): Promise<Held> {
  return p.evaluate(
    () =>
      new Promise<Held>((resolve, reject) => {
        const open = indexedDB.open('tilbudsguiden');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('catalogues')) {
            db.close();
            resolve({ versions: {}, offers: [] });
            return;
          }
          const tx = db.transaction(['catalogues', 'offers'], 'readonly');
          const rows = tx.objectStore('catalogues').getAll();
          const offers = tx.objectStore('offers').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              versions: Object.fromEntries(rows.result.map((r: { catalogue_id: string; version: number }) => [r.catalogue_id, r.version])),
              offers: offers.result.map((o: { catalogue_id: string; id: string }) => `${o.catalogue_id}/${o.id}`),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function until(what: string, ok: (h: Held) => boolean, ms = 30_000): Promise<Held> {
  return within(ms, what, (async () => {
    for (;;) {
      const h = await held(page);
      if (ok(h)) return h;
      await page.waitForTimeout(250);
    }
  })());
}

async function searchFor(text: string) {
  const box = page.getByRole('searchbox');
  await box.fill(text);
}

it('syncs version 1, picks up a published change, and keeps working offline', async () => {
  await page.goto(server.url);
  // first start: the user chooses which catalogues to follow
  await within(30_000, 'catalogue chooser', page.locator('input[name="catalogue"][value="aarhus"]').waitFor());
  for (const id of ['aarhus', 'esslingen']) await page.locator(`input[name="catalogue"][value="${id}"]`).check();
  await page.getByRole('button', { name: /use this catalogue/i }).click();
  const first = await until('version 1 of the demo catalogues', (h) => h.versions.aarhus === 1 && h.versions.esslingen === 1);
  expect(first.offers.filter((o) => o.startsWith('aarhus/')).length).toBeGreaterThan(5);
  // installed for offline use before the connection starts coming and going
  await serviceWorkerControl(page);

  // a coordinator adds one offer and retires another, then publishes version 2
  const { offers } = (await (await server.api('GET', '/api/catalogues/aarhus/offers')).json()) as { offers: { id: string; name: Record<string, string> }[] };
  const removed = offers[1];
  const removedName = removed.name.en ?? removed.name.da ?? removed.name.de;
  const removedLinks = () => page.locator(`a[href="/offer/aarhus/${removed.id}"]`).count();
  await searchFor(removedName);
  await expect.poll(removedLinks, { timeout: 15_000 }).toBeGreaterThan(0);
  const added = { ...offers[0], id: 'zebra-swim-club', name: { da: 'Zebrasvømmeklubben', de: 'Zebra-Schwimmklub', en: 'Zebra swim club' } };
  await server.api('PUT', `/api/catalogues/aarhus/offers/${added.id}`, added);
  await server.api('DELETE', `/api/catalogues/aarhus/offers/${removed.id}`);
  expect((await (await server.api('POST', '/api/catalogues/aarhus/publish', {})).json()).version).toBe(2);

  // the phone comes back online: the app checks at once instead of waiting for its timer
  await context.setOffline(true);
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const second = await until('version 2 on the device', (h) => h.versions.aarhus === 2);
  expect(second.offers).toContain('aarhus/zebra-swim-club');
  expect(second.offers).not.toContain(`aarhus/${removed.id}`);
  expect(second.versions.esslingen).toBe(1);

  // the new offer is searchable and the removed one is gone
  await searchFor('Zebra swim club');
  await within(15_000, 'new offer in the results', page.locator('a[href="/offer/aarhus/zebra-swim-club"]').waitFor());
  await searchFor(removedName);
  await expect.poll(removedLinks, { timeout: 15_000 }).toBe(0);

  // offline: the app still opens from its cache, says so quietly, and still finds the offer
  await context.setOffline(true);
  await page.reload();
  await within(30_000, 'offline banner', page.getByRole('status').filter({ hasText: /Offline — showing the catalogue as of/ }).waitFor());
  expect((await held(page)).versions.aarhus).toBe(2);
  const axe = await new AxeBuilder({ page }).include('.sync-banner').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await searchFor('Zebra swim club');
  await within(15_000, 'offline search', page.locator('a[href="/offer/aarhus/zebra-swim-club"]').waitFor());
  expect(await page.getByRole('dialog').count()).toBe(0);
  await context.setOffline(false);
});

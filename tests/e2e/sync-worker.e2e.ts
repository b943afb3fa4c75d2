// The sync runs in a worker in the real app: checked here that it does, that a tampered download is
// refused there with its reason shown and the held version kept, and that a good one reaches search.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer } from './server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const workers: string[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // no service worker, so the routes below see the sync worker's requests themselves
  context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  page = await context.newPage();
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The held version of aarhus and its offer ids, read straight from the app's IndexedDB. */
function held(p: Page): Promise<{ version?: number; offers: string[] }> {
  return p.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tilbudsguiden');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['catalogues', 'offers'], 'readonly');
          const row = tx.objectStore('catalogues').get('aarhus');
          const offers = tx.objectStore('offers').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({ version: row.result?.version, offers: (offers.result as [string, string][]).map(([, id]) => id) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function heldVersion(version: number) {
  await within(30_000, `version ${version} held`, (async () => {
    while ((await held(page)).version !== version) await page.waitForTimeout(200);
  })());
}

const checkNow = () => page.evaluate(() => window.dispatchEvent(new Event('online')));

it('syncs in a worker, refuses a tampered download there keeping the held version, then takes a good one', async () => {
  await page.goto(server.url);
  await within(30_000, 'catalogue chooser', page.locator('input[name="catalogue"][value="aarhus"]').waitFor());
  const aarhus = page.locator('input[name="catalogue"][value="aarhus"]');
  if (!(await aarhus.isChecked())) await aarhus.check();
  const esslingen = page.locator('input[name="catalogue"][value="esslingen"]');
  if (await esslingen.isChecked()) await esslingen.uncheck();
  await page.getByRole('button', { name: /use this catalogue/i }).click();
  await heldVersion(1);
  expect(workers.some((url) => url.includes('sync-worker'))).toBe(true);
  const before = await held(page);

  // version 2: one new offer
  const { offers } = (await (await server.api('GET', '/api/catalogues/aarhus/offers')).json()) as { offers: { id: string }[] };
  const added = { ...offers[0], id: 'zebra-swim-club', name: { da: 'Zebrasvømmeklubben', de: 'Zebra-Schwimmklub', en: 'Zebra swim club' } };
  await server.api('PUT', `/api/catalogues/aarhus/offers/${added.id}`, added);
  expect((await (await server.api('POST', '/api/catalogues/aarhus/publish', {})).json()).version).toBe(2);

  // every content file altered on the way, same size: the hash check in the worker refuses it
  const tampered: string[] = [];
  await context.route(/\/catalogues\/aarhus\/(snapshot|delta)-/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('"name"', '"nane"');
    tampered.push(route.request().url());
    await route.fulfill({ response, body });
  });
  await checkNow();
  await within(30_000, 'the refusal shown', page.getByRole('status').filter({ hasText: /damaged or changed on the way/ }).waitFor());
  expect(tampered.length).toBeGreaterThan(0);
  expect(await held(page)).toEqual(before);

  // the same version arriving intact is applied and becomes searchable
  await context.unroute(/\/catalogues\/aarhus\/(snapshot|delta)-/);
  await checkNow();
  await heldVersion(2);
  await page.getByRole('searchbox').fill('Zebra swim club');
  await within(15_000, 'the new offer found', page.locator('a[href="/offer/aarhus/zebra-swim-club"]').waitFor());
  expect(warnings.filter((w) => w.includes('sync runs on the main thread'))).toEqual([]);
});

// What the browser walks share: one server and browser (or phone page) per file, the first visit that follows a catalogue until the service worker controls the page, and axe.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export const SHOTS = 'tests/e2e/__screenshots__';
export const PHONE = { width: 390, height: 844 };

/** A demo catalogue as its data file has it (untyped, read the way each test needs it), with the shared needs: a server seed and the test's expectations. */
export function demoSeed(id: 'aarhus' | 'esslingen'): any {
  const read = (name: string) => JSON.parse(readFileSync(`src/catalogue/demo/${name}.json`, 'utf8'));
  return { ...read(id), needs: read('needs') };
}

export interface Walk {
  server: TestServer;
  browser: Browser;
}

export interface PhoneWalk extends Walk {
  context: BrowserContext;
  page: Page;
}

/** Starts the server and a browser before this file's tests, and stops them after. */
export function serverAndBrowser(server: Parameters<typeof startTestServer>[0] = {}): Walk {
  const walk = {} as Walk;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    walk.server = await startTestServer(server);
    walk.browser = await launchBrowser();
  });
  afterAll(async () => {
    await walk.browser?.close();
    await walk.server?.close();
  });
  return walk;
}

/** The same with one phone page (service workers allowed) that the file's tests walk through. */
export function phoneWalk(server: Parameters<typeof startTestServer>[0], context: BrowserContextOptions): PhoneWalk {
  const walk = serverAndBrowser(server) as PhoneWalk;
  beforeAll(async () => {
    walk.context = await walk.browser.newContext({ serviceWorkers: 'allow', viewport: PHONE, ...context });
    walk.page = await walk.context.newPage();
  });
  return walk;
}

/** The offline steps need the service worker to control the page first. */
export function serviceWorkerControl(page: Page): Promise<unknown> {
  return within(30_000, 'service worker control', page.waitForFunction(() => !!navigator.serviceWorker?.controller));
}

/** First visit: choose one catalogue and wait until it synced. */
export async function chooseCatalogue(page: Page, url: string, catalogueId: string): Promise<void> {
  await page.goto(url);
  const choice = page.locator(`input[name="catalogue"][value="${catalogueId}"]`);
  await within(30_000, 'catalogue chooser', choice.waitFor());
  await choice.check();
  await page.locator('form button[type="submit"]').click();
  await within(30_000, 'search page', page.getByRole('searchbox').waitFor());
  // The search page shows at once, before the first sync has stored the catalogue: going offline then
  // would race that sync.
  // (polled by hand: waitForFunction takes the promise itself for a truthy answer and does not wait)
  await within(
    30_000,
    'synced catalogue',
    (async () => {
      while (!(await page.evaluate(heldOnDevice, catalogueId))) await page.waitForTimeout(100);
    })(),
  );
}

/** In the page: whether the app's database holds a version of the catalogue. */
function heldOnDevice(catalogueId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open('tilbudsguiden');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const done = (held: boolean) => {
        db.close();
        resolve(held);
      };
      if (!db.objectStoreNames.contains('catalogues')) return done(false);
      const get = db.transaction('catalogues', 'readonly').objectStore('catalogues').get(catalogueId);
      get.onsuccess = () => done(get.result !== undefined);
      get.onerror = () => done(false);
    };
  });
}

/** First visit before going offline: the catalogue synced and the service worker in control. */
export async function followCatalogue(page: Page, url: string, catalogueId: string): Promise<void> {
  await chooseCatalogue(page, url, catalogueId);
  await serviceWorkerControl(page);
}

/** What axe finds against WCAG 2.1 AA, one line per rule with the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

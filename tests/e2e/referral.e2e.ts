// In real Chromium, offline: a caseworker composes a referral in Arabic for two offers, copies it,
// shows the QR code and opens the print slip; screenshots for the eye and axe for accessibility.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer } from './server.ts';

const SHOTS = 'tests/e2e/__screenshots__';
const needs = JSON.parse(readFileSync('src/catalogue/demo/needs.json', 'utf8'));
const esslingen = JSON.parse(readFileSync('src/catalogue/demo/esslingen.json', 'utf8'));
const CHOSEN = ['caritas-schwangerenberatung', 'kinderschutzbund-elternkurs-starke-familie'];

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ seedDemo: false, seed: [{ ...esslingen, needs }] });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Phone numbers the family must get: the offer's own, else its organisation's. */
function phonesOf(offerId: string): string[] {
  const offer = esslingen.offers.find((o: { id: string }) => o.id === offerId);
  const org = esslingen.organisations.find((o: { id: string }) => o.id === offer.organization_id);
  return (offer.phones?.length ? offer.phones : (org.phones ?? [])).map((p: { number: string }) => p.number);
}

function referralLog(p: Page) {
  return p.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('tilbudsguiden');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('referralLog').objectStore('referralLog').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
  );
}

it('composes, copies and prints an Arabic referral for two offers while offline', async () => {
  // First visit online: follow the catalogue, let it sync and the service worker take control.
  await page.goto(server.url);
  const choice = page.locator('input[name="catalogue"][value="esslingen"]');
  await within(30_000, 'catalogue chooser', choice.waitFor());
  await choice.check();
  await page.locator('form button[type="submit"]').click();
  await within(30_000, 'synced catalogue', page.getByRole('searchbox').waitFor());
  await within(30_000, 'service worker control', page.waitForFunction(() => !!navigator.serviceWorker?.controller));
  await within(30_000, 'offers on the device', page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((d) => d.name === 'tilbudsguiden');
  }));

  // Offline from here on.
  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/api/catalogues').then(() => 'reached', () => 'failed'))).toBe('failed');
  await page.goto(`${server.url}/send?offers=${CHOSEN.map((id) => `esslingen/${id}`).join(',')}`);
  await within(30_000, 'send screen', page.getByRole('heading', { level: 1, name: 'An eine Familie senden' }).waitFor());
  await expect.poll(() => page.locator('.send-offers li').count(), { timeout: 15_000 }).toBe(2);

  await page.getByLabel('Sprache der Familie').selectOption('ar');
  await page.getByLabel('Kurze persönliche Nachricht (freiwillig)').fill('Bis Montag, viele Grüße!');
  const preview = page.getByRole('article', { name: 'Vorschau: Das bekommt die Familie' });
  await within(15_000, 'Arabic preview', preview.and(page.locator('[dir="rtl"][lang="ar"]')).waitFor());
  await expect.poll(() => preview.textContent()).toContain('إليك معلومات عن خدمتين لك ولعائلتك.');
  for (const id of CHOSEN) for (const number of phonesOf(id)) expect(await preview.textContent()).toContain(number);

  // Copy, and read the clipboard back.
  await page.getByRole('button', { name: 'Text kopieren' }).click();
  await within(10_000, 'copied status', page.getByRole('status').filter({ hasText: 'Kopiert.' }).waitFor());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('إليك معلومات عن خدمتين لك ولعائلتك.')).toBe(true);
  expect(copied).toContain('كيف تتواصل معهم');
  expect(copied).toContain('Bis Montag, viele Grüße!');
  for (const id of CHOSEN) for (const number of phonesOf(id)) expect(copied).toContain(`\u200E${number}\u200E`);

  // The QR code on screen.
  await page.getByRole('button', { name: 'QR-Code zeigen' }).click();
  const qr = page.getByRole('img', { name: 'QR-Code mit Namen und Kontaktdaten der Angebote' });
  await within(10_000, 'QR code', qr.waitFor());
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await preview.screenshot({ path: `${SHOTS}/referral-preview-ar.png` });
  await page.screenshot({ path: `${SHOTS}/referral-screen-ar.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/referral-screen-ar-dark.png`, fullPage: true });
  const dark = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // The print slip: only the message and its QR code, large, right-to-left.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
  expect(await page.getByLabel('Sprache der Familie').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Text kopieren' }).isVisible()).toBe(false);
  expect(await preview.isVisible()).toBe(true);
  expect(await qr.isVisible()).toBe(true);
  expect(await preview.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(parseFloat(await preview.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: `${SHOTS}/referral-print-ar.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The device remembers only offers, language, channel and day.
  const log = (await referralLog(page)) as { offers: unknown[]; language: string; channel: string; created_at: string }[];
  expect(log.map((e) => e.channel).sort()).toEqual(['copy', 'qr']);
  for (const entry of log) {
    expect(Object.keys(entry).sort()).toEqual(['channel', 'created_at', 'id', 'language', 'offers']);
    expect(entry.language).toBe('ar');
    expect(entry.created_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  await context.setOffline(false);
});

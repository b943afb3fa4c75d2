// In real Chromium, offline: a caseworker composes a referral in Arabic for two offers, copies it,
// shows the QR code and opens the print slip; screenshots for the eye and axe for accessibility.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { within } from './browser.ts';
import { axeViolations, demoSeed, followCatalogue, phoneWalk, SHOTS } from './visit.ts';

const esslingen = demoSeed('esslingen');
const CHOSEN = ['caritas-schwangerenberatung', 'kinderschutzbund-elternkurs-starke-familie'];
const walk = phoneWalk({ seedDemo: false, seed: [esslingen] }, { locale: 'de-DE' });

beforeAll(() => walk.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: walk.server.url }));

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
  const { server, context, page } = walk;
  await followCatalogue(page, server.url, 'esslingen');
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
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/referral-screen-ar-dark.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
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

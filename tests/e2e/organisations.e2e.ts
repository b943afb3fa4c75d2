// In real Chromium, offline: the Esslingen network's actors at a glance (the "Netzwerkkarte"),
// searched and opened, with axe finding nothing and screenshots at phone width for the eye.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, within } from './browser.ts';
import { startTestServer } from './server.ts';

const SHOTS = 'tests/e2e/__screenshots__';
const needs = JSON.parse(readFileSync('src/catalogue/demo/needs.json', 'utf8'));
const esslingen = JSON.parse(readFileSync('src/catalogue/demo/esslingen.json', 'utf8'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer({ seedDemo: false, seed: [{ ...esslingen, needs }] });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axeViolations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

it('lists, searches and opens the network’s actors offline, accessibly', async () => {
  await page.goto(server.url);
  const choice = page.locator('input[name="catalogue"][value="esslingen"]');
  await within(30_000, 'catalogue chooser', choice.waitFor());
  await choice.check();
  await page.locator('form button[type="submit"]').click();
  await within(30_000, 'synced catalogue', page.getByRole('searchbox').waitFor());
  await within(30_000, 'service worker control', page.waitForFunction(() => !!navigator.serviceWorker?.controller));

  await context.setOffline(true);
  await page.goto(`${server.url}/organisations`);
  await within(30_000, 'organisations view', page.getByRole('heading', { level: 1, name: 'Träger im Netzwerk' }).waitFor());
  await within(15_000, 'count', page.getByText(`${esslingen.organisations.length} Träger`).waitFor());
  expect(await page.locator('.org-card').count()).toBe(esslingen.organisations.length);

  await page.screenshot({ path: `${SHOTS}/organisations-390.png`, fullPage: false });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Typed without the umlaut and in lower case; the URL keeps it.
  await page.getByRole('searchbox', { name: 'Träger suchen' }).fill('kinderschutzbund');
  await expect.poll(() => page.locator('.org-card').count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('q')).toBe('kinderschutzbund');

  await page.locator('.org-card a').first().click();
  await within(15_000, 'actor page', page.getByRole('heading', { level: 2, name: 'Ihre Angebote' }).waitFor());
  const org = esslingen.organisations.find((o: { id: string }) => o.id === 'kinderschutzbund-esslingen');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(org.name);
  const offers = esslingen.offers.filter((o: { organization_id: string }) => o.organization_id === org.id);
  expect(await page.locator('.org-offers > li').count()).toBe(offers.length);
  await page.screenshot({ path: `${SHOTS}/organisation-page-390.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // One of its offers: when and where, in German words, accessible.
  const course = offers.find((o: { schedules?: unknown[]; locations?: unknown[] }) => o.schedules?.length && o.locations?.length);
  await page.getByRole('link', { name: new RegExp(course.name.de.slice(0, 12)) }).click();
  const when = page.getByRole('region', { name: 'Wann und wo' });
  await within(15_000, 'offer page', when.waitFor());
  expect(await when.locator('.offer-times__rules li').count()).toBeGreaterThan(0);
  expect(await when.locator('address').count()).toBe(course.locations.length);
  await when.screenshot({ path: `${SHOTS}/offer-times-390.png` });
  expect(await axeViolations(page)).toEqual([]);
  await page.goBack();

  await within(15_000, 'actor page again', page.getByRole('link', { name: /Alle Träger/ }).waitFor());
  await page.getByRole('link', { name: /Alle Träger/ }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?q=kinderschutzbund');
});

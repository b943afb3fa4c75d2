// In real Chromium, offline: the Esslingen network's actors at a glance (the "Netzwerkkarte"),
// searched and opened, with axe finding nothing and screenshots at phone width for the eye.
import { expect, it } from 'vitest';
import { within } from './browser.ts';
import { axeViolations, demoSeed, followCatalogue, phoneWalk, SHOTS } from './visit.ts';

const esslingen = demoSeed('esslingen');
const walk = phoneWalk({ seedDemo: false, seed: [esslingen] }, { locale: 'de-DE' });

it('lists, searches and opens the network’s actors offline, accessibly', async () => {
  const { server, context, page } = walk;
  await followCatalogue(page, server.url, 'esslingen');

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

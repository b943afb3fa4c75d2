// In real Chromium, offline, with a mocked GPS position in Viby: "near me" orders the Aarhus offers by
// distance, shows the distance on each entry and keeps phone/online offers at the end.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { within } from './browser.ts';
import { axeViolations, demoSeed, followCatalogue, phoneWalk } from './visit.ts';
import { catalogueContent } from '../../src/catalogue/schema.ts';
import { sortByDistance } from '../../src/catalogue/distance.ts';
import { searchFold } from '../../src/catalogue/fold.ts';

const aarhus = demoSeed('aarhus');
const VIBY = { latitude: 56.1269, longitude: 10.1649 };
const walk = phoneWalk({ seedDemo: false, seed: [aarhus] }, { locale: 'da-DK', geolocation: VIBY, permissions: ['geolocation'] });

/** Each result entry's title and the distance line under it. */
function entries(p: Page) {
  return p.locator('.results__list > li').evaluateAll((lis) =>
    lis.map((li) => ({
      title: li.querySelector('.offer-summary__title')?.textContent ?? '',
      distance: li.querySelector('.offer-summary__distance')?.textContent ?? '',
    })),
  );
}

/** Long lists are drawn a page at a time: press "show more" until every entry is there. */
async function showAll(p: Page) {
  const more = p.getByRole('button', { name: /^Vis flere/ });
  while (await more.count()) await more.click();
}

/** "2,3 km væk" / "350 m væk" in metres. */
function metres(text: string): number {
  const m = text.replace(/\s/g, ' ').match(/([\d.,]+) (km|m)/);
  if (!m) return NaN;
  const n = Number(m[1].replace(/\./g, '').replace(',', '.'));
  return m[2] === 'km' ? n * 1000 : n;
}

it('sorts by distance from the device’s position while offline, phone/online last', async () => {
  const { server, context, page } = walk;
  await followCatalogue(page, server.url, 'aarhus');

  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/api/catalogues').then(() => 'reached', () => 'failed'))).toBe('failed');
  await page.goto(server.url);
  await within(30_000, 'find page offline', page.getByRole('button', { name: 'I nærheden' }).waitFor());

  await page.getByRole('button', { name: 'I nærheden' }).click();
  await within(15_000, 'sorted status', page.getByText('Sorteret efter afstand fra din placering').waitFor());
  expect(new URL(page.url()).searchParams.get('near')).toBe('56.127,10.165');

  const content = catalogueContent.parse(aarhus);
  const active = content.offers.filter((o) => o.status !== 'inactive');
  await expect.poll(async () => (await entries(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await showAll(page);
  await expect.poll(async () => (await entries(page)).length, { timeout: 15_000 }).toBe(active.length);
  const shown = await entries(page);

  // Distances never decrease; every entry has one until the phone/online block, which closes the list.
  const remoteFrom = shown.findIndex((e) => e.distance === 'Telefon/online');
  const located = shown.slice(0, remoteFrom);
  expect(remoteFrom).toBe(active.filter((o) => o.locations.length > 0).length);
  expect(shown.slice(remoteFrom).every((e) => e.distance === 'Telefon/online')).toBe(true);
  const ms = located.map((e) => metres(e.distance));
  expect(ms.every((m) => Number.isFinite(m))).toBe(true);
  for (let i = 1; i < ms.length; i++) expect(ms[i]).toBeGreaterThanOrEqual(ms[i - 1]);

  // The nearest entry is the one the catalogue's coordinates say (titles compared folded).
  const expected = sortByDistance(active, (o) => o, { latitude: 56.127, longitude: 10.165 }, content.places)[0].item;
  expect(searchFold(shown[0].title)).toBe(searchFold(expected.name.da!));

  await page.screenshot({ path: 'tests/e2e/__screenshots__/near-390.png' });
  expect(await axeViolations(page)).toEqual([]);
});

it('sorts from a typed postcode instead, offline, and stops on request', async () => {
  const { page } = walk;
  await page.getByText('Fra postnummer/by').click();
  await page.getByLabel('Postnummer eller by').fill('8000');
  await page.getByRole('button', { name: 'Sortér', exact: true }).click();
  await within(15_000, 'sorted from place', page.getByText(/Sorteret efter afstand fra 8000/).waitFor());
  const url = new URL(page.url());
  expect(url.searchParams.get('from')).toBe('8000');
  expect(url.searchParams.get('near')).toBeNull();
  const first = (await entries(page))[0];
  expect(metres(first.distance)).toBeLessThan(2000);
  await page.screenshot({ path: 'tests/e2e/__screenshots__/near-place-390.png' });

  await page.getByRole('button', { name: 'Stop sortering efter afstand' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
  expect(await page.locator('.offer-summary__distance').count()).toBe(0);
});

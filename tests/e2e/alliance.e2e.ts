// Issue 2's acceptance walk: a fresh server, the app opened once, taken offline and reloaded, then
// every Aarhus alliance participant typed the phone way must be among the first three results.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { within } from './browser.ts';
import { PHONE, serverAndBrowser, serviceWorkerControl } from './visit.ts';
import { TYPED } from '../unit/alliance-typed.ts';

const walk = serverAndBrowser();

const firstThree = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list', { name: /^\d+ tilbud$/ })
    .locator(':scope > li')
    .evaluateAll((items) => items.slice(0, 3).map((li) => li.textContent ?? ''));

/** Types the query; the list follows a frame or two behind (deferred render), so read until it caught up. */
async function topThreeFor(page: Page, name: string, typed: string): Promise<{ found: boolean; top: string[] }> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(typed, { delay: 10 });
  await within(10_000, `URL for "${typed}"`, page.waitForURL((u) => u.searchParams.get('q') === typed));
  await within(10_000, `results for "${typed}"`, page.getByRole('main').getByRole('list', { name: /^\d+ tilbud$/ }).waitFor());
  let top = await firstThree(page);
  for (let tries = 0; tries < 20 && !top.some((text) => text.includes(name)); tries++) {
    await page.waitForTimeout(250);
    top = await firstThree(page);
  }
  return { found: top.some((text) => text.includes(name)), top };
}

it('finds every alliance participant offline, typed without Danish letters and with a typo', async () => {
  const { server, browser } = walk;
  const context = await browser.newContext({ locale: 'da-DK', serviceWorkers: 'allow', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(server.url);
  await within(30_000, 'catalogue chooser', page.getByRole('button', { name: 'Brug dette katalog' }).waitFor());
  await page.getByRole('button', { name: 'Brug dette katalog' }).click();
  await serviceWorkerControl(page);
  await within(30_000, 'catalogue synced', page.getByRole('main').getByRole('link', { name: 'Ensomhed og venskaber' }).waitFor());

  await context.setOffline(true);
  await page.reload();
  await within(30_000, 'app after offline reload', page.getByRole('searchbox').waitFor());

  const missed: string[] = [];
  for (const [name, typed] of Object.entries(TYPED)) {
    const { found, top } = await topThreeFor(page, name, typed);
    if (!found) missed.push(`${name} ("${typed}") → ${top.map((t) => t.slice(0, 40)).join(' | ')}`);
  }
  expect(missed).toEqual([]);
  await context.close();
});

// The app as a teacher meets it, in real Chromium: first visit online, the service worker takes
// control, the catalogue syncs; then offline, reloaded, a typo search finds the offer and it opens.
// Screenshots in Danish and German for the eye, axe for WCAG 2.1 AA, and the installability check.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchPersistent, within } from './browser.ts';
import { startTestServer } from './server.ts';
import { axeViolations, PHONE, phoneWalk, serviceWorkerControl, SHOTS } from './visit.ts';

const walk = phoneWalk({}, { locale: 'da-DK' });

async function noAxeViolations(p: Page, what: string) {
  expect(await axeViolations(p), `axe on ${what}`).toEqual([]);
}

async function shot(p: Page, name: string) {
  await p.screenshot({ path: join(SHOTS, `app-${name}.png`), fullPage: true });
}

async function search(p: Page, text: string) {
  const box = p.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
}

const results = (p: Page) => p.getByRole('main').getByRole('list', { name: /^\d+ (tilbud|Angebote?)$/ });
const firstResult = (p: Page) => results(p).locator(':scope > li').first();

it('works offline after one visit: typo search, offer page, Danish and German, accessible', async () => {
  const { server, context, page } = walk;
  await page.goto(server.url);
  // First start: the Danish browser gets the Aarhus catalogue preselected.
  const aarhus = page.locator('input[name="catalogue"][value="aarhus"]');
  await within(30_000, 'catalogue chooser', aarhus.waitFor());
  expect(await aarhus.isChecked()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  await page.getByRole('button', { name: 'Brug dette katalog' }).click();

  await serviceWorkerControl(page);
  await within(30_000, 'catalogue synced', page.getByRole('main').getByRole('link', { name: 'Ensomhed og venskaber' }).waitFor());
  expect(await page.getByRole('searchbox', { name: 'Find et tilbud' }).evaluate((el) => el === document.activeElement)).toBe(true);
  await shot(page, 'da-start');
  await noAxeViolations(page, 'start page (da)');

  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/catalogues/index.json', { cache: 'no-store' }).then(() => 'reached', () => 'failed'))).toBe('failed');
  await page.reload();
  await within(30_000, 'app after offline reload', page.getByRole('searchbox', { name: 'Find et tilbud' }).waitFor());

  // Typed the way people type on a phone: no Danish letters.
  await search(page, 'modrehjaelpen');
  await within(15_000, 'typo search result', page.getByRole('main').getByText('Mødrehjælpen').first().waitFor());
  const top3 = await results(page).locator(':scope > li').evaluateAll((items) => items.slice(0, 3).map((li) => li.textContent ?? ''));
  expect(top3.some((text) => text.includes('Mødrehjælpen'))).toBe(true);
  // No keystroke lost to the URL catching up, and the URL ends up holding the query.
  expect(await page.getByRole('searchbox').inputValue()).toBe('modrehjaelpen');
  await within(5_000, 'query in the URL', page.waitForURL((u) => u.searchParams.get('q') === 'modrehjaelpen'));
  await shot(page, 'da-results');
  await noAxeViolations(page, 'result list (da)');

  await firstResult(page).getByRole('link').click();
  // The find page has a level-1 heading too: wait until the (lazily loaded) offer route took over.
  await within(15_000, 'offer route', page.waitForURL((u) => u.pathname !== '/'));
  await within(15_000, 'offer page', page.getByRole('heading', { level: 1 }).waitFor());
  expect(new URL(page.url()).pathname).toMatch(/^\/offer\/aarhus\//);
  await page.getByRole('link', { name: /Send til familien/ }).waitFor();
  await shot(page, 'da-offer');
  await noAxeViolations(page, 'offer page (da)');

  // Back keeps the search; then German, remembered, with <html lang> following.
  await page.goBack();
  await within(10_000, 'back to results', page.getByRole('searchbox').waitFor());
  expect(await page.getByRole('searchbox').inputValue()).toBe('modrehjaelpen');
  await page.getByRole('combobox', { name: 'Sprog' }).selectOption('de');
  await within(10_000, 'German UI', page.getByRole('searchbox', { name: 'Angebot finden' }).waitFor());
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await page.evaluate(() => localStorage.getItem('ui-language'))).toBe('de');
  await shot(page, 'de-results');
  await noAxeViolations(page, 'result list (de)');

  await firstResult(page).getByRole('link').click();
  await within(15_000, 'offer page (de)', page.getByRole('link', { name: /An Familie senden/ }).waitFor());
  await shot(page, 'de-offer');
  await noAxeViolations(page, 'offer page (de)');

  // 200 % zoom on the phone is a 195 px wide viewport: nothing may need sideways scrolling.
  await page.setViewportSize({ width: PHONE.width / 2, height: PHONE.height / 2 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.goBack();
  await within(10_000, 'results at 200 %', firstResult(page).waitFor());
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.setViewportSize(PHONE);
  await firstResult(page).getByRole('link').click();
  await within(10_000, 'offer page again', page.getByRole('link', { name: /An Familie senden/ }).waitFor());

  await page.getByRole('navigation').getByRole('link', { name: 'Suchen' }).click();
  await within(10_000, 'start page (de)', page.getByRole('heading', { name: 'Worum geht es?' }).waitFor());
  await search(page, '');
  await shot(page, 'de-start');
  await noAxeViolations(page, 'start page (de)');

  // The remembered language survives a reload.
  await page.reload();
  await within(15_000, 'German after reload', page.getByRole('searchbox', { name: 'Angebot finden' }).waitFor());
});

it('looks right in dark mode too (contrast checked by axe)', async () => {
  const { server, browser } = walk;
  const dark = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'allow', viewport: PHONE, colorScheme: 'dark' });
  try {
    const p = await dark.newPage();
    await p.goto(server.url);
    await within(30_000, 'catalogue chooser', p.locator('input[name="catalogue"]').first().waitFor());
    await p.getByRole('button', { name: 'Diesen Katalog verwenden' }).click();
    await within(30_000, 'synced', p.getByRole('main').getByRole('link', { name: 'Einsamkeit und Freundschaft' }).waitFor());
    await search(p, 'Familienzentrum');
    await within(15_000, 'results', firstResult(p).waitFor());
    await shot(p, 'de-dark-results');
    await noAxeViolations(p, 'result list (de, dark)');
  } finally {
    await dark.close();
  }
});

it('is installable (manifest, icons, service worker)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilbud-install-'));
  const persistent = await launchPersistent(dir, { viewport: PHONE });
  try {
    const p = persistent.pages()[0] ?? (await persistent.newPage());
    await p.goto(walk.server.url);
    await serviceWorkerControl(p);
    const cdp = await persistent.newCDPSession(p);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await persistent.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('offers a new version with a small prompt and reloads only when asked', async () => {
  // A copy of the build, so a "new version" can be published without touching dist/.
  const dist = mkdtempSync(join(tmpdir(), 'tilbud-dist-'));
  cpSync('dist', dist, { recursive: true });
  const own = await startTestServer({ distDir: dist });
  const ctx = await walk.browser.newContext({ locale: 'da-DK', serviceWorkers: 'allow', viewport: PHONE });
  try {
    const p = await ctx.newPage();
    await p.goto(own.url);
    await within(30_000, 'catalogue chooser', p.locator('input[name="catalogue"]').first().waitFor());
    await p.getByRole('button', { name: 'Brug dette katalog' }).click();
    await serviceWorkerControl(p);

    appendFileSync(join(dist, 'sw.js'), '\n// next version\n');
    await p.getByRole('searchbox').fill('halvt skrevet');
    await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = p.getByRole('status').filter({ hasText: 'En ny version af appen er klar.' });
    await within(30_000, 'update prompt', prompt.waitFor());
    await p.waitForTimeout(1_000);
    expect(await p.getByRole('searchbox').inputValue()).toBe('halvt skrevet');
    expect(await p.getByRole('dialog').count()).toBe(0);

    const reloaded = p.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Genindlæs' }).click();
    await within(30_000, 'reload after the click', reloaded);
    await within(15_000, 'app after update', p.getByRole('searchbox').waitFor());
    // The waiting version took over: nothing is left waiting.
    expect(await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r?.waiting, active: !!r?.active })))).toEqual({ waiting: false, active: true });
    expect(await prompt.count()).toBe(0);
  } finally {
    await ctx.close();
    await own.close();
    rmSync(dist, { recursive: true, force: true });
  }
});

// The coordinator workspace in real Chromium against the real server: log in, edit an offer
// (a validation error keeps what was typed), see the preview, approve an association's proposal,
// publish, and the public app on another device picks up the new version. axe checks each screen.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { within } from './browser.ts';
import { axeViolations, serverAndBrowser, serviceWorkerControl } from './visit.ts';

const walk = serverAndBrowser();
const PASSWORD = 'a long enough password';

async function api(method: string, path: string, body?: unknown): Promise<any> {
  return (await walk.server.api(method, path, body)).json();
}

async function noViolations(page: Page, what: string) {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
}

async function workspace(username: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { server, browser } = walk;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 }, serviceWorkers: 'block', colorScheme });
  const page = await context.newPage();
  await page.goto(`${server.url}/coordinator`);
  await within(30_000, 'login form', page.getByLabel('User name').waitFor());
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await within(15_000, 'catalogue list', page.getByRole('heading', { name: 'Your catalogues' }).waitFor());
  return page;
}

it('edits, reviews a proposal and publishes; the app picks up the new version', async () => {
  const { server, browser } = walk;
  const { offers } = await api('GET', '/api/catalogues/aarhus/offers');
  const [edited, proposedFor] = [offers[0], offers.find((o: { organization_id: string }) => o.organization_id !== offers[0].organization_id)];
  await api('POST', '/api/users', { username: 'e2e-coord', display_name: 'Karen Koordinator', password: PASSWORD, memberships: [{ catalogue_id: 'aarhus', role: 'coordinator' }] });
  await api('POST', '/api/users', {
    username: 'e2e-assoc',
    display_name: 'Anders Forening',
    password: PASSWORD,
    memberships: [{ catalogue_id: 'aarhus', role: 'contributor', organisation_id: proposedFor.organization_id }],
  });

  // A teacher's phone follows Aarhus and holds version 1.
  const phone = await (await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' })).newPage();
  await phone.goto(server.url);
  await within(30_000, 'catalogue chooser', phone.locator('input[name="catalogue"][value="aarhus"]').waitFor());
  await phone.locator('input[name="catalogue"][value="aarhus"]').check();
  await phone.getByRole('button', { name: /use this catalogue/i }).click();
  await within(30_000, 'app search', phone.getByRole('searchbox').waitFor());

  // The coordinator logs in and opens the offer list.
  const coord = await workspace('e2e-coord');
  await noViolations(coord, 'catalogue list');
  await coord.getByRole('link', { name: /Aarhus/ }).first().click();
  await within(15_000, 'offer table', coord.getByRole('table').waitFor());
  expect(await coord.getByRole('row').count()).toBe(offers.length + 1);
  await noViolations(coord, 'offer list');
  await coord.screenshot({ path: '/tmp/coordinator-offers.png', fullPage: false });

  // Edit: an emptied required text is refused beside the field, and nothing typed is lost.
  await coord.locator(`a[href$="/offer/${edited.id}"]`).click();
  const nameEn = coord.locator('#f-name-en');
  await within(15_000, 'editor', nameEn.waitFor());
  await nameEn.fill('Edited by the coordinator');
  for (const lng of ['da', 'de', 'en']) await coord.locator(`#f-summary-${lng}`).fill('');
  await coord.getByRole('button', { name: 'Save', exact: true }).click();
  await within(10_000, 'error summary', coord.getByRole('alert').filter({ hasText: 'There is 1 problem' }).waitFor());
  expect(await coord.locator('#f-summary-en').getAttribute('aria-invalid')).toBe('true');
  expect(await coord.locator('#f-summary-error').textContent()).toBe('Write it in at least one language.');
  expect(await nameEn.inputValue()).toBe('Edited by the coordinator');
  await noViolations(coord, 'editor with an error');
  await coord.locator('#f-summary-en').fill('A summary written in the workspace');
  // The preview shows it as the app will.
  await within(10_000, 'preview', coord.locator('.cw-preview h3', { hasText: 'Edited by the coordinator' }).waitFor());
  // Its actions look as in the app but lead nowhere from the workspace.
  const previewActions = coord.locator('.cw-preview').getByRole('list', { name: 'Contact and send' });
  expect(await previewActions.textContent()).toContain('Send to family');
  expect(await previewActions.getByRole('link').count()).toBe(0);
  await coord.getByRole('button', { name: 'Save', exact: true }).click();
  await within(10_000, 'saved', coord.getByRole('status').filter({ hasText: /^Saved \(revision/ }).waitFor());
  await coord.screenshot({ path: '/tmp/coordinator-editor.png', fullPage: false });

  // An association proposes a change to its own offer.
  const assoc = await workspace('e2e-assoc');
  await assoc.getByRole('link', { name: /Aarhus/ }).first().click();
  await assoc.locator(`a[href$="/offer/${proposedFor.id}"]`).click();
  await within(15_000, 'proposal form', assoc.locator('#f-summary-en').waitFor());
  await assoc.locator('#f-summary-en').fill('Proposed by the association');
  await assoc.getByRole('button', { name: 'Send proposal' }).click();
  await within(10_000, 'proposal sent', assoc.getByRole('status').filter({ hasText: 'Your proposal was sent' }).waitFor());

  // The coordinator approves it from the review queue.
  await coord.getByRole('link', { name: 'Proposals' }).click();
  await coord.getByRole('button', { name: /^Review / }).click();
  await within(10_000, 'both versions', coord.getByRole('heading', { name: 'As proposed' }).waitFor());
  await noViolations(coord, 'review');
  await coord.getByRole('button', { name: 'Approve' }).click();
  await within(10_000, 'decided', coord.getByRole('status').filter({ hasText: 'Decision saved.' }).waitFor());

  // Publish with the summary of changes and a note.
  await coord.getByRole('link', { name: 'Publish' }).click();
  await within(10_000, 'change summary', coord.getByRole('heading', { name: '2 offers changed' }).waitFor());
  await noViolations(coord, 'publish');
  await coord.getByLabel(/Note for the version history/).fill('Spring update');
  await coord.getByRole('button', { name: 'Publish version 2' }).click();
  await within(15_000, 'published', coord.getByRole('status').filter({ hasText: 'Version 2 is published' }).waitFor());
  await coord.getByRole('link', { name: 'Versions' }).click();
  const row = coord.getByRole('row').filter({ hasText: 'Spring update' });
  await within(10_000, 'history row', row.waitFor());
  expect(await row.textContent()).toContain('e2e-coord');
  await noViolations(coord, 'history');

  // The phone picks up version 2 and finds the edited offer.
  await phone.evaluate(() => window.dispatchEvent(new Event('online')));
  await phone.getByRole('searchbox').fill('Edited by the coordinator');
  await within(30_000, 'edited offer in the app', phone.locator(`a[href="/offer/aarhus/${edited.id}"]`).waitFor());
});

it('shows both versions when someone else saved meanwhile, and the other pages pass axe in dark mode', async () => {
  const { server } = walk;
  await api('POST', '/api/users', { username: 'e2e-night', display_name: 'Nina Nat', password: PASSWORD, memberships: [{ catalogue_id: 'aarhus', role: 'coordinator' }] });
  const page = await workspace('e2e-night', 'dark');
  const { offers } = await api('GET', '/api/workspace/aarhus/offers');
  const target = offers[offers.length - 1];
  await page.goto(`${server.url}/coordinator/aarhus/offer/${target.id}`);
  const nameEn = page.locator('#f-name-en');
  await within(15_000, 'editor', nameEn.waitFor());
  // Someone else saves the same offer first.
  const detail = await api('GET', `/api/workspace/aarhus/offers/${target.id}`);
  await api('PUT', `/api/workspace/aarhus/offers/${target.id}`, { offer: { ...detail.offer, name: { ...detail.offer.name, en: 'Their name' } }, revision: detail.revision });
  await nameEn.fill('My name');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByRole('region', { name: 'Someone else saved this offer meanwhile' });
  await within(10_000, 'conflict', conflict.waitFor());
  // Each version's title sits one level under its column heading.
  expect(await conflict.locator('h4', { hasText: 'Their name' }).count()).toBe(1);
  expect(await conflict.locator('h4', { hasText: 'My name' }).count()).toBe(1);
  await noViolations(page, 'conflict (dark)');
  await page.getByRole('button', { name: 'Keep mine and save over theirs' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await within(10_000, 'saved over', page.getByRole('status').filter({ hasText: /^Saved \(revision/ }).waitFor());
  expect((await api('GET', `/api/workspace/aarhus/offers/${target.id}`)).offer.name.en).toBe('My name');

  // A device that shares counts reported this offer, so the Use tab shows its table to axe.
  expect((await server.api('POST', '/api/usage', { catalogue_id: 'aarhus', month: new Date().toISOString().slice(0, 7), counts: { [target.id]: 2 } })).status).toBe(204);
  for (const [tab, heading] of [
    ['Use', 'Use of the offers'],
    ['Verification', 'Offers to verify'],
    ['Audit log', 'Audit log'],
    ['Open data', 'Open data (HSDS)'],
    ['Invite', 'Invite an association'],
    ['Offers', 'Offers'],
  ]) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await within(10_000, heading, page.getByRole('heading', { name: heading, level: 1 }).waitFor());
    await page.waitForLoadState('networkidle');
    await noViolations(page, `${tab} (dark)`);
  }
  await page.screenshot({ path: '/tmp/coordinator-dark.png' });
});

it('lets an admin see and create accounts, and says it needs a connection when offline', async () => {
  const { server, browser } = walk;
  await api('POST', '/api/users', { username: 'e2e-admin', display_name: 'Ada Admin', password: PASSWORD, is_admin: true });
  const page = await workspace('e2e-admin');
  await page.getByRole('link', { name: 'Accounts' }).click();
  await within(10_000, 'accounts', page.getByRole('cell', { name: 'e2e-night' }).waitFor());
  await page.getByLabel('User name').fill('e2e-new-coord');
  await page.getByLabel('Your name').fill('Ny Koordinator');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Catalogue').selectOption('esslingen');
  await page.getByRole('button', { name: 'Create account' }).click();
  await within(10_000, 'created', page.getByRole('status').filter({ hasText: 'Account e2e-new-coord created.' }).waitFor());
  expect(await page.getByRole('row').filter({ hasText: 'e2e-new-coord' }).textContent()).toContain('coordinator · esslingen');
  await noViolations(page, 'accounts');

  // Installed app, then no connection: the workspace opens from the cache and says what it needs.
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' });
  const offline = await context.newPage();
  await offline.goto(server.url);
  await serviceWorkerControl(offline);
  await context.setOffline(true);
  await offline.goto(`${server.url}/coordinator`);
  await within(30_000, 'offline notice', offline.getByRole('status').filter({ hasText: 'The workspace needs a connection to the server.' }).waitFor());
  await context.setOffline(false);
  await offline.getByRole('button', { name: 'Try again' }).click();
  await within(15_000, 'login after reconnecting', offline.getByRole('heading', { name: 'Log in' }).waitFor());
});

it('a coordinator invites an association with a one-time link that makes a contributor account', async () => {
  const { server, browser } = walk;
  const coord = await workspace('e2e-coord');
  await coord.goto(`${server.url}/coordinator/aarhus/invite`);
  await coord.getByRole('button', { name: 'Make invitation link' }).click();
  const link = coord.getByLabel(/Invitation link/);
  await within(10_000, 'invitation link', link.waitFor());
  const url = await link.inputValue();
  expect(url).toMatch(new RegExp(`^${server.url}/coordinator/invitation/[\\w-]{20,}$`));

  const guest = await (await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' })).newPage();
  await guest.goto(url);
  await within(15_000, 'invitation form', guest.getByRole('heading', { name: 'Accept invitation' }).waitFor());
  await noViolations(guest, 'invitation');
  await guest.getByLabel('Your name').fill('Bo Forening');
  await guest.getByLabel('User name').fill('bo-forening');
  await guest.getByLabel('Password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Create account' }).click();
  await within(15_000, 'own offers', guest.getByRole('table').waitFor());
  expect(await guest.getByRole('navigation', { name: /Workspace of/ }).getByRole('link').allTextContents()).toEqual(['Offers', 'Proposals']);

  // The link worked once.
  const again = await (await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' })).newPage();
  await again.goto(url);
  await within(15_000, 'used link', again.getByText('This invitation link was already used or has expired.').waitFor());
});

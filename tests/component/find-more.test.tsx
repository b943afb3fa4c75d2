// A long result list is drawn one page at a time: the count tells the whole, "show more" adds a page.
import { describe, expect, it, beforeEach } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { AppDatabase } from '../../src/storage/db.ts';
import { replaceCatalogue } from '../../src/storage/catalogueStore.ts';
import { RESULT_PAGE } from '../../src/ui/ResultList.tsx';
import { renderApp, useLanguage } from './app-fixture.tsx';

async function aarhusDevice() {
  const db = new AppDatabase(`find-more-${Math.random()}`);
  await replaceCatalogue(db, 'aarhus', loadDemoCatalogue('aarhus'), {
    version: 1,
    published_at: '2026-11-01T10:00:00Z',
    expires_at: '2099-01-01T00:00:00Z',
    snapshot_sha256: 'test',
    applied_at: '2026-11-02T10:00:00Z',
  });
  await db.settings.put({ key: 'followedCatalogues', value: ['aarhus'] });
  return db;
}

describe('Find page, long result lists (da)', { timeout: 20_000 }, () => {
  beforeEach(() => useLanguage('da'));

  it('shows one page of the free offers and the rest on "show more"', async () => {
    const free = loadDemoCatalogue('aarhus').offers.filter((o) => o.free).length;
    expect(free).toBeGreaterThan(RESULT_PAGE);
    renderApp(await aarhusDevice(), '/?free=1');
    const main = await screen.findByRole('main');
    expect(await within(main).findByText(`${free} tilbud`, {}, { timeout: 5_000 })).toHaveAttribute('role', 'status');
    const list = within(main).getByRole('list', { name: `${free} tilbud` });
    expect(within(list).getAllByRole('listitem', { hidden: false }).filter((li) => li.parentElement === list)).toHaveLength(RESULT_PAGE);

    await userEvent.click(within(main).getByRole('button', { name: `Vis flere (${RESULT_PAGE} af ${free})` }));
    expect(within(list).getAllByRole('listitem').filter((li) => li.parentElement === list)).toHaveLength(free);
    expect(within(main).queryByRole('button', { name: /Vis flere/ })).toBeNull();
  });
});

// A long result list is drawn one page at a time: the count tells the whole, "show more" adds a page.
import { describe, expect, it, beforeEach } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { RESULT_PAGE } from '../../src/ui/ResultList.tsx';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

describe('Find page, long result lists (da)', { timeout: 20_000 }, () => {
  beforeEach(() => useLanguage('da'));

  it('shows one page of the free offers and a page more on each "show more"', async () => {
    const free = loadDemoCatalogue('aarhus').offers.filter((o) => o.free).length;
    expect(free).toBeGreaterThan(RESULT_PAGE);
    renderApp(await deviceDb(loadDemoCatalogue('aarhus')), '/?free=1');
    const main = await screen.findByRole('main');
    expect(await within(main).findByText(`${free} tilbud`, {}, { timeout: 5_000 })).toHaveAttribute('role', 'status');
    const list = within(main).getByRole('list', { name: `${free} tilbud` });
    expect(within(list).getAllByRole('listitem', { hidden: false }).filter((li) => li.parentElement === list)).toHaveLength(RESULT_PAGE);

    const entries = () => within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    for (let shown = RESULT_PAGE; shown < free; shown += RESULT_PAGE) {
      await userEvent.click(within(main).getByRole('button', { name: `Vis flere (${shown} af ${free})` }));
      expect(entries()).toHaveLength(Math.min(shown + RESULT_PAGE, free));
    }
    expect(within(main).queryByRole('button', { name: /Vis flere/ })).toBeNull();
  });
});

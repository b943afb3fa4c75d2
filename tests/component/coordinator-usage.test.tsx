// The workspace's "Use" tab: anonymous counts of the last twelve months per offer, most used first,
// titled in the UI language, with the privacy explanation and an empty state — in Danish and German.
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n.ts';
import type { OfferRow, SessionInfo, UsageTotals, WorkspaceContext } from '../../src/catalogue/workspace-api.ts';
import Workspace from '../../src/coordinator/Workspace.tsx';

/** "YYYY-MM" of the month `back` months before this one (UTC, as devices report). */
function monthAgo(back: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

const session = (coordinator: boolean): SessionInfo => ({
  account: { username: 'anna', display_name: 'Anna', is_admin: false, memberships: [{ catalogue_id: 'testby', role: coordinator ? 'coordinator' : 'contributor', organisation_id: coordinator ? null : 'bvv' }] },
  csrf: 'csrf',
  expires_at: null,
});

const context = (coordinator: boolean): WorkspaceContext => ({
  catalogue: { id: 'testby', name: { da: 'Testby', de: 'Teststadt' }, region: 'Testby', default_language: 'da' },
  needs: [],
  organisations: [
    { id: 'bvv', name: 'Børns Voksenvenner', description: { da: 'Voksenvenner' }, phones: [] },
    { id: 'redbarnet', name: 'Red Barnet', description: { da: 'Børns rettigheder' }, phones: [] },
  ],
  freshness_months: 12,
  coordinator,
  own_organisations: coordinator ? [] : ['bvv'],
});

const row = (id: string, organization_id: string, name: OfferRow['name']): OfferRow => ({
  id,
  name,
  organization_id,
  state: 'published',
  is_new: false,
  proposed: false,
  stale: false,
  assured_date: '2026-01-01',
  revision: 1,
  updated_at: '2026-01-01T00:00:00Z',
});

const offers = [
  row('voksenven', 'bvv', { da: 'Voksenven', de: 'Erwachsenenfreund' }),
  row('lektiecafe', 'redbarnet', { da: 'Lektiecafé' }),
  row('ferielejr', 'redbarnet', { da: 'Ferielejr', de: 'Ferienlager' }),
];

/** Counts 12 months back lie outside the table: they must neither show nor count towards totals. */
const counted: UsageTotals['months'] = {
  [monthAgo(12)]: { lektiecafe: 100, ferielejr: 9 },
  [monthAgo(11)]: { voksenven: 4 },
  [monthAgo(0)]: { voksenven: 3, lektiecafe: 5 },
};

/** Answers the workspace's requests as the server would; anything else is a test error. */
function serve(coordinator: boolean, months: UsageTotals['months']) {
  const answers: Record<string, unknown> = {
    '/api/session': session(coordinator),
    '/api/workspace/testby/context': context(coordinator),
    '/api/workspace/testby/offers': { offers },
    '/api/usage/testby': { catalogue_id: 'testby', months } satisfies UsageTotals,
  };
  const fetch = vi.fn(async (path: string) => (path in answers ? Response.json(answers[path]) : Response.json({ error: 'not-found', message: path }, { status: 404 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function open(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/coordinator/*" element={<Workspace />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Each body row as [row header, …cells] text. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

beforeAll(async () => {
  await initI18n('da');
  await i18next.loadNamespaces('coordinator');
});
afterEach(() => vi.unstubAllGlobals());

describe('usage tab', () => {
  it('in Danish: per offer the last twelve months and their total, most used first, with the privacy note', async () => {
    await i18next.changeLanguage('da');
    const fetch = serve(true, counted);
    open('/coordinator/testby/usage');
    const table = await screen.findByRole('table', { name: /Sendte tilbud pr\. måned/ });
    expect(screen.getByRole('link', { name: 'Brug' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Brug af tilbuddene' })).toBeInTheDocument();
    expect(screen.getByText(/anonyme.*slået fra.*intet om familier/s)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/api/usage/testby', expect.anything());

    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(2 + 12 + 1);
    expect(headers.at(-1)).toHaveTextContent('I alt');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Voksenven', 'Lektiecafé']);

    const [first, second] = bodyRows(table);
    expect(first.slice(0, 2)).toEqual(['Voksenven', 'Børns Voksenvenner']);
    expect(first.slice(2)).toEqual(['4', ...Array(10).fill('0'), '3', '7']);
    expect(second.slice(0, 2)).toEqual(['Lektiecafé', 'Red Barnet']);
    expect(second.slice(2)).toEqual([...Array(11).fill('0'), '5', '5']);
    expect(within(table).getByRole('link', { name: 'Voksenven' })).toHaveAttribute('href', '/coordinator/testby/offer/voksenven');
  });

  it('in German: German titles where they exist, Danish marked as such, and an empty state', async () => {
    await i18next.changeLanguage('de');
    serve(true, counted);
    const first = open('/coordinator/testby/usage');
    const table = await screen.findByRole('table', { name: /Gesendete Angebote pro Monat/ });
    expect(screen.getByRole('link', { name: 'Nutzung' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/anonym.*aus, bis man es einschaltet.*nichts über Familien/s)).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('Gesamt');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Erwachsenenfreund', 'Lektiecafé']);
    expect(within(table).getByRole('link', { name: 'Lektiecafé' })).toHaveAttribute('lang', 'da');
    first.unmount();

    serve(true, { [monthAgo(13)]: { voksenven: 2 } });
    open('/coordinator/testby/usage');
    expect(await screen.findByText(/Noch keine Zahlen/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is not offered to contributors', async () => {
    await i18next.changeLanguage('da');
    const fetch = serve(false, counted);
    open('/coordinator/testby/usage');
    expect(await screen.findByRole('link', { name: 'Forslag' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Brug' })).not.toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalledWith('/api/usage/testby', expect.anything());
  });
});

// The filter sheet's "when" fields in Danish: a weekday keeps the offers that run that day, "open
// now" the ones running at this minute, and both live in the URL like every other filter.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogueContent, type Schedule } from '../../src/catalogue/schema.ts';
import { deviceDb, fixture, renderApp, useLanguage } from './app-fixture.tsx';

const RULES: Record<string, Schedule[]> = {
  raadgivning: [{ freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH'], opens_at: '09:00', closes_at: '15:00' }],
  voksenven: [{ freq: 'WEEKLY', byday: ['TU'], opens_at: '16:00', closes_at: '18:00' }],
  fodbold: [{ freq: 'WEEKLY', byday: ['TH'], opens_at: '17:00', closes_at: '19:00' }],
};

function timedDb() {
  const content = catalogueContent.parse({ ...fixture, offers: fixture.offers.map((o) => ({ ...o, schedules: RULES[o.id] ?? [] })) });
  return deviceDb(content);
}

const titles = () => [...document.querySelectorAll('a.offer-summary h2')].map((h) => h.textContent);

describe('time filters (da)', () => {
  beforeEach(async () => {
    // Tuesday 6 January 2026, 16:30 in Aarhus; only the clock is fixed, timers run normally.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-06T15:30:00Z') });
    await useLanguage('da');
  });
  afterEach(() => vi.useRealTimers());

  it('keeps offers that run on the chosen weekday', async () => {
    const { router } = renderApp(await timedDb(), '/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Filtre' }));
    const sheet = screen.getByRole('dialog', { name: 'Filtre' });
    await user.selectOptions(within(sheet).getByRole('combobox', { name: 'Dag' }), 'torsdag');
    await user.click(within(sheet).getByRole('button', { name: 'Vis 2 tilbud' }));
    expect(new URLSearchParams(router.state.location.search).get('day')).toBe('TH');
    await waitFor(() => expect(titles().sort()).toEqual(['Fodbold for piger', 'Rådgivning til gravide og småbørnsforældre']));
  });

  it('keeps only what is open now, and shows the badge on it', async () => {
    const { router } = renderApp(await timedDb(), '/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Filtre' }));
    const sheet = screen.getByRole('dialog', { name: 'Filtre' });
    await user.click(within(sheet).getByRole('checkbox', { name: 'Åbent nu' }));
    await user.click(within(sheet).getByRole('button', { name: 'Vis 1 tilbud' }));
    expect(new URLSearchParams(router.state.location.search).get('open')).toBe('1');
    await waitFor(() => expect(titles()).toEqual(['En voksenven til dit barn']));
    const entry = screen.getByRole('link', { name: /En voksenven til dit barn/ });
    expect(within(entry).getByText('Åbent nu')).toBeInTheDocument();
  });
});

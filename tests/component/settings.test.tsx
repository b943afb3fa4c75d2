// Settings: held catalogue facts, and deleting everything on the device only after confirmation.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

describe('Settings (da)', () => {
  beforeEach(async () => {
    await useLanguage('da');
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('offline')));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the held version, lists held catalogues offline, and deletes all data after confirming', async () => {
    const db = await deviceDb();
    await db.shortlist.put({ catalogue_id: 'testby', offer_id: 'fodbold', added_at: '2025-11-01T00:00:00Z' });
    await db.recent.add({ kind: 'search', value: 'fodbold', at: '2025-11-01T00:00:00Z' });
    await db.referralLog.add({ created_at: '2025-11-01', offers: [{ catalogue_id: 'testby', offer_id: 'fodbold' }], language: 'ar', channel: 'sms' });
    localStorage.setItem('ui-language', 'da');
    renderApp(db, '/settings');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Indstillinger' })).toBeInTheDocument();
    expect(await screen.findByText(/Version 3 fra/)).toBeInTheDocument();
    const followed = await screen.findByRole('group', { name: 'Kataloger på denne enhed' });
    expect(within(followed).getByRole('checkbox', { name: /Testby Kommune/ })).toBeChecked();
    expect(await screen.findByText('Listen over kataloger kan ikke hentes uden forbindelse.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Slet alle data på denne enhed' }));
    const dialog = screen.getByRole('dialog', { name: 'Slet alle data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annullér' }));
    expect(await db.shortlist.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Slet alle data på denne enhed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ja, slet alt' }));
    await waitFor(async () => expect(await db.catalogues.count()).toBe(0));
    expect(await db.offers.count()).toBe(0);
    expect(await db.shortlist.count()).toBe(0);
    expect(await db.recent.count()).toBe(0);
    expect(await db.referralLog.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(localStorage.getItem('ui-language')).toBeNull();
  });
});

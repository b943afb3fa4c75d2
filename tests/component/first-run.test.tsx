// First start with nothing held: the chooser lists the server's catalogues in the UI language,
// preselects the one in that language, and following saves the choice.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getSetting } from '../../src/storage/settings.ts';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

const index = {
  catalogues: [
    { id: 'aarhus', name: { da: 'Aarhus Kommune', de: 'Stadt Aarhus', en: 'Aarhus' }, region: 'Aarhus', default_language: 'da', version: 2 },
    { id: 'esslingen', name: { da: 'Landkreis Esslingen', de: 'Landkreis Esslingen', en: 'Esslingen district' }, region: 'Esslingen', default_language: 'de', version: 5 },
  ],
};

describe('first run', () => {
  const requested: string[] = [];
  beforeEach(() => {
    requested.length = 0;
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(String(url));
      return new Response(JSON.stringify(index), { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('preselects the German catalogue for a German UI and saves the choice', async () => {
    await useLanguage('de');
    const db = await deviceDb(false);
    renderApp(db, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen' })).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'Kataloge auf diesem Gerät' });
    expect(within(group).getByRole('checkbox', { name: /Landkreis Esslingen/ })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /Stadt Aarhus/ })).not.toBeChecked();
    expect(requested.some((u) => u.endsWith('/catalogues/index.json'))).toBe(true);
    expect(screen.queryByRole('searchbox')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Diesen Katalog verwenden' }));
    await waitFor(async () => expect(await getSetting(db, 'followedCatalogues')).toEqual(['esslingen']));
    expect(await screen.findByRole('searchbox', { name: 'Angebot finden' })).toBeInTheDocument();
  });

  it('asks for at least one catalogue (da)', async () => {
    await useLanguage('da');
    const db = await deviceDb(false);
    renderApp(db, '/');
    const user = userEvent.setup();
    const aarhus = await screen.findByRole('checkbox', { name: /Aarhus Kommune/ });
    expect(aarhus).toBeChecked();
    await user.click(aarhus);
    await user.click(screen.getByRole('button', { name: 'Brug dette katalog' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vælg mindst ét katalog.');
    expect(await getSetting(db, 'followedCatalogues')).toBeUndefined();
  });
});

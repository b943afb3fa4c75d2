// The sync banner: silent when all is well, and a plain translated line for offline, updating,
// a failed update and an expired catalogue, with dates in the UI language.
import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/app/i18n.ts';
import { EMPTY_STATUS, syncStatus, type SyncStatus } from '../../src/sync/status.ts';
import { SyncBanner } from '../../src/ui/SyncBanner.tsx';

const held: SyncStatus['catalogues'] = [
  { catalogueId: 'aarhus', version: 3, publishedAt: '2026-11-21T09:00:00.000Z', lastCheckedAt: '2026-11-22T08:15:00.000Z', expired: false },
];

beforeAll(async () => {
  await initI18n('en');
  await i18next.loadNamespaces('sync');
});
afterEach(async () => {
  act(() => syncStatus.set(EMPTY_STATUS));
  await i18next.changeLanguage('en');
});

describe('SyncBanner', () => {
  it('says nothing while the catalogue is current, but keeps its live region ready', () => {
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: held }));
    render(<SyncBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('tells the user they are offline and how old the held catalogue is', () => {
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: held, offline: true }));
    render(<SyncBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('Offline — showing the catalogue as of November 21.');
    expect(screen.getByRole('status')).toHaveTextContent(/Last checked November 22 at \d/);
  });

  it('follows status changes as they happen', () => {
    render(<SyncBanner />);
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: held, updating: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Updating the catalogue');
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: held, lastError: 'bad-signature' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not update the catalogue. You can keep using the one you have.');
    expect(screen.getByRole('status')).toHaveTextContent('could not be confirmed as genuine');
  });

  it('warns about an expired catalogue without hiding it', () => {
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: [{ ...held[0], expired: true }] }));
    render(<SyncBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('has not been confirmed by its publisher since November 21.');
  });

  it('speaks the UI language, dates included', async () => {
    await act(() => i18next.changeLanguage('de'));
    act(() => syncStatus.set({ ...EMPTY_STATUS, catalogues: held, offline: true }));
    render(<SyncBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('Offline — der Katalog wird mit dem Stand vom 21. November angezeigt.');
    await act(() => i18next.changeLanguage('da'));
    expect(screen.getByRole('status')).toHaveTextContent('Offline — viser kataloget, som det så ud 21. november.');
  });

  it('never opens a dialog, even for a first start without connection', () => {
    act(() => syncStatus.set({ ...EMPTY_STATUS, offline: true }));
    render(<SyncBanner />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('there is no catalogue on this device yet');
  });
});

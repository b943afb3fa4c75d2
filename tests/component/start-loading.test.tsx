// A start with a catalogue held: the search box shows as soon as it is known that something is
// held, results follow once the offers are read and indexed, and the first-run chooser never shows.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

describe('start with a held catalogue (da)', () => {
  it('shows the search box and a loading result list while the offers are read, then the results', async () => {
    await useLanguage('da');
    const db = await deviceDb();
    // The full read waits (on the kept index) until the test lets it go; the version rows do not.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = db.searchIndex.get.bind(db.searchIndex);
    db.searchIndex.get = (async (key: 'held') => (await held, get(key))) as typeof db.searchIndex.get;
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      if (screen.queryByRole('heading', { level: 1, name: 'Velkommen' })) seen.push('chooser');
    });
    watch.observe(document.body, { subtree: true, childList: true });

    renderApp(db, '/?q=fodbold');
    expect(await screen.findByRole('searchbox', { name: 'Find et tilbud' })).toHaveValue('fodbold');
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('status').map((s) => s.textContent)).toContain('Indlæser …');
    expect(within(main).queryByRole('link', { name: /Fodbold for piger/ })).toBeNull();

    release();
    expect(await within(main).findByRole('link', { name: /Fodbold for piger/ })).toBeInTheDocument();
    watch.disconnect();
    expect(seen).toEqual([]);
  });
});

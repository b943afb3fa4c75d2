// The language switcher: texts change at once, <html lang> follows and the choice is remembered.
import { describe, expect, it, beforeEach } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

describe('language switch', () => {
  beforeEach(() => useLanguage('da'));

  it('switches from Danish to German and back', async () => {
    const db = await deviceDb();
    renderApp(db, '/?q=fodbold');
    const user = userEvent.setup();
    expect(await screen.findByRole('searchbox', { name: 'Find et tilbud' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprog' }), 'de');
    expect(await screen.findByRole('searchbox', { name: 'Angebot finden' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('ui-language')).toBe('de');
    expect(screen.getByRole('navigation', { name: 'Hauptmenü' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fußball für Mädchen' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'da');
    expect(await screen.findByRole('heading', { name: 'Fodbold for piger' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });
});

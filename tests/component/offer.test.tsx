// The offer page: texts in the UI language with a marked fallback, actions, access, cost, freshness,
// and the shortlist toggle that the shortlist page then shows.
import { describe, expect, it, beforeEach } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deviceDb, renderApp, useLanguage } from './app-fixture.tsx';

describe('Offer page (de)', () => {
  beforeEach(() => useLanguage('de'));

  it('shows the offer in German, falls back to Danish with lang, and offers big labelled actions', async () => {
    const db = await deviceDb();
    renderApp(db, '/offer/testby/raadgivning');
    expect(await screen.findByRole('heading', { level: 1, name: 'Beratung für Schwangere und junge Eltern' })).toBeInTheDocument();
    expect(screen.getByText('Rufen Sie an oder schreiben Sie.')).toBeInTheDocument();
    // The eligibility text exists only in Danish: shown, and marked as Danish.
    expect(screen.getByText('Gravide og forældre med børn under 6 år.').closest('[lang]')).toHaveAttribute('lang', 'da');

    const actions = screen.getByRole('list', { name: 'Kontakt und Weitergabe' });
    expect(within(actions).getByRole('link', { name: /Anrufen/ })).toHaveAttribute('href', 'tel:+4500000001');
    expect(within(actions).getByRole('link', { name: /E-Mail schreiben/ })).toHaveAttribute('href', 'mailto:kontakt@moedre.example.org');
    expect(within(actions).getByRole('link', { name: /Webseite/ })).toHaveAttribute('href', 'https://moedre.example.org/');
    expect(within(actions).getByRole('link', { name: /An Familie senden/ })).toHaveAttribute('href', '/send?offers=testby/raadgivning');

    expect(screen.getByText('Familien können sich selbst melden.')).toBeInTheDocument();
    expect(screen.getByText('Kostenlos.')).toBeInTheDocument();
    expect(screen.getByText('Dänisch, Englisch und Arabisch')).toBeInTheDocument();
    expect(screen.getByText('Eksempelgade 1', { exact: false })).toBeInTheDocument();
    // Checked in March 2020: years ago, so it stands out.
    const verified = screen.getByText(/Beim Träger geprüft vor \d+ Jahren/).closest('p');
    expect(verified).toHaveClass('verified--stale');
    expect(verified).toHaveTextContent('vor über einem Jahr');
  });

  it('shows cost options in the currency of the UI language and a fresh check without warning', async () => {
    const db = await deviceDb();
    renderApp(db, '/offer/testby/fodbold');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fußball für Mädchen' })).toBeInTheDocument();
    expect(screen.getByText(/Beitrag pro Halbjahr/).closest('li')).toHaveTextContent(/300\sDKK/);
    expect(screen.getByText(/Beim Träger geprüft heute/).closest('p')).not.toHaveClass('verified--stale');
  });

  it('keeps the offer on the shortlist with a pressed toggle, and the shortlist lists and removes it', async () => {
    const db = await deviceDb();
    const { router } = renderApp(db, '/offer/testby/fodbold');
    const user = userEvent.setup();
    const keep = await screen.findByRole('button', { name: 'Merken' });
    expect(keep).toHaveAttribute('aria-pressed', 'false');
    await user.click(keep);
    await waitFor(() => expect(keep).toHaveAttribute('aria-pressed', 'true'));

    await user.click(screen.getByRole('link', { name: 'Merkliste' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Merkliste' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/shortlist');
    expect(await screen.findByRole('link', { name: /Fußball für Mädchen/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle an eine Familie senden' })).toHaveAttribute('href', '/send?offers=testby/fodbold');
    await user.click(screen.getByRole('button', { name: 'Fußball für Mädchen von der Merkliste entfernen' }));
    expect(await screen.findByText(/noch keine Angebote gemerkt/)).toBeInTheDocument();
  });

  it('says when an offer is not held on this device', async () => {
    const db = await deviceDb();
    renderApp(db, '/offer/testby/gibt-es-nicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Angebot nicht gefunden' })).toBeInTheDocument();
  });
});

describe('Offer page (da)', () => {
  beforeEach(() => useLanguage('da'));

  it('reads the offer in Danish without lang marks', async () => {
    const db = await deviceDb();
    renderApp(db, '/offer/testby/voksenven');
    const h1 = await screen.findByRole('heading', { level: 1, name: 'En voksenven til dit barn' });
    expect(h1).not.toHaveAttribute('lang');
    expect(screen.getByText('6–14 år')).toBeInTheDocument();
    expect(screen.getByText('Familien kan selv tage kontakt, eller en fagperson kan henvise.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gem på listen' })).toHaveAttribute('aria-pressed', 'false');
  });
});

// The coordinator's preview is the app's own offer view: same texts and sections as the offer page,
// with the actions shown but leading nowhere, and the device-only shortlist toggle left out.
import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { OfferPreview } from '../../src/coordinator/OfferPreview.tsx';
import { deviceDb, fixture, renderApp, useLanguage } from './app-fixture.tsx';

const headings = (root: HTMLElement) => within(root).getAllByRole('heading').map((h) => [h.tagName, h.textContent]);

describe('Coordinator preview (de)', () => {
  beforeEach(async () => {
    await useLanguage('de');
    await i18next.loadNamespaces('coordinator');
  });

  it('shows exactly what the offer page shows, headings one level down, actions inert and marked', async () => {
    const db = await deviceDb();
    const app = renderApp(db, '/offer/testby/raadgivning');
    await screen.findByRole('heading', { level: 1, name: 'Beratung für Schwangere und junge Eltern' });
    const page = app.container.querySelector('article')!;
    const pageText = page.textContent!.replace(screen.getByRole('button', { name: 'Merken' }).textContent!, '');
    const pageHeadings = headings(page);
    app.unmount();

    const offer = fixture.offers.find((o) => o.id === 'raadgivning')!;
    const organisation = fixture.organisations.find((o) => o.id === offer.organization_id);
    const { container } = render(
      <I18nextProvider i18n={i18next}>
        <MemoryRouter>
          <OfferPreview offer={offer} organisation={organisation} catalogue={fixture.catalogue} level={3} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const preview = container.querySelector('article')!;
    const note = screen.getByText(/^Vorschau: In der App/);
    expect(preview.textContent!.replace(note.textContent!, '')).toBe(pageText);
    expect(headings(preview)).toEqual(pageHeadings.map(([tag, text]) => [`H${Number(tag![1]) + 2}`, text]));

    const actions = screen.getByRole('list', { name: 'Kontakt und Weitergabe' });
    expect(within(actions).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Anrufen+45 00 00 00 01',
      'E-Mail schreibenkontakt@moedre.example.org',
      'Webseitemoedre.example.org',
      'An Familie sendenSMS, Ausdruck oder QR-Code',
    ]);
    expect(within(preview).queryAllByRole('link')).toEqual([]);
    expect(within(preview).queryAllByRole('button')).toEqual([]);
  });
});

// The network view over a held catalogue, in Danish and German: every actor, folded search, topic
// and area filters kept in the URL, and an actor's page with contacts and offers.
import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import i18next from 'i18next';
import { CatalogueProvider } from '../../src/app/catalogue-context.tsx';
import OrganisationsRoute from '../../src/app/routes/OrganisationsRoute.tsx';
import type { AppDatabase } from '../../src/storage/db.ts';
import { deviceDb, useLanguage } from './app-fixture.tsx';

async function language(lng: 'da' | 'de') {
  await useLanguage(lng);
  await i18next.loadNamespaces(['organisations']);
}

function renderAt(db: AppDatabase, path: string) {
  const router = createMemoryRouter(
    [
      { path: '/organisations/*', element: <OrganisationsRoute /> },
      { path: '/offer/:catalogueId/:offerId', element: <p>offer page</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <CatalogueProvider db={db}>
      <RouterProvider router={router} />
    </CatalogueProvider>,
  );
  return router;
}

const cardNames = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('Organisations view (da)', () => {
  beforeEach(() => language('da'));

  it('lists every actor sorted by name with its number of offers', async () => {
    renderAt(await deviceDb(), '/organisations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Foreninger og aktører i netværket' })).toBeInTheDocument();
    expect(await screen.findByText('3 foreninger')).toBeInTheDocument();
    expect(cardNames()).toEqual(['Børns Voksenvenner', 'Mødrehjælpen', 'Testby Idrætsforening']);
    const card = screen.getByRole('link', { name: 'Mødrehjælpen' }).closest('li')!;
    expect(within(card).getByText('1 tilbud')).toBeInTheDocument();
    expect(within(card).getByText('Landsdækkende forening for familier.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Ring til +45 00 00 00 01' })).toHaveAttribute('href', 'tel:+4500000001');
  });

  it('finds an actor typed without Danish letters and by its offer, and keeps the words in the URL', async () => {
    const router = renderAt(await deviceDb(), '/organisations');
    const user = userEvent.setup();
    const box = await screen.findByRole('searchbox', { name: 'Søg efter foreninger' });
    await user.type(box, 'modrehjaelpen');
    await waitFor(() => expect(cardNames()).toEqual(['Mødrehjælpen']));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('modrehjaelpen');
    await user.clear(box);
    await user.type(box, 'fodbold');
    await waitFor(() => expect(cardNames()).toEqual(['Testby Idrætsforening']));
  });

  it('narrows by topic and area like the offer list and says when nothing matches', async () => {
    const router = renderAt(await deviceDb(), '/organisations');
    const user = userEvent.setup();
    await screen.findByText('3 foreninger');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emne' }), 'Ensomhed og venskaber');
    await waitFor(() => expect(cardNames()).toEqual(['Børns Voksenvenner']));
    expect(new URLSearchParams(router.state.location.search).getAll('need')).toEqual(['loneliness']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emne' }), 'Alle emner');
    await user.type(screen.getByRole('searchbox'), 'qqqq');
    expect(await screen.findByText('0 foreninger')).toBeInTheDocument();
    expect(screen.getByText(/Ingen forening passer/)).toBeInTheDocument();
  });

  it('opens from a URL with filters already set', async () => {
    renderAt(await deviceDb(), '/organisations?area=Aarhus&need=parenting');
    await waitFor(() => expect(cardNames()).toEqual(['Mødrehjælpen']));
    expect(screen.getByRole('combobox', { name: 'Område' })).toHaveValue('Aarhus');
  });

  it('shows an actor’s page with contacts and offers, and goes back to the same list', async () => {
    const router = renderAt(await deviceDb(), '/organisations?q=moedre');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Mødrehjælpen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mødrehjælpen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ring til +45 00 00 00 01' })).toHaveAttribute('href', 'tel:+4500000001');
    expect(screen.getByRole('link', { name: 'Skriv til kontakt@moedre.example.org' })).toHaveAttribute('href', 'mailto:kontakt@moedre.example.org');
    const offers = screen.getByRole('region', { name: 'Deres tilbud' });
    expect(within(offers).getByRole('link', { name: /Rådgivning til gravide/ })).toHaveAttribute('href', '/offer/testby/raadgivning');
    await user.click(screen.getByRole('link', { name: /Alle foreninger/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=moedre'));
    expect(screen.getByRole('searchbox')).toHaveValue('moedre');
  });

  it('says when an actor is not on this device', async () => {
    renderAt(await deviceDb(), '/organisations/testby/ukendt');
    expect(await screen.findByText('Denne forening findes ikke i katalogerne på denne enhed.')).toBeInTheDocument();
  });

  it('says when no catalogue is held', async () => {
    renderAt(await deviceDb(false), '/organisations');
    expect(await screen.findByText(/Der er endnu intet katalog/)).toBeInTheDocument();
  });
});

describe('Organisations view (de)', () => {
  beforeEach(() => language('de'));

  it('speaks German and marks a Danish-only description with its language', async () => {
    renderAt(await deviceDb(), '/organisations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Träger im Netzwerk' })).toBeInTheDocument();
    expect(await screen.findByText('3 Träger')).toBeInTheDocument();
    const german = screen.getByText('Landesweiter Verein für Familien.');
    expect(german).not.toHaveAttribute('lang');
    expect(screen.getByText('Frivillige voksenvenner til børn.')).toHaveAttribute('lang', 'da');
    expect(screen.getByRole('combobox', { name: 'Thema' })).toBeInTheDocument();
  });

  it('shows "no contact details" and the offers on an actor’s page', async () => {
    renderAt(await deviceDb(), '/organisations/testby/bvv');
    expect(await screen.findByRole('heading', { level: 1, name: 'Børns Voksenvenner' })).toBeInTheDocument();
    expect(screen.getByText(/Keine Kontaktdaten angegeben/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Ihre Angebote' })).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/offer/testby/voksenven']);
  });
});

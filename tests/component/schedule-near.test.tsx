// The Find page's "near me" and typed place in Danish and German: the position is asked for only on
// a tap, a refusal is explained, results carry their distance; recently viewed offers come back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { catalogueContent } from '../../src/catalogue/schema.ts';
import { recordViewedOffer } from '../../src/storage/recent.ts';
import { deviceDb, fixture, renderApp, useLanguage } from './app-fixture.tsx';

const COORDS: Record<string, [number, number]> = { l1: [56.1567, 10.2108], l2: [56.128, 10.166], l3: [56.155, 10.18] };

/** The fixture with coordinates, a place table and one phone-only offer. */
function placedDb() {
  const content = catalogueContent.parse({
    ...fixture,
    offers: [
      ...fixture.offers.map((o) => ({ ...o, locations: o.locations.map((l) => ({ ...l, latitude: COORDS[l.id][0], longitude: COORDS[l.id][1] })) })),
      { ...fixture.offers[0], id: 'telefon', name: { da: 'Forældretelefonen', de: 'Elterntelefon' }, locations: [] },
    ],
    places: [
      { postal_code: '8000', name: 'Aarhus C', latitude: 56.1567, longitude: 10.2108 },
      { postal_code: '8260', name: 'Viby J', latitude: 56.1269, longitude: 10.1649 },
    ],
  });
  return deviceDb(content);
}

const getCurrentPosition = vi.fn();
beforeEach(() => {
  getCurrentPosition.mockReset();
  Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
});
afterEach(() => {
  delete (navigator as { geolocation?: unknown }).geolocation;
});

const titles = () => screen.getAllByRole('link').filter((a) => a.classList.contains('offer-summary')).map((a) => a.querySelector('h2')?.textContent);
const distances = () => [...document.querySelectorAll('.offer-summary__distance')].map((p) => p.textContent?.replace(/\s/g, ' '));

describe('near me (da)', () => {
  beforeEach(async () => {
    await useLanguage('da');
  });

  it('asks for the position only on a tap and sorts by distance, phone/online last', async () => {
    getCurrentPosition.mockImplementation((ok: PositionCallback) => ok({ coords: { latitude: 56.1269, longitude: 10.1649 } } as GeolocationPosition));
    const { router } = renderApp(await placedDb(), '/');
    const button = await screen.findByRole('button', { name: 'I nærheden' });
    expect(getCurrentPosition).not.toHaveBeenCalled();
    expect(button).toHaveAccessibleDescription('Din placering bliver på denne enhed.');
    await userEvent.click(button);
    expect(getCurrentPosition).toHaveBeenCalledTimes(1);
    await screen.findByText('Sorteret efter afstand fra din placering');
    // The sorting status takes the privacy note's place, keeping the row above the results short.
    expect(screen.queryByText('Din placering bliver på denne enhed.')).toBeNull();
    expect(new URLSearchParams(router.state.location.search).get('near')).toBe('56.127,10.165');
    await waitFor(() => expect(titles()).toEqual(['En voksenven til dit barn', 'Fodbold for piger', 'Rådgivning til gravide og småbørnsforældre', 'Forældretelefonen']));
    expect(distances()).toEqual(['130 m væk', '3,2 km væk', '4,4 km væk', 'Telefon/online']);
  });

  it('explains a refused position and offers the typed place instead', async () => {
    getCurrentPosition.mockImplementation((_ok: PositionCallback, fail: PositionErrorCallback) =>
      fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError),
    );
    renderApp(await placedDb(), '/');
    await userEvent.click(await screen.findByRole('button', { name: 'I nærheden' }));
    expect(await screen.findByText(/Din placering kunne ikke bruges/)).toBeInTheDocument();
  });

  it('keeps the origin when a filter changes', async () => {
    const { router } = renderApp(await placedDb(), '/?from=8260');
    await screen.findByText('Sorteret efter afstand fra 8260 Viby J');
    await userEvent.type(screen.getByRole('searchbox'), 'fodbold');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('fodbold'));
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('8260');
    expect(distances()).toEqual(['3,3 km væk']);
  });

  it('shows recently viewed offers on the start screen and forgets them', async () => {
    const db = await placedDb();
    await recordViewedOffer(db, 'testby', 'fodbold');
    await recordViewedOffer(db, 'testby', 'gone-from-catalogue');
    renderApp(db, '/');
    const section = await screen.findByRole('region', { name: 'Set for nylig' });
    expect(within(section).getAllByRole('link').map((a) => a.querySelector('h3')?.textContent)).toEqual(['Fodbold for piger']);
    await userEvent.click(within(section).getByRole('button', { name: 'Glem set for nylig' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Set for nylig' })).toBeNull());
  });
});

describe('typed place (de)', () => {
  beforeEach(async () => {
    await useLanguage('de');
    await i18next.loadNamespaces(['schedule']);
  });

  it('says when a typed place is unknown and sorts from a known town typed without its letters', async () => {
    const { router } = renderApp(await placedDb(), '/?from=Odense');
    expect(await screen.findByText(/„Odense“ kennen wir nicht/)).toBeInTheDocument();
    // The place to fix is open; once a place sorts, it folds away and the status says where from.
    const place = screen.getByText('Ab PLZ oder Ort').closest('details')!;
    expect(place).toHaveAttribute('open');
    const field = screen.getByLabelText('Postleitzahl oder Ort');
    await userEvent.clear(field);
    await userEvent.type(field, 'viby j');
    await userEvent.click(screen.getByRole('button', { name: 'Sortieren' }));
    await screen.findByText('Nach Entfernung von Viby J sortiert');
    expect(place).not.toHaveAttribute('open');
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('viby j');
    expect(distances()[0]).toBe('140 m entfernt');
  });
});

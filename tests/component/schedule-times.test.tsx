// The offer page's "when and where" block read in Danish and German at fixed clocks: the words a
// pedagogue reads out to a parent.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../src/app/i18n.ts';
import type { HeldOffer } from '../../src/app/catalogue-context.tsx';
import { offer as offerSchema, type Offer } from '../../src/catalogue/schema.ts';
import { OfferTimes } from '../../src/ui/OfferTimes.tsx';
import { MemoryRouter } from 'react-router';
import { OfferSummaryEntry, useSummaryTexts } from '../../src/ui/OfferSummary.tsx';

const offer: Offer = offerSchema.parse({
  id: 'lektiecafe',
  organization_id: 'rode-kors',
  name: { da: 'Lektiecafé', de: 'Hausaufgabenhilfe' },
  summary: { da: 'Hjælp til lektier.' },
  description: { da: 'Frivillige hjælper med lektier.' },
  categories: ['learning'],
  languages: ['da'],
  free: true,
  access: 'self',
  locations: [
    { id: 'bib', name: { da: 'Viby Bibliotek', de: 'Bibliothek Viby' }, address_1: 'Skanderborgvej 170', postal_code: '8260', city: 'Viby J', municipality: 'Aarhus', country: 'DK' },
    { id: 'hus', address_1: 'Rosenhøj 2', postal_code: '8260', city: 'Viby J', municipality: 'Aarhus', country: 'DK' },
  ],
  schedules: [
    { byday: ['TU', 'TH'], opens_at: '16:00', closes_at: '18:00', notes: { da: 'ikke i skoleferier', de: 'nicht in den Schulferien' } },
    { byday: ['SA'], opens_at: '10:00', closes_at: '12:00', location_id: 'hus' },
  ],
  assured_date: '2026-01-01',
});
const held: HeldOffer = {
  key: 'aarhus/lektiecafe',
  catalogueId: 'aarhus',
  offer,
  catalogue: { id: 'aarhus', name: { da: 'Aarhus' }, region: 'Aarhus', default_language: 'da' },
};

// Tuesday 6 January 2026: 09:00 and 16:30 in Copenhagen.
const morning = new Date('2026-01-06T08:00:00Z');
const during = new Date('2026-01-06T15:30:00Z');
const saturdayNight = new Date('2026-01-10T20:00:00Z');

beforeAll(async () => {
  await initI18n('da');
  await i18next.loadNamespaces(['schedule', 'common']);
});

async function inLanguage(lng: 'da' | 'de') {
  await i18next.changeLanguage(lng);
  await i18next.loadNamespaces(['schedule']);
}

describe('OfferTimes (da)', () => {
  it('says the times, the note, the places and the next session', async () => {
    await inLanguage('da');
    render(<OfferTimes held={held} now={morning} />);
    const section = screen.getByRole('region', { name: 'Hvornår og hvor' });
    expect(within(section).getByText('Næste gang: i dag 16.00')).toBeInTheDocument();
    expect(within(section).getByText(/^tirsdag og torsdag 16\.00–18\.00/)).toBeInTheDocument();
    expect(within(section).getByText('ikke i skoleferier')).toBeInTheDocument();
    const places = within(section).getAllByRole('listitem').filter((li) => li.querySelector('address'));
    expect(places).toHaveLength(2);
    expect(places[0]).toHaveTextContent('Viby Bibliotek');
    expect(places[1]).toHaveTextContent('Rosenhøj 2');
    expect(within(places[1]).getByText('lørdag 10.00–12.00')).toBeInTheDocument();
    expect(within(places[0]).queryByText(/lørdag/)).toBeNull();
  });

  it('shows "open now" with the closing time while a session runs, and the next week after Saturday', async () => {
    await inLanguage('da');
    const { rerender } = render(<OfferTimes held={held} now={during} />);
    expect(screen.getByText('Åbent nu, indtil 18.00')).toHaveClass('badge--open');
    rerender(<OfferTimes held={held} now={saturdayNight} />);
    expect(screen.getByText('Næste gang: tirsdag 16.00')).toBeInTheDocument();
  });

  it('says "by appointment" and "by phone or online" for an offer without rules or places', async () => {
    await inLanguage('da');
    const phone: HeldOffer = { ...held, offer: { ...offer, locations: [], schedules: [], schedule_description: { da: 'Efter aftale' } } };
    render(<OfferTimes held={phone} now={morning} />);
    expect(screen.getByText('Efter aftale')).toBeInTheDocument();
    expect(screen.getByText('Over telefon eller online — ingen adresse')).toBeInTheDocument();
    expect(screen.queryByText(/næste gang/i)).toBeNull();
  });
});

describe('OfferTimes (de)', () => {
  it('uses German words and the German note, and marks nothing as fallback', async () => {
    await inLanguage('de');
    render(<OfferTimes held={held} now={morning} />);
    const section = screen.getByRole('region', { name: 'Wann und wo' });
    expect(within(section).getByText('Nächster Termin: heute 16:00')).toBeInTheDocument();
    expect(within(section).getByText(/^Dienstag und Donnerstag 16:00–18:00 Uhr/)).toBeInTheDocument();
    const note = within(section).getByText('nicht in den Schulferien');
    expect(note).not.toHaveAttribute('lang');
    expect(within(section).getByText('Bibliothek Viby')).toBeInTheDocument();
  });

  it('marks a note only available in Danish with its language', async () => {
    await inLanguage('de');
    const danishNote: HeldOffer = { ...held, offer: { ...offer, schedules: [{ ...offer.schedules[0], notes: { da: 'ikke i skoleferier' } }] } };
    render(<OfferTimes held={danishNote} now={morning} />);
    expect(screen.getByText('ikke i skoleferier')).toHaveAttribute('lang', 'da');
  });
});

/** A result entry at a fixed clock, its texts asked for once as a list does. */
function Entry({ now }: { now: Date }) {
  return (
    <MemoryRouter>
      <OfferSummaryEntry catalogueId="aarhus" offer={offer} texts={useSummaryTexts()} now={now} onOpen={() => undefined} />
    </MemoryRouter>
  );
}

describe('the open-now badge of a result entry', () => {
  it('appears only while open, in the UI language', async () => {
    await inLanguage('de');
    const { rerender } = render(<Entry now={during} />);
    expect(screen.getByText('Jetzt geöffnet')).toBeInTheDocument();
    rerender(<Entry now={morning} />);
    expect(screen.queryByText('Jetzt geöffnet')).toBeNull();
  });
});

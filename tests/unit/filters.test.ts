// Filters decide which offers a caseworker sees; the URL form must survive Back and shared links.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WEEKDAYS } from '../../src/catalogue/schema.ts';
import { emptyFilters, filtersFromParams, filtersToParams, hasActiveFilters, matchesFilters, type OfferFilters } from '../../src/catalogue/filters.ts';
import { small } from './search-fixtures.ts';

const byId = (id: string) => small.offers.find((o) => o.id === id)!;
const ids = (f: Partial<OfferFilters>) => small.offers.filter((o) => matchesFilters(o, { ...emptyFilters(), ...f })).map((o) => o.id);

describe('matchesFilters', () => {
  it('lets everything through with empty filters', () => {
    expect(ids({})).toHaveLength(small.offers.length);
    expect(hasActiveFilters(emptyFilters())).toBe(false);
  });

  it('keeps offers whose age range covers the age; a missing bound is open', () => {
    expect(ids({ age: 4 })).toEqual(['gravid-raadgivning', 'julehjaelp']);
    expect(ids({ age: 5 })).toEqual(['gravid-raadgivning', 'voksenven', 'julehjaelp']);
    expect(ids({ age: 7 })).toEqual(['voksenven', 'lektiecafe', 'julehjaelp']);
    expect(ids({ age: 14 })).toEqual(['voksenven', 'lektiecafe', 'julehjaelp']);
    expect(ids({ age: 0 })).toEqual(['gravid-raadgivning', 'julehjaelp', 'elterncafe']);
    expect(ids({ age: 3 })).toContain('elterncafe');
    expect(ids({ age: 99 })).toEqual(['julehjaelp']);
  });

  it('matches any of several needs and any of several languages', () => {
    expect(ids({ needs: ['learning', 'loneliness'] })).toEqual(['voksenven', 'lektiecafe']);
    expect(ids({ languages: ['ar'] })).toEqual(['lektiecafe', 'elterncafe']);
    expect(ids({ languages: ['tr', 'en'] })).toEqual(['gravid-raadgivning', 'elterncafe']);
  });

  it('keeps only free offers when asked', () => {
    expect(ids({ free: true })).not.toContain('elterncafe');
    expect(ids({ free: true })).toHaveLength(4);
  });

  it('matches the area by municipality, town (folded) or postcode; offers without a place match anywhere', () => {
    expect(ids({ area: 'aarhus' })).toEqual(['gravid-raadgivning', 'voksenven', 'lektiecafe', 'julehjaelp']);
    expect(ids({ area: 'Nuertingen' })).toEqual(['gravid-raadgivning', 'elterncafe']);
    expect(ids({ area: 'Nürtingen' })).toEqual(['gravid-raadgivning', 'elterncafe']);
    expect(ids({ area: '8260' })).toEqual(['gravid-raadgivning', 'voksenven']);
    expect(ids({ area: 'viby j' })).toEqual(['gravid-raadgivning', 'voksenven']);
    expect(ids({ area: 'Esbjerg' })).toEqual(['gravid-raadgivning']);
  });

  it('keeps offers that run on the weekday, or are open at the given moment', () => {
    const weekly = { ...byId('lektiecafe'), schedules: [{ freq: 'WEEKLY' as const, byday: ['TU' as const, 'TH' as const], opens_at: '15:00', closes_at: '17:00' }] };
    const f = (x: Partial<OfferFilters>) => ({ ...emptyFilters(), ...x });
    expect(matchesFilters(weekly, f({ day: 'TU' }))).toBe(true);
    expect(matchesFilters(weekly, f({ day: 'MO' }))).toBe(false);
    // Tuesday 14 January 2025, 16:00 in Copenhagen (15:00 UTC) and 18:00 (17:00 UTC).
    expect(matchesFilters(weekly, f({ openNow: true }), new Date('2025-01-14T15:00:00Z'))).toBe(true);
    expect(matchesFilters(weekly, f({ openNow: true }), new Date('2025-01-14T17:30:00Z'))).toBe(false);
    expect(matchesFilters(byId('lektiecafe'), f({ day: 'TU' }))).toBe(false);
  });

  it('combines filters with AND', () => {
    expect(ids({ age: 8, area: 'Aarhus', languages: ['ar'], free: true })).toEqual(['lektiecafe']);
    expect(matchesFilters(byId('elterncafe'), { ...emptyFilters(), age: 2, free: true })).toBe(false);
  });
});

describe('URL parameters', () => {
  it('writes the documented keys', () => {
    const p = filtersToParams('lektie', { needs: ['learning', 'leisure'], languages: ['ar'], age: 9, free: true, area: '8260', day: 'TU', openNow: true });
    expect(p.toString()).toBe('q=lektie&age=9&need=learning&need=leisure&lang=ar&free=1&area=8260&day=TU&open=1');
    expect(filtersToParams('', emptyFilters()).toString()).toBe('');
  });

  it('ignores malformed values instead of failing', () => {
    const { query, filters } = filtersFromParams(new URLSearchParams('age=abc&lang=arabic&day=XX&free=yes&open=0&area=%20'));
    expect(query).toBe('');
    expect(filters).toEqual(emptyFilters());
    expect(filtersFromParams(new URLSearchParams('age=200')).filters.age).toBeUndefined();
  });

  it('round-trips any query and filters', () => {
    const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcæøåäöüß -&=?+%'.split('')) });
    const filters: fc.Arbitrary<OfferFilters> = fc.record(
      {
        age: fc.integer({ min: 0, max: 120 }),
        needs: fc.uniqueArray(fc.constantFrom('learning', 'leisure', 'parenting', 'loneliness'), { maxLength: 3 }),
        languages: fc.uniqueArray(fc.constantFrom('da', 'de', 'en', 'ar', 'tr'), { maxLength: 3 }),
        free: fc.constant(true),
        area: word.map((s) => s.trim()).filter(Boolean),
        day: fc.constantFrom(...WEEKDAYS),
        openNow: fc.constant(true),
      },
      { requiredKeys: ['needs', 'languages'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(''), word.filter((s) => !!s.trim())), filters, (q, f) => {
        const back = filtersFromParams(new URLSearchParams(filtersToParams(q, f).toString()));
        expect(back).toEqual({ query: q, filters: f });
      }),
    );
  });
});

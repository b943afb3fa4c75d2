// The organisations view must find an actor however its name is typed and narrow like the offer list.
import { describe, expect, it } from 'vitest';
import { filterOrganisations, organisationEntries } from '../../src/catalogue/organisation-list.ts';
import { small } from './search-fixtures.ts';

const entries = organisationEntries(
  small.organisations.map((o) => ({ ...o, catalogue_id: 'x' })),
  small.offers.map((offer) => ({ catalogueId: 'x', offer })),
  new Intl.Collator('da'),
);
const names = (q: string, needs: string[] = [], area?: string) => filterOrganisations(entries, { query: q, needs, area }).map((e) => e.organisation.name);

describe('organisationEntries', () => {
  it('lists every organisation once, sorted by name, with its active offers', () => {
    expect(entries).toHaveLength(small.organisations.length);
    const sorted = [...entries.map((e) => e.organisation.name)].sort(new Intl.Collator('da').compare);
    expect(entries.map((e) => e.organisation.name)).toEqual(sorted);
    const total = entries.reduce((n, e) => n + e.offers.length, 0);
    expect(total).toBe(small.offers.filter((o) => o.status !== 'inactive').length);
  });
});

describe('filterOrganisations', () => {
  it('finds names typed without Danish or German letters, and by words of their offers', () => {
    const org = small.organisations.find((o) => /ø|æ|å|ü|ö|ä/i.test(o.name))!;
    const ascii = org.name.replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/ü/g, 'u').replace(/ö/g, 'o').replace(/ä/g, 'a');
    expect(names(ascii.toLowerCase())).toContain(org.name);
    expect(names('')).toHaveLength(entries.length);
    expect(names('zzzz-nothing')).toEqual([]);
  });

  it('keeps organisations with an offer for the chosen need or area', () => {
    for (const e of filterOrganisations(entries, { query: '', needs: ['learning'] })) expect(e.offers.some((o) => o.categories.includes('learning'))).toBe(true);
    expect(names('', ['learning']).length).toBeGreaterThan(0);
    expect(names('', ['learning']).length).toBeLessThan(entries.length);
  });
});

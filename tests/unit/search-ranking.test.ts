// The word index ranks by where and how well the typed words matched; each rule here is one a
// person searching would expect, checked on offers that differ only in what the rule is about.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, nameSort } from '../../src/catalogue/search.ts';
import { catalogue, entriesOf, offer } from './search-fixtures.ts';
import { generateCatalogue } from '../../bench/generate.ts';
import { recallAt10, recallQueries } from '../../bench/queries.ts';

const orgs = [
  { id: 'rb-c', name: 'Red Barnet Aarhus C' },
  { id: 'rb-v', name: 'Red Barnet Aarhus V' },
  { id: 'fh', name: 'Familiehuset Tilst' },
  { id: 'kb', name: 'Kinderschutzbund' },
];
const plain = (id: string, organization_id: string, da: string, extra: Partial<Parameters<typeof offer>[0]> = {}) =>
  offer({ id, organization_id, name: { da }, summary: { da: 'Et tilbud.' }, description: { da: 'Kom og vær med.' }, categories: ['addiction'], ...extra });

const index = createSearchIndex(
  entriesOf(
    catalogue('rank', 'da', orgs, [
      plain('lese', 'kb', 'Lesepatenschaft für Kinder'),
      plain('pate', 'kb', 'Patenschaft für Kinder'),
      plain('extra', 'kb', 'Patenschaft Sonnenschein für Kinder'),
      plain('in-description', 'kb', 'Hausaufgabenhilfe', { description: { da: 'Mit Patenschaft für Kinder.' } }),
      plain('cafe-v', 'rb-v', 'Lektiecafé for børn'),
      plain('cafe-c', 'rb-c', 'Lektiecafé for børn'),
      plain('tilst', 'fh', 'Forældrecafé for nybagte forældre'),
      plain('gruppe', 'kb', 'Mødregruppe'),
      plain('gruppen', 'kb', 'Mødregruppen i Vest'),
    ]),
  ),
  { engine: 'indexed' },
);
const top = (q: string) => index.search(q, { uiLanguage: 'da' }).map((h) => h.offer.id);

describe('indexed ranking', () => {
  it('puts a word matched whole above the same word inside a longer one', () => {
    expect(top('patenschaft')[0]).toBe('pate');
    expect(top('patenschaft').indexOf('lese')).toBeGreaterThan(top('patenschaft').indexOf('extra'));
  });

  it('puts titles the query spells out completely above titles with more words', () => {
    expect(top('patenschaft fur kinder').slice(0, 2)).toEqual(['pate', 'extra']);
  });

  it('puts a match in the title above the same words only in the description', () => {
    const hits = top('patenschaft kinder');
    expect(hits.indexOf('in-description')).toBeGreaterThan(hits.indexOf('lese'));
  });

  it('puts an exact word above a longer word it begins, and that above a typo', () => {
    expect(top('modregruppe')).toEqual(['gruppe', 'gruppen']);
    expect(top('modregrupe')[0]).toBe('gruppe');
  });

  it('tells "Aarhus C" from "Aarhus V" by the single letter, without needing it', () => {
    expect(top('lektiecafe aarhus c')[0]).toBe('cafe-c');
    expect(top('lektiecafe aarhus v')[0]).toBe('cafe-v');
    expect(top('lektiecafe aarhus').sort()).toEqual(['cafe-c', 'cafe-v']);
  });

  it('forgives two swapped letters as one typo, even in a short word', () => {
    expect(top('familiehuset tislt foraeldrecafe')).toEqual(['tilst']);
  });

  it('scores in 0..1, best first, titles before organisation names', () => {
    const hits = index.search('kinder', { uiLanguage: 'da' });
    expect(hits.length).toBe(6); // "Kinderschutzbund" begins with it
    expect(hits.slice(0, 3).map((h) => h.offer.id).sort()).toEqual(['extra', 'lese', 'pate']);
    hits.forEach((h, i) => {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
      if (i) expect(h.score).toBeLessThanOrEqual(hits[i - 1].score);
    });
  });
});

describe('typo queries made from known offers', { timeout: 60000 }, () => {
  it('have the offer meant among the first ten nearly always', () => {
    const { content, entries } = generateCatalogue(3000, 5);
    const indexed = createSearchIndex(entries, { engine: 'indexed' });
    const queries = recallQueries(content.offers, new Map(content.organisations.map((o) => [o.id, o])), 150, 13);
    const found = (q: string) => indexed.search(q, { uiLanguage: 'da', limit: 10 }).map((h) => h.offer.id);
    const recall = queries.reduce((s, r) => s + recallAt10(found(r.query), r.relevant), 0) / queries.length;
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('name order for the empty query', () => {
  it('is the locale collator order, ties by key, as sorting with the collator alone gives', () => {
    const { entries } = generateCatalogue(1500, 9);
    const names = entries.map((e, i) => (i % 7 === 0 ? e.offer.name.da!.toUpperCase() : e.offer.name.da!));
    const keys = entries.map((e) => e.offer.id);
    for (const locale of ['da', 'de', 'en']) {
      const collator = new Intl.Collator(locale);
      const expected = names.map((_, i) => i).sort((a, b) => collator.compare(names[a], names[b]) || (keys[a] < keys[b] ? -1 : 1));
      expect(nameSort(names, keys, locale)).toEqual(expected);
    }
  });
});

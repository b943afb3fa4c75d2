// The acceptance check of issue 2 on the shipped data: every Aarhus alliance participant, typed the
// way people type on a phone (no Danish letters, one typo), is among the first three results.
import { describe, expect, it } from 'vitest';
import { loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { createSearchIndex } from '../../src/catalogue/search.ts';
import { entriesOf } from './search-fixtures.ts';
import { TYPED } from './alliance-typed.ts';

const aarhus = loadDemoCatalogue('aarhus');
const esslingen = loadDemoCatalogue('esslingen');


describe.each(['scan', 'indexed'] as const)('Aarhus alliance participants (%s engine)', (engine) => {
  const index = createSearchIndex([...entriesOf(aarhus), ...entriesOf(esslingen)], { engine });

  it('has every participant as an organisation in the demo data', () => {
    const names = new Set(aarhus.organisations.map((o) => o.name));
    const missing = Object.keys(TYPED).filter((n) => !names.has(n));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(TYPED))('%s typed as "%s" is in the top 3', (name, typed) => {
    const top = index.search(typed, { uiLanguage: 'da', limit: 3 }).map((h) => h.organisation?.name);
    expect(top).toContain(name);
  });
});

describe('demo catalogues', () => {
  const index = createSearchIndex([...entriesOf(aarhus), ...entriesOf(esslingen)]);
  it('finds Familienzentren for "Familienzentrum" and German offers through German words', () => {
    const hits = index.search('Familienzentrum', { uiLanguage: 'de', limit: 5 });
    expect(hits.some((h) => /familienzentr/i.test(`${h.organisation?.name} ${h.offer.name.de}`))).toBe(true);
    expect(index.search('Hausaufgabenhilfe', { uiLanguage: 'de', limit: 5 }).some((h) => h.catalogueId === 'aarhus')).toBe(true);
  });
});

// The acceptance check of issue 2 on the shipped data: every Aarhus alliance participant, typed the
// way people type on a phone (no Danish letters, one typo), is among the first three results.
import { describe, expect, it } from 'vitest';
import { loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { createSearchIndex } from '../../src/catalogue/search.ts';
import { entriesOf } from './search-fixtures.ts';

const aarhus = loadDemoCatalogue('aarhus');
const esslingen = loadDemoCatalogue('esslingen');

/** Written without æ/ø/å and with one typo each, as a teacher would on a phone. */
const TYPED: Record<string, string> = {
  'Bedre Psykiatri': 'bedre psykiatr',
  'Blå Kors': 'blaa korz',
  'Børnenes Kontor': 'bornenes kontr',
  'Børnesorggruppe Folkekirkesamvirket': 'bornesorgrupe',
  'Børns Voksenvenner': 'borns voksenvener',
  'Center for Digital Pædagogik': 'center for digital paedagogk',
  'Dansk Folkehjælp': 'dansk folkehjelp',
  'De Grønne Pigespejdere': 'de gronne pigespejdre',
  'DGI Østjylland': 'dgi ostjyland',
  'Folkekirkens Familiestøtte': 'folkekirkens familiestotte',
  Homestart: 'homestrat',
  'Kræftens Bekæmpelse': 'kraeftens bekaempelze',
  Mødrehjælpen: 'modrehjaelpen',
  Natteravnene: 'nateravnene',
  'Red Barnet': 'red barnt',
  'Red Barnet Ungdom': 'red barnet ungdomm',
  'Røde Kors': 'roede kros',
  'Sind Pårørende': 'sind paaroerende',
  'Ung Uden Mobning': 'ung uden mobnig',
  'Young Connect': 'young conect',
  'Aarhus Ungdommens Fællesråd': 'aarhus ungdommens faellesrad',
  'Børn og Unge Aarhus Kommune': 'born og unge aarhus kommun',
  'Socialforvaltningen Aarhus Kommune': 'socialforvaltningn',
  'Beskæftigelsesforvaltningen Aarhus Kommune': 'beskaeftigelsesforvaltnigen',
};

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

// HSDS 3.0 and CSV import/export over real HTTP and SQLite: exports validate against the
// official schemas (where ../shared has them), export → import gives the same catalogue, and an
// import with a bad record reports every rejection and changes nothing.
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/catalogue/manifest.ts';
import { fixtureCatalogue, fixtureOffer, removeDir, startFixtureServer, type TestServer } from './helpers.ts';

const SCHEMA = new URL('../../../shared/hsds-3.0/schema/service.compiled.json', import.meta.url);

const rich = fixtureOffer('rig', {
  organization_id: 'redbarnet',
  name: { da: 'Familiecafé', de: 'Familiencafé', en: 'Family café' },
  summary: { da: 'Mød andre familier', en: 'Meet other families' },
  description: { da: 'Hver onsdag.', de: 'Jeden Mittwoch.', en: 'Every Wednesday.' },
  eligibility_description: { de: 'Familien mit Kindern bis 6' },
  application_process: { en: 'Just come by' },
  minimum_age: 0,
  maximum_age: 6,
  categories: ['loneliness', 'learning'],
  languages: ['da', 'ar'],
  free: false,
  cost_options: [{ option: { da: 'Kaffe', en: 'Coffee' }, amount: 10, currency: 'DKK' }],
  url: 'https://example.org/cafe',
  email: 'cafe@example.org',
  phones: [{ number: '+45 00 00 00 00', description: { da: 'Hverdage', de: 'Werktags' } }],
  locations: [{ id: 'hus', name: { da: 'Kulturhuset' }, address_1: 'Eksempelvej 1', postal_code: '8000', city: 'Aarhus', municipality: 'Aarhus', country: 'DK', latitude: 56.1, longitude: 10.2 }],
  schedules: [{ freq: 'WEEKLY', byday: ['WE'], opens_at: '15:00', closes_at: '17:00', location_id: 'hus', notes: { en: 'Not in July' } }],
  schedule_description: { da: 'Også efter aftale' },
});

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  const full = fixtureCatalogue();
  full.offers = [...full.offers, rich];
  a = await startFixtureServer({ seed: [full] });
  // The same catalogue frame (taxonomy, places) without organisations or offers.
  b = await startFixtureServer({ seed: [{ ...fixtureCatalogue(), organisations: [], offers: [] }] });
});
afterAll(async () => {
  for (const s of [a, b]) {
    await s.close();
    removeDir(s.dataDir);
  }
});

async function json(server: TestServer, path: string, init?: RequestInit) {
  const res = await server.api(path, init);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

const state = async (s: TestServer) => ({
  offers: (await json(s, '/api/catalogues/testby/offers')).offers,
  organisations: (await json(s, '/api/catalogues/testby/organisations')).organisations,
});

describe('HSDS export', () => {
  it('states its language and carries only that language', async () => {
    const de = await json(a, '/api/workspace/testby/export/hsds?lang=de');
    expect(de).toMatchObject({ hsds_version: '3.0', language: 'de', total_items: 4 });
    const cafe = de.contents.find((s: { name: string }) => s.name === 'Familiencafé');
    expect(cafe).toMatchObject({ description: 'Jeden Mittwoch.', eligibility_description: 'Familien mit Kindern bis 6', minimum_age: 0, maximum_age: 6 });
    expect(cafe.application_process).toBeUndefined();
    expect(cafe.service_at_locations[0].location.addresses[0]).toMatchObject({ address_1: 'Eksempelvej 1', postal_code: '8000', region: 'Aarhus', country: 'DK' });
    expect(cafe.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'WE', opens_at: '15:00', closes_at: '17:00' });
    expect(cafe.languages.map((l: { code: string }) => l.code)).toEqual(['da', 'ar']);
    expect(cafe.cost_options[0]).toMatchObject({ amount: 10, currency: 'DKK' });
    expect(cafe.organization.name).toBe('Red Barnet');
    expect((await a.api('/api/workspace/testby/export/hsds')).status).toBe(400);
  });

  it.skipIf(!existsSync(SCHEMA))('validates every service against the official HSDS 3.0 schema', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate({ id: 'not-a-uuid', name: 'x', status: 'active' })).toBe(false);
    for (const lang of ['da', 'de', 'en']) {
      const doc = await json(a, `/api/workspace/testby/export/hsds?lang=${lang}`);
      for (const s of doc.contents) expect(validate(s) ? [] : validate.errors, `${lang} ${s.name}`).toEqual([]);
    }
  });
});

describe('HSDS import', () => {
  it('export → import of every language gives the same catalogue', async () => {
    for (const lang of ['da', 'de', 'en']) {
      const doc = await json(a, `/api/workspace/testby/export/hsds?lang=${lang}`);
      const report = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'hsds', language: lang, data: doc }) });
      expect(report).toMatchObject({ language: lang, applied: true, rejected: [] });
    }
    const [before, after] = [await state(a), await state(b)];
    expect(canonicalJson(after.offers)).toBe(canonicalJson(before.offers));
    expect(canonicalJson(after.organisations)).toBe(canonicalJson(before.organisations));
    const again = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'hsds', language: 'en', data: await json(a, '/api/workspace/testby/export/hsds?lang=en') }) });
    expect(again).toMatchObject({ applied: true, added: [], updated: [] });
  });

  it('reports every rejected record with its reason and imports nothing', async () => {
    const doc = await json(a, '/api/workspace/testby/export/hsds?lang=en');
    const before = await state(b);
    const bad = structuredClone(doc);
    bad.contents[0].url = 'javascript:alert(1)';
    delete bad.contents[1].assured_date;
    bad.contents[2] = { name: 'No organisation at all' };
    bad.contents[3].name = 'Changed but valid';
    const report = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'hsds', language: 'en', data: bad }) });
    expect(report.applied).toBe(false);
    expect(report.rejected.map((r: { index: number }) => r.index)).toEqual([0, 1, 2]);
    expect(report.rejected[0].reason).toMatch(/url/);
    expect(report.rejected[1].reason).toMatch(/assured_date/);
    expect(report.rejected[2].reason).toMatch(/organization/);
    expect(canonicalJson(await state(b))).toBe(canonicalJson(before));
  });

  it('fills one language of a foreign file, matching needs by name', async () => {
    const foreign = [
      {
        id: '0b6e8f0e-1111-4a4a-8a8a-000000000001',
        name: 'Homework help in the library',
        description: 'Volunteers help with homework. Bring your books.',
        status: 'active',
        assured_date: '2026-01-10',
        languages: [{ id: 'x', code: 'en' }],
        organization: { id: 'o', name: 'Library Friends', description: 'Friends of the library' },
        attributes: [{ id: 'at', taxonomy_term: { id: 't', name: 'Homework', description: '', taxonomy: 'local' } }],
      },
    ];
    const report = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'hsds', language: 'en', data: foreign, dry_run: true }) });
    expect(report).toMatchObject({ applied: false, added: ['homework-help-in-the-library'], rejected: [] });
  });
});

describe('CSV import', () => {
  it('maps columns, reports the mapping and every rejected row, and imports nothing on a rejection', async () => {
    const csv = [
      'id;Navn;name_de;Summary;Beskrivelse;Forening;Behov;Sprog;Gratis;Adgang;Verified;Farve',
      'ny-klub;Ny klub;Neuer Klub;"En klub; for alle";Vi ses hver uge.;Red Barnet;Ensomhed;da;ja;self;2026-02-01;blå',
      'daarlig;Dårlig;;;;Ukendt forening;Ensomhed;da;ja;self;2026-02-01;',
    ].join('\n');
    const report = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'csv', language: 'da', data: csv }) });
    expect(report.columns).toEqual([
      { column: 'id', field: 'id' },
      { column: 'Navn', field: 'name.da' },
      { column: 'name_de', field: 'name.de' },
      { column: 'Summary', field: 'summary.da' },
      { column: 'Beskrivelse', field: 'description.da' },
      { column: 'Forening', field: 'organization_id' },
      { column: 'Behov', field: 'categories' },
      { column: 'Sprog', field: 'languages' },
      { column: 'Gratis', field: 'free' },
      { column: 'Adgang', field: 'access' },
      { column: 'Verified', field: 'assured_date' },
      { column: 'Farve', field: null },
    ]);
    expect(report.applied).toBe(false);
    expect(report.rejected.map((r: { index: number }) => r.index)).toEqual([3]);
    expect(report.rejected[0].reason).toMatch(/summary/);
    const fixed = csv.split('\n').slice(0, 2).join('\n');
    const ok = await json(b, '/api/workspace/testby/import', { method: 'POST', body: JSON.stringify({ format: 'csv', language: 'da', data: fixed }) });
    expect(ok).toMatchObject({ applied: true, added: ['ny-klub'] });
    const stored = (await json(b, '/api/catalogues/testby/offers/ny-klub')) as Record<string, unknown>;
    expect(stored).toMatchObject({ name: { da: 'Ny klub', de: 'Neuer Klub' }, summary: { da: 'En klub; for alle' }, organization_id: 'redbarnet', categories: ['loneliness'], free: true, access: 'self' });
  });
});

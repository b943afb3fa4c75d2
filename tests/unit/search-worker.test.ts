// A large catalogue's index is built in a worker and handed over: what arrives (after the structured
// clone a postMessage makes) must search exactly as an index built on the spot.
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/catalogue/search.ts';
import { prebuildSearchIndex, type PrebuiltIndex } from '../../src/catalogue/search-prebuild.ts';
import { searchSource } from '../../src/catalogue/search-docs.ts';
import { WORKER_MIN_OFFERS, buildSearchIndex } from '../../src/catalogue/search-async.ts';
import { generateCatalogue } from '../../bench/generate.ts';
import { FIXED_QUERIES, keystrokes } from '../../bench/queries.ts';

describe('search index built in a worker', { timeout: 60000 }, () => {
  const { entries } = generateCatalogue(1200, 4);
  entries[3] = { ...entries[3], offer: { ...entries[3].offer, status: 'inactive' } };
  const active = entries.filter((e) => e.offer.status !== 'inactive');
  // What the worker receives and sends back goes through the structured clone, buffers transferred.
  const request = structuredClone({ sources: active.map(searchSource), locales: ['da', 'de'] });
  const { index, transfer } = prebuildSearchIndex(request);
  const received: PrebuiltIndex = structuredClone(index, { transfer });
  const local = createSearchIndex(entries, { engine: 'indexed' });
  const handed = createSearchIndex(entries, { prebuilt: received });
  const view = (hits: ReturnType<typeof local.search>) => hits.map((h) => [h.key, h.score.toFixed(6)]);

  it('transfers its arrays instead of copying them', () => {
    expect(index.parts.postingData.length).toBe(0); // detached on the sending side
    expect(received.parts.postingData.length).toBeGreaterThan(0);
    expect(received.docCount).toBe(active.length);
  });

  it('finds and ranks every keystroke like an index built on the spot, highlights included', () => {
    for (const q of FIXED_QUERIES.flatMap(keystrokes)) {
      expect(view(handed.search(q, { uiLanguage: 'da', limit: 20 }))).toEqual(view(local.search(q, { uiLanguage: 'da', limit: 20 })));
    }
    const [a] = handed.search('lektiecafe', { uiLanguage: 'da', limit: 1 });
    const [b] = local.search('lektiecafe', { uiLanguage: 'da', limit: 1 });
    expect(a.highlights).toEqual(b.highlights);
    expect(a.highlights.name).toBeDefined();
  });

  it('brings the empty query name orders along, and sorts others on demand, as built on the spot', () => {
    for (const ui of ['da', 'de', 'en']) {
      expect(handed.search('', { uiLanguage: ui }).map((h) => h.key)).toEqual(local.search('', { uiLanguage: ui }).map((h) => h.key));
    }
  });

  it('is ignored when it does not fit the entries (another catalogue version)', () => {
    const fewer = createSearchIndex(entries.slice(1), { prebuilt: received });
    expect(fewer.size).toBe(active.length - 1);
    expect(fewer.search('lektiecafe', { uiLanguage: 'da', limit: 5 }).length).toBe(5);
  });

  it('falls back to building on the spot where there are no workers (node, old browsers)', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(active.length).toBeLessThan(WORKER_MIN_OFFERS);
    const big = generateCatalogue(WORKER_MIN_OFFERS + 10, 6).entries;
    const { index: built } = await buildSearchIndex(big);
    expect(built.size).toBe(big.length);
    expect(built.search('hausaufgabenhilfe', { uiLanguage: 'de', limit: 3 })).toHaveLength(3);
  });
});

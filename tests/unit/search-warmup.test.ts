// The warm-up runs the first keystrokes' search paths on the catalogue's own words, one per turn,
// stops when the screen is left, and leaves every later answer as a fresh index gives it.
import { describe, expect, it } from 'vitest';
import { loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { createSearchIndex, type SearchIndex } from '../../src/catalogue/search.ts';
import { warmUpQueries, warmUpSearch } from '../../src/catalogue/search-warmup.ts';
import { FIXED_QUERIES, keystrokes } from '../../bench/queries.ts';
import { entriesOf } from './search-fixtures.ts';

function counted(index: SearchIndex) {
  const queries: string[] = [];
  const spy: SearchIndex = { ...index, find: (q, o) => (queries.push(q), index.find(q, o)) };
  return { spy, queries };
}

describe('search warm-up', () => {
  it('makes prefixes, a slip and two words from a catalogue word', () => {
    expect(warmUpQueries('lektiecafe', 'brabrand')).toEqual(['le', 'lek', 'letiecafe', 'lektiecafe bra']);
    expect(warmUpQueries('moedre')).toEqual(['mo', 'moe', 'modre', 'moedre']);
    expect(warmUpQueries('ung')).toEqual([]);
  });

  it('searches each query in a turn of its own and stops when cancelled', async () => {
    const index = createSearchIndex(entriesOf(loadDemoCatalogue('aarhus')), { engine: 'indexed' });
    const { spy, queries } = counted(index);
    let turns = 0;
    await warmUpSearch(spy, 'da', 12, async () => void turns++, () => false);
    expect(queries[0]).toBe('');
    expect(queries).toHaveLength(5);
    expect(turns).toBe(4);
    expect(queries.slice(1).every((q) => index.find(q, { uiLanguage: 'da', limit: 12 }).total > 0)).toBe(true);

    const cancelled = counted(index);
    let left = false;
    await warmUpSearch(cancelled.spy, 'da', 12, async () => void (left = turns++ > 5), () => left);
    expect(cancelled.queries.length).toBeLessThan(5);
  });

  it('leaves every answer as a fresh index gives it', async () => {
    const entries = entriesOf(loadDemoCatalogue('esslingen'));
    const warmed = createSearchIndex(entries, { engine: 'indexed' });
    await warmUpSearch(warmed, 'de', 12, async () => undefined, () => false);
    for (const q of FIXED_QUERIES.flatMap(keystrokes)) {
      const fresh = createSearchIndex(entries, { engine: 'indexed' }).find(q, { uiLanguage: 'de', limit: 12 });
      const after = warmed.find(q, { uiLanguage: 'de', limit: 12 });
      expect(after.total).toBe(fresh.total);
      expect(after.hits.map((h) => [h.key, h.score, h.highlights])).toEqual(fresh.hits.map((h) => [h.key, h.score, h.highlights]));
    }
  });
});

// The fast path must find what plain fuse.js finds: its bit-parallel word matcher against a
// textbook edit distance, and its results against fuse.js scanning every offer of the same data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedErrors, fuzzyPattern } from '../../src/catalogue/search-fuzzy.ts';
import { FUSE_OPTIONS, createSearchIndex } from '../../src/catalogue/search.ts';
import { toSearchDoc } from '../../src/catalogue/search-docs.ts';
import { queryWords } from '../../src/catalogue/search-index.ts';
import { searchFold } from '../../src/catalogue/fold.ts';
import type { OfferFilters } from '../../src/catalogue/filters.ts';
import { generateCatalogue } from '../../bench/generate.ts';
import { FIXED_QUERIES, keystrokes, recallAt10, recallQueries } from '../../bench/queries.ts';

/**
 * Fewest edits turning `p` into some substring of `t` (Sellers' dynamic programme); with `swaps`,
 * two swapped neighbours count as one edit (optimal string alignment).
 */
function substringDistance(p: string, t: string, swaps = true): number {
  const rows = [Array.from({ length: p.length + 1 }, (_, i) => i)];
  let best = p.length;
  for (let j = 1; j <= t.length; j++) {
    const prev = rows[j - 1];
    const cur = [0];
    for (let i = 1; i <= p.length; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (p[i - 1] === t[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && p[i - 1] === t[j - 2] && p[i - 2] === t[j - 1]) cur[i] = Math.min(cur[i], rows[j - 2][i - 2] + 1);
    }
    rows.push(cur);
    best = Math.min(best, cur[p.length]);
  }
  return best;
}

describe('fuzzyPattern', () => {
  it('agrees with the textbook substring edit distance with swaps, up to 32 characters', () => {
    const word = (max: number) => fc.string({ unit: fc.constantFrom(...'abcdeø1'.split('')), minLength: 1, maxLength: max });
    fc.assert(
      fc.property(word(32), fc.string({ unit: fc.constantFrom(...'abcdeø1'.split('')), maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (p, t, k) => {
        const d = substringDistance(p, t);
        expect(fuzzyPattern(p).distanceIn(t, k)).toBe(d <= k ? d : Infinity);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a swap of neighbours as one edit, and never more edits than fuse.js (no swaps)', () => {
    expect(fuzzyPattern('tislt').distanceIn('tilst', 1)).toBe(1);
    expect(substringDistance('tislt', 'tilst', false)).toBe(2);
    const word = fc.string({ unit: fc.constantFrom(...'abcd'.split('')), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, word, (p, t) => {
        expect(fuzzyPattern(p).distanceIn(t, 12)).toBeLessThanOrEqual(substringDistance(p, t, false));
      }),
    );
  });

  it('allows edits like fuse.js does at threshold 0.34', () => {
    expect([2, 3, 5, 6, 9, 12].map((m) => allowedErrors(m, 0.34))).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

describe('indexed search against plain fuse.js on the same data', { timeout: 60000 }, () => {
  const { content, entries } = generateCatalogue(800, 3);
  const scan = createSearchIndex(entries, { engine: 'scan' });
  const indexed = createSearchIndex(entries, { engine: 'indexed' });
  const ids = (q: string, engine = indexed, limit?: number) => engine.search(q, { uiLanguage: 'da', limit }).map((h) => h.offer.id);
  const typed = FIXED_QUERIES.flatMap(keystrokes).filter((_, i) => i % 2 === 0);
  const orgs = new Map(content.organisations.map((o) => [o.id, o]));
  const recall = recallQueries(content.offers, orgs, 30, 11);

  // fuse.js matches a word across the gap between two words ("famili" in "team lili"); the index
  // matches words, so such offers are the only ones it may leave out.
  const onlyAcrossWords = (q: string, id: string) => {
    const entry = entries.find((e) => e.offer.id === id)!;
    const texts: string[] = Object.values(toSearchDoc(entry).doc).flat();
    return queryWords(searchFold(q)).some((w) => {
      const p = fuzzyPattern(w);
      const k = allowedErrors(p.length, FUSE_OPTIONS.threshold!);
      return !texts.some((t) => t.split(' ').some((word) => p.distanceIn(word, k) <= k));
    });
  };

  it('finds every offer fuse.js finds, for every keystroke and typo query', () => {
    for (const q of [...typed, ...recall.map((r) => r.query)]) {
      const found = new Set(ids(q));
      const missing = ids(q, scan).filter((id) => !found.has(id) && !onlyAcrossWords(q, id));
      expect({ q, missing }).toEqual({ q, missing: [] });
    }
  });

  it('has at least the recall@10 of plain fuse.js on typo queries', () => {
    const mean = (engine: typeof scan) => recall.reduce((s, r) => s + recallAt10(ids(r.query, engine, 10), r.relevant), 0) / recall.length;
    expect(mean(indexed)).toBeGreaterThanOrEqual(mean(scan) - 0.01);
  });

  it('returns hits best first with highlights, filters applied, far down the list too', () => {
    const all = indexed.search('lektiecafe', { uiLanguage: 'da' });
    expect(all.length).toBeGreaterThan(60);
    all.forEach((h, i) => i && expect(h.score).toBeLessThanOrEqual(all[i - 1].score));
    const late = all.slice(40).find((h) => h.offer.name.da!.startsWith('Lektiecafé'))!;
    const [a, b] = late.highlights.name![0];
    expect(late.offer.name.da!.slice(a, b + 1)).toBe('Lektiecafé');
    const free = indexed.search('lektiecafe', { uiLanguage: 'da', filters: { needs: [], languages: [], free: true } });
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((h) => h.offer.free)).toBe(true);
    expect(free.length).toBeLessThan(all.length);
  });

  it('gives a page of the very hits a full search ranks first, and the full count, on both engines and with filters', () => {
    const small = createSearchIndex(entries.slice(0, 250));
    const filters: (OfferFilters | undefined)[] = [undefined, { needs: [], languages: [], free: true }, { needs: [], languages: ['de'] }];
    for (const engine of [indexed, small]) {
      for (const q of ['', 'l', 'le', 'lekt', 'famil', 'hausaufgabenhilfe', 'zzzzqq', ...recall.slice(0, 5).map((r) => r.query)]) {
        for (const f of filters) {
          const opts = { uiLanguage: 'da', filters: f };
          const all = engine.search(q, opts);
          for (const limit of [0, 1, 30]) {
            const page = engine.find(q, { ...opts, limit });
            expect({ q, f, limit, total: page.total, keys: page.hits.map((h) => h.key) }).toEqual({ q, f, limit, total: all.length, keys: all.slice(0, limit).map((h) => h.key) });
          }
          expect(engine.find(q, opts)).toMatchObject({ total: all.length });
        }
      }
    }
  });
});

describe('highlights of indexed hits against fuse.js over the whole offer', { timeout: 60000 }, () => {
  const { content, entries } = generateCatalogue(300, 5);
  const scan = createSearchIndex(entries, { engine: 'scan' });
  const indexed = createSearchIndex(entries, { engine: 'indexed' });
  const orgs = new Map(content.organisations.map((o) => [o.id, o]));
  const queries = [...FIXED_QUERIES.flatMap(keystrokes).filter((_, i) => i % 2 === 1), ...recallQueries(content.offers, orgs, 30, 7).map((r) => r.query)];

  it('marks in each entry shown what fuse.js marks searching every field and language of it', () => {
    let marked = 0;
    queries.forEach((q, i) => {
      const uiLanguage = ['da', 'de', 'en'][i % 3];
      // the scan engine's highlights come from one fuse.js search over the whole documents
      const byFuse = new Map(scan.search(q, { uiLanguage }).map((h) => [h.key, h.highlights]));
      for (const h of indexed.search(q, { uiLanguage, limit: 30 })) {
        expect({ q, uiLanguage, key: h.key, highlights: h.highlights }).toEqual({ q, uiLanguage, key: h.key, highlights: byFuse.get(h.key) ?? {} });
        if (Object.keys(h.highlights).length) marked++;
      }
    });
    expect(marked).toBeGreaterThan(500);
  });
});

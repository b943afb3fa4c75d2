// Ranking on hand-written cases: the way people type on a phone (no æ/ø/å/ä/ö/ü/ß, typos,
// German words in a Danish catalogue) must still put the right offer first.
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/catalogue/search.ts';
import { emptyFilters } from '../../src/catalogue/filters.ts';
import { entriesOf, small } from './search-fixtures.ts';

// Both engines must agree with people: fuse.js scanning everything (small catalogues) and the word
// index feeding fuse.js candidates (large ones).
describe.each(['scan', 'indexed'] as const)('%s engine', (engine) => {
  const index = createSearchIndex(entriesOf(small), { engine });
  const top = (q: string, uiLanguage = 'da') => index.search(q, { uiLanguage }).map((h) => h.offer.id);

  describe('search ranking', () => {
    it.each(['modrehjaelpen', 'moedrehjælpen', 'Mødrehjælpen', 'Modrehjaelpen', 'Moedrehjaelpen', 'modrehjelpen', 'mødrehjalpen'])(
      '%s finds Mødrehjælpen first',
      (q) => expect(top(q)[0]).toBe('gravid-raadgivning'),
    );

    it.each([
      ['borns voksenvener', 'voksenven'],
      ['boerns voksenvenner', 'voksenven'],
      ['bons voksenvenner', 'voksenven'],
      ['Familienzentrum', 'elterncafe'],
      ['Nurtingen', 'elterncafe'],
      ['Nuertingen', 'elterncafe'],
      ['elterncafe', 'elterncafe'],
      ['lektiecafe', 'lektiecafe'],
      ['lektiehjaelp', 'lektiecafe'],
      ['lektiehjelp', 'lektiecafe'],
      ['red barnet gellerup', 'lektiecafe'],
      ['julehjalp', 'julehjaelp'],
      ['dansk folkehjelp', 'julehjaelp'],
    ])('%s → %s', (q, id) => expect(top(q)[0]).toBe(id));

    it('finds offers in a Danish catalogue through their German translations', () => {
      expect(top('Hausaufgaben', 'de')[0]).toBe('lektiecafe');
      expect(top('schwanger', 'de')[0]).toBe('gravid-raadgivning');
      expect(top('Patenschaft', 'de')[0]).toBe('voksenven');
    });

    it('finds offers by category labels and synonyms', () => {
      expect(top('mentor')).toContain('voksenven');
      expect(top('Nachhilfe')).toEqual(['lektiecafe']);
    });

    it('needs every word of the query somewhere in the offer', () => {
      expect(top('voksenven gellerup')).toEqual([]);
      expect(top('lektiecafe gellerup')).toEqual(['lektiecafe']);
    });

    it('finds nothing for nonsense', () => {
      expect(top('xqzvw')).toEqual([]);
    });

    it('matches partially typed words (search as you type)', () => {
      for (const q of ['mo', 'mod', 'modr', 'modre', 'modreh', 'modrehj']) expect(top(q)).toContain('gravid-raadgivning');
      expect(top('modreh')[0]).toBe('gravid-raadgivning');
    });
  });

  describe('search results', () => {
    it('returns every offer sorted by the shown name for an empty query', () => {
      const da = index.search('  ', { uiLanguage: 'da' });
      expect(da.map((h) => h.offer.name.da)).toEqual([
        'En voksenven til dit barn',
        'Forældrecafé i familiecentret',
        'Julehjælp til familier',
        'Lektiecafé i Gellerup',
        'Rådgivning til gravide og småbørnsforældre',
      ]);
      expect(da.every((h) => h.score === 1)).toBe(true);
      const de = index.search('', { uiLanguage: 'de' }).map((h) => h.offer.id);
      expect(de[0]).toBe('gravid-raadgivning'); // "Beratung …"
      expect(de).toContain('julehjaelp'); // no German name: falls back to Danish
    });

    it('applies filters to queries and to the empty query, and honours the limit', () => {
      const filters = { ...emptyFilters(), languages: ['ar'] };
      expect(index.search('', { uiLanguage: 'da', filters }).map((h) => h.offer.id)).toEqual(['elterncafe', 'lektiecafe']);
      expect(index.search('cafe', { uiLanguage: 'da', filters: { ...filters, free: true } }).map((h) => h.offer.id)).toEqual(['lektiecafe']);
      expect(index.search('', { uiLanguage: 'da', limit: 2 })).toHaveLength(2);
      expect(index.size).toBe(5);
    });

    it('gives keys unique across catalogues and keeps scores in 0..1, best first', () => {
      const hits = index.search('familie', { uiLanguage: 'da' });
      expect(hits.length).toBeGreaterThan(1);
      expect(hits[0].key).toBe(`testby/${hits[0].offer.id}`);
      hits.forEach((h, i) => {
        expect(h.score).toBeGreaterThanOrEqual(0);
        expect(h.score).toBeLessThanOrEqual(1);
        if (i) expect(h.score).toBeLessThanOrEqual(hits[i - 1].score);
      });
    });

    it('leaves inactive offers out', () => {
      const entries = entriesOf(small).map((e) => (e.offer.id === 'julehjaelp' ? { ...e, offer: { ...e.offer, status: 'inactive' as const } } : e));
      const idx = createSearchIndex(entries, { engine });
      expect(idx.size).toBe(4);
      expect(idx.search('julehjaelp', { uiLanguage: 'da' }).map((h) => h.offer.id)).not.toContain('julehjaelp');
      expect(idx.search('', { uiLanguage: 'da' })).toHaveLength(4);
    });
  });

  describe('highlights', () => {
    const shown = (q: string, ui: string, field: 'name' | 'summary' | 'organisation') => {
      const hit = index.search(q, { uiLanguage: ui })[0];
      const text = field === 'organisation' ? hit.organisation!.name : (hit.offer[field][ui as 'da'] ?? '');
      return (hit.highlights[field] ?? []).map(([a, b]) => text.slice(a, b + 1));
    };

    it('marks the matched words in the texts shown, original letters included', () => {
      expect(shown('modrehjaelpen', 'da', 'organisation')).toEqual(['Mødrehjælpen']);
      expect(shown('voksenven', 'da', 'name')).toEqual(['voksenven']);
      expect(shown('gellerup', 'de', 'name')).toEqual(['Gellerup']);
    });

    it('marks nothing in a text of another language than the one matched', () => {
      const hit = index.search('Hausaufgaben', { uiLanguage: 'da' })[0];
      expect(hit.offer.id).toBe('lektiecafe');
      expect(hit.highlights.name).toBeUndefined();
    });
  });
});

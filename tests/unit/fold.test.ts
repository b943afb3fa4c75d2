// Folding is what lets a phone keyboard without æ/ø/å/ä/ö/ü/ß find Danish and German names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, rangesToOriginal, searchFold, searchFoldWithMap } from '../../src/catalogue/fold.ts';

describe('foldText', () => {
  it('spells out Danish and German letters and strips other diacritics', () => {
    expect(foldText('Mødrehjælpen Århus')).toBe('moedrehjaelpen aarhus');
    expect(foldText('Nürtingen Straße Ärger Öl')).toBe('nuertingen strasse aerger oel');
    expect(foldText('Elterncafé Crème naïve')).toBe('elterncafe creme naive');
  });
});

describe('searchFold', () => {
  it('makes the usual spellings of Mødrehjælpen coincide', () => {
    const variants = ['modrehjaelpen', 'moedrehjælpen', 'Mødrehjælpen', 'Modrehjaelpen', 'Moedrehjaelpen', 'MØDREHJÆLPEN', 'modrehjalpen'];
    expect(new Set(variants.map(searchFold))).toEqual(new Set(['modrehjalpen']));
  });

  it('makes umlaut spellings coincide', () => {
    expect(searchFold('Nürtingen')).toBe(searchFold('Nurtingen'));
    expect(searchFold('Nürtingen')).toBe(searchFold('Nuertingen'));
    expect(searchFold('Elterncafé')).toBe(searchFold('Elterncafe'));
    expect(searchFold('Blå Kors')).toBe(searchFold('Blaa Kors'));
    expect(searchFold('Blå Kors')).toBe(searchFold('bla kors'));
    expect(searchFold('Straße')).toBe(searchFold('Strasse'));
    expect(searchFold('Århus')).toBe(searchFold('Aarhus'));
  });

  it('reduces punctuation and runs of space to single spaces', () => {
    expect(searchFold('  Børne- og ungealliance — Aarhus! ')).toBe('borne og ungealiance arhus');
    expect(searchFold('8260 Viby J.')).toBe('8260 viby j');
    expect(searchFold('?!')).toBe('');
  });

  it('is idempotent and never yields characters outside [a-z0-9 ] for Latin input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aæäåøöüßéeoOÆØÅÜ -.,1xyzKLM'.split('')) }), (s) => {
        const f = searchFold(s);
        expect(searchFold(f)).toBe(f);
        expect(f).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });
});

describe('searchFoldWithMap', () => {
  it('maps every skeleton character back into the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aæåøöüßé oe-Xy😀'.split('')) }), (s) => {
        const m = searchFoldWithMap(s);
        expect(m.text).toBe(searchFold(s));
        expect(m.start).toHaveLength(m.text.length);
        m.start.forEach((a, i) => {
          expect(a).toBeLessThanOrEqual(m.end[i]);
          expect(m.end[i]).toBeLessThan(s.length);
          if (i) expect(a).toBeGreaterThanOrEqual(m.start[i - 1]);
        });
      }),
    );
  });

  it('turns ranges in the skeleton into ranges over the shown letters', () => {
    const shown = 'Børns Voksenvenner';
    const m = searchFoldWithMap(shown);
    const at = m.text.indexOf('voksenvener');
    const [[a, b]] = rangesToOriginal(m, [[at, at + 'voksenvener'.length - 1]]);
    expect(shown.slice(a, b + 1)).toBe('Voksenvenner');
    const [[c, d]] = rangesToOriginal(searchFoldWithMap('Mødrehjælpen'), [[0, 1]]);
    expect('Mødrehjælpen'.slice(c, d + 1)).toBe('Mø');
  });
});

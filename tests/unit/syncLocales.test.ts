// Every sync failure has a plain message, and every language says everything the banner may say.
import { describe, expect, it } from 'vitest';
import da from '../../locales/da/sync.json' with { type: 'json' };
import de from '../../locales/de/sync.json' with { type: 'json' };
import en from '../../locales/en/sync.json' with { type: 'json' };
import { SYNC_ERROR_CODES } from '../../src/sync/errors.ts';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('sync translations', () => {
  it('name every error code in English', () => {
    expect(Object.keys(en.errors).sort()).toEqual([...SYNC_ERROR_CODES].sort());
  });

  it('have the same keys and placeholders in da, de and en', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    const english = keys(en).sort();
    for (const lng of [da, de]) {
      expect(keys(lng).sort()).toEqual(english);
      for (const key of english) {
        const get = (o: object) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
        expect(placeholders(get(lng)), key).toEqual(placeholders(get(en)));
      }
    }
  });
});

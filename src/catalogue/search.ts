// Search as you type over one catalogue version: folded texts in every language, typo tolerant,
// ranked and highlighted by fuse.js; built once per catalogue version, queried per keystroke.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Organisation, Offer } from './schema.ts';
import { pickText } from './text.ts';
import { searchFold, searchFoldWithMap, rangesToOriginal } from './fold.ts';
import { matchesFilters, type OfferFilters } from './filters.ts';
import { SEARCH_KEYS, toSearchDoc, type DocLanguages, type IndexEntry, type SearchDoc } from './search-docs.ts';

export type { IndexEntry } from './search-docs.ts';

export type Range = [number, number];

export interface SearchHit {
  /** `${catalogueId}/${offer.id}`: unique across followed catalogues. */
  key: string;
  catalogueId: string;
  offer: Offer;
  organisation?: Organisation;
  /** Relevance in 0..1, higher is better (1 for an empty query). */
  score: number;
  /** Inclusive index ranges into the text shown for the UI language (see `pickText`). */
  highlights: { name?: Range[]; summary?: Range[]; organisation?: Range[] };
}

export interface SearchOptions {
  filters?: OfferFilters;
  uiLanguage: string;
  limit?: number;
  now?: Date;
}

export interface SearchIndex {
  search(query: string, opts: SearchOptions): SearchHit[];
  readonly size: number;
}

/**
 * Every query word must match somewhere in the offer (any field, any language), each word
 * forgiving typos; token search weighs rare words above common ones.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  useTokenSearch: true,
  tokenMatch: 'all',
};

interface Entry {
  key: string;
  catalogueId: string;
  offer: Offer;
  organisation?: Organisation;
  langs: DocLanguages;
  catalogueLanguage: IndexEntry['catalogueLanguage'];
}

export function createSearchIndex(entries: IndexEntry[]): SearchIndex {
  const active = entries.filter((e) => e.offer.status !== 'inactive');
  const docs: SearchDoc[] = [];
  const meta: Entry[] = [];
  for (const e of active) {
    const { doc, langs } = toSearchDoc(e);
    docs.push(doc);
    meta.push({
      key: `${e.catalogueId}/${e.offer.id}`,
      catalogueId: e.catalogueId,
      offer: e.offer,
      organisation: e.organisation,
      langs,
      catalogueLanguage: e.catalogueLanguage,
    });
  }
  const fuse = new Fuse(docs, FUSE_OPTIONS);
  const shownName = (m: Entry, ui: string) => pickText(m.offer.name, ui, m.catalogueLanguage)?.text ?? '';

  return {
    size: docs.length,
    search(query, opts) {
      const folded = searchFold(query);
      const keep = (m: Entry) => !opts.filters || matchesFilters(m.offer, opts.filters, opts.now);
      if (!folded) {
        const collator = new Intl.Collator(opts.uiLanguage);
        const all = meta
          .filter(keep)
          .map((m) => ({ m, name: shownName(m, opts.uiLanguage) }))
          .sort((a, b) => collator.compare(a.name, b.name) || a.m.key.localeCompare(b.m.key));
        return limitTo(all, opts.limit).map(({ m }) => toHit(m, 1, undefined, opts.uiLanguage));
      }
      const results = fuse.search(folded).filter((r) => keep(meta[r.refIndex]));
      return limitTo(results, opts.limit).map((r) => toHit(meta[r.refIndex], 1 - (r.score ?? 0), r, opts.uiLanguage));
    },
  };
}

function limitTo<T>(xs: T[], limit: number | undefined): T[] {
  return limit !== undefined && limit >= 0 ? xs.slice(0, limit) : xs;
}

/** Maps fuse.js match ranges (in folded text) onto the texts the UI actually shows. */
function toHit(m: Entry, score: number, r: FuseResult<SearchDoc> | undefined, ui: string): SearchHit {
  const highlights: SearchHit['highlights'] = {};
  if (r?.matches) {
    const name = pickText(m.offer.name, ui, m.catalogueLanguage);
    const summary = pickText(m.offer.summary, ui, m.catalogueLanguage);
    for (const match of r.matches) {
      let shown: string | undefined;
      let slot: keyof SearchHit['highlights'];
      if (match.key === 'name' && name && m.langs.name[match.refIndex ?? -1] === name.lang) [shown, slot] = [name.text, 'name'];
      else if (match.key === 'summary' && summary && m.langs.summary[match.refIndex ?? -1] === summary.lang)
        [shown, slot] = [summary.text, 'summary'];
      else if (match.key === 'org' && m.organisation) [shown, slot] = [m.organisation.name, 'organisation'];
      else continue;
      const ranges = rangesToOriginal(searchFoldWithMap(shown), match.indices);
      if (ranges.length) highlights[slot] = ranges;
    }
  }
  return { key: m.key, catalogueId: m.catalogueId, offer: m.offer, organisation: m.organisation, score, highlights };
}

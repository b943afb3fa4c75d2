// Search as you type over one catalogue version: folded texts in every language, typo tolerant,
// ranked and highlighted by fuse.js; built once per catalogue version, queried per keystroke.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Organisation, Offer } from './schema.ts';
import { pickText } from './text.ts';
import { searchFold, searchFoldWithMap, rangesToOriginal } from './fold.ts';
import { hasActiveFilters, offerPredicate, type OfferFilters } from './filters.ts';
import { WordIndex, buildWordIndexParts, bestMatches, queryLetters, queryWords } from './search-index.ts';
import type { PrebuiltIndex } from './search-prebuild.ts';
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

/** The best hits (up to the limit) and how many offers match in all. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
}

export interface SearchIndex {
  /**
   * One page of results and the count of all: a list showing 30 need not rank, and build hits for,
   * the thousands a one-letter prefix matches.
   */
  find(query: string, opts: SearchOptions): SearchPage;
  /** Every hit (or up to `limit`), best first. */
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
  catalogueLanguage: IndexEntry['catalogueLanguage'];
  /** Folded texts and their languages, worked out when first needed. */
  searchable: () => { doc: SearchDoc; langs: DocLanguages };
}

/** Up to this many offers fuse.js scans them all per keystroke; above, the word index narrows first. */
export const FULL_SCAN_MAX = 300;

export interface IndexTuning {
  /** `scan`: fuse.js scores every offer; `indexed`: the word index finds and ranks, fuse.js highlights. */
  engine?: 'scan' | 'indexed';
  /** The word index and name orders built elsewhere (a worker) from the same entries: `indexed` without building. */
  prebuilt?: PrebuiltIndex;
}

export function createSearchIndex(entries: IndexEntry[], tuning: IndexTuning = {}): SearchIndex {
  const meta: Entry[] = [];
  for (const e of entries) {
    if (e.offer.status === 'inactive') continue;
    let searchable: ReturnType<typeof toSearchDoc> | undefined;
    meta.push({
      key: `${e.catalogueId}/${e.offer.id}`,
      catalogueId: e.catalogueId,
      offer: e.offer,
      organisation: e.organisation,
      catalogueLanguage: e.catalogueLanguage,
      searchable: () => (searchable ??= toSearchDoc(e)),
    });
  }
  const prebuilt = tuning.prebuilt?.docCount === meta.length ? tuning.prebuilt : undefined;
  const engine = prebuilt ? 'indexed' : (tuning.engine ?? (meta.length <= FULL_SCAN_MAX ? 'scan' : 'indexed'));
  const docs = prebuilt ? undefined : meta.map((m) => m.searchable().doc);
  const fuse = engine === 'scan' ? new Fuse(docs!, FUSE_OPTIONS) : undefined;
  const words = engine === 'indexed' ? new WordIndex(prebuilt?.parts ?? buildWordIndexParts(docs!), FUSE_OPTIONS.threshold!) : undefined;
  const byName = new Map<string, Iterable<number>>(Object.entries(prebuilt?.nameOrders ?? {}));

  /** Offers in name order for one UI language, sorted once and reused for every empty query. */
  const nameOrder = (ui: string) => {
    let order = byName.get(ui);
    if (!order) {
      order = nameOrderOf(meta, ui);
      byName.set(ui, order);
    }
    return order;
  };

  const find = (query: string, opts: SearchOptions): SearchPage => {
    const folded = searchFold(query);
    const terms = queryWords(folded);
    const filter = opts.filters && hasActiveFilters(opts.filters) ? offerPredicate(opts.filters, opts.now) : undefined;
    const keep = (i: number) => !filter || filter(meta[i].offer);
    const max = opts.limit !== undefined && opts.limit >= 0 ? opts.limit : Infinity;
    if (!terms.length) {
      const hits: SearchHit[] = [];
      let total = 0;
      for (const i of nameOrder(opts.uiLanguage)) {
        if (!keep(i)) continue;
        if (total++ < max) hits.push(toHit(meta[i], 1, undefined, opts.uiLanguage));
        else if (!filter) return { hits, total: meta.length };
      }
      return { hits, total };
    }
    const fuseQuery = terms.join(' ');
    if (fuse) {
      const results = fuse.search(fuseQuery).filter((r) => keep(r.refIndex));
      return { hits: results.slice(0, max).map((r) => toHit(meta[r.refIndex], 1 - (r.score ?? 0), r, opts.uiLanguage)), total: results.length };
    }
    const found = words!.candidates(terms, queryLetters(folded), filter && keep);
    const hits = bestMatches(found, Math.min(max, found.docs.length)).map((j) => {
      const d = found.docs[j];
      return new LazyHit(meta[d], found.scores[j], fuseQuery, opts.uiLanguage);
    });
    return { hits, total: found.docs.length };
  };

  return {
    size: meta.length,
    find,
    search: (query, opts) => find(query, opts).hits,
  };
}

/** Offers (as `createSearchIndex` keeps them) in alphabetical order of the name shown in `ui`. */
export function nameOrderOf(offers: readonly { key: string; offer: Pick<Offer, 'name'>; catalogueLanguage?: IndexEntry['catalogueLanguage'] }[], ui: string): number[] {
  return nameSort(
    offers.map((m) => pickText(m.offer.name, ui, m.catalogueLanguage)?.text ?? ''),
    offers.map((m) => m.key),
    ui,
  );
}

/**
 * Positions of `names` in the UI language's alphabetical order (ties by key). The locale's collator
 * is slow (about a microsecond per comparison), so it sorts each distinct name once, starting from
 * plain code-unit order of the lower case, which is nearly its order (the engine's merge sort then
 * needs fewer comparisons); the offers then follow their name's rank.
 */
export function nameSort(names: string[], keys: string[], locale: string): number[] {
  const collator = new Intl.Collator(locale);
  const distinct = [...new Set(names)];
  const plain = distinct.map((n) => n.toLowerCase());
  const ranks = distinct
    .map((_, i) => i)
    .sort((a, b) => (plain[a] < plain[b] ? -1 : plain[a] > plain[b] ? 1 : 0))
    .sort((a, b) => collator.compare(distinct[a], distinct[b]));
  const rankOf = new Map<string, number>();
  let rank = 0;
  ranks.forEach((i, j) => {
    if (j && collator.compare(distinct[ranks[j - 1]], distinct[i]) !== 0) rank = j;
    rankOf.set(distinct[i], rank);
  });
  const byRank = names.map((n) => rankOf.get(n)!);
  return names.map((_, i) => i).sort((a, b) => byRank[a] - byRank[b] || (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
}

/**
 * A hit whose highlights are worked out only if someone looks at them: long result lists build
 * thousands per keystroke, so a plain class (getter on the prototype), nothing per hit beyond its fields.
 */
class LazyHit implements SearchHit {
  readonly key: string;
  readonly catalogueId: string;
  readonly offer: Offer;
  readonly organisation?: Organisation;
  readonly score: number;
  #highlights?: SearchHit['highlights'];
  readonly #entry: Entry;
  readonly #fuseQuery: string;
  readonly #ui: string;

  constructor(m: Entry, score: number, fuseQuery: string, ui: string) {
    this.key = m.key;
    this.catalogueId = m.catalogueId;
    this.offer = m.offer;
    this.organisation = m.organisation;
    this.score = score;
    this.#entry = m;
    this.#fuseQuery = fuseQuery;
    this.#ui = ui;
  }

  get highlights(): SearchHit['highlights'] {
    return (this.#highlights ??= shownHighlights(this.#entry, this.#fuseQuery, this.#ui));
  }
}

/** fuse.js's token search splits a query into words like this and matches each on its own. */
const FUSE_TERMS = /[\p{L}\p{M}\p{N}_]+/gu;
/** The options fuse.js's token search gives each word's own (Bitap) match. */
const TERM_OPTIONS = {
  threshold: FUSE_OPTIONS.threshold,
  minMatchCharLength: FUSE_OPTIONS.minMatchCharLength,
  includeMatches: true,
  ignoreLocation: true,
};

/**
 * The highlights `highlightsOf` gives for a fuse.js token search over the offer's whole document,
 * worked out on the shown texts alone: fuse.js matches each query word in each text on its own and
 * unites the ranges, so only the title and summary in the shown language and the organisation's
 * name are searched (not every language, the long descriptions and the needs); the rest is read only
 * for a word those lack, because fuse.js answers nothing (so marks nothing) unless every word matches
 * somewhere. A result list asks this for each entry shown on every keystroke.
 */
function shownHighlights(m: Entry, fuseQuery: string, ui: string): SearchHit['highlights'] {
  const terms = fuseQuery.toLowerCase().match(FUSE_TERMS) ?? [];
  const { doc, langs } = m.searchable();
  const name = pickText(m.offer.name, ui, m.catalogueLanguage);
  const summary = pickText(m.offer.summary, ui, m.catalogueLanguage);
  const nameAt = name ? langs.name.indexOf(name.lang) : -1;
  const summaryAt = summary ? langs.summary.indexOf(summary.lang) : -1;
  const shown: { slot: keyof SearchHit['highlights']; text: string; folded: string }[] = [];
  if (name && nameAt >= 0) shown.push({ slot: 'name', text: name.text, folded: doc.name[nameAt] });
  if (m.organisation) shown.push({ slot: 'organisation', text: m.organisation.name, folded: doc.org });
  if (summary && summaryAt >= 0) shown.push({ slot: 'summary', text: summary.text, folded: doc.summary[summaryAt] });

  const covered = terms.map(() => false);
  const found = shown.map((s) => {
    const indices: Range[] = [];
    terms.forEach((term, i) => {
      const r = Fuse.match(term, s.folded, TERM_OPTIONS);
      if (!r.isMatch) return;
      covered[i] = true;
      for (const [a, b] of r.indices ?? []) indices.push([a, b]);
    });
    return indices;
  });
  if (covered.some((c) => !c)) {
    const rest = [
      ...doc.name.filter((_, i) => i !== nameAt),
      ...(m.organisation ? [] : [doc.org]),
      ...doc.category,
      ...doc.summary.filter((_, i) => i !== summaryAt),
      ...doc.description,
    ];
    const somewhere = (term: string) => rest.some((text) => Fuse.match(term, text, TERM_OPTIONS).isMatch);
    if (!terms.every((term, i) => covered[i] || somewhere(term))) return {};
  }
  const highlights: SearchHit['highlights'] = {};
  shown.forEach((s, i) => {
    const ranges = found[i].length ? rangesToOriginal(searchFoldWithMap(s.text), mergeRanges(found[i])) : [];
    if (ranges.length) highlights[s.slot] = ranges;
  });
  return highlights;
}

/** How fuse.js unites one text's ranges: sorted, and touching or overlapping ones joined. */
function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [ranges[0]];
  for (const r of ranges.slice(1)) {
    const last = merged[merged.length - 1];
    if (r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function toHit(m: Entry, score: number, r: FuseResult<SearchDoc> | undefined, ui: string): SearchHit {
  return { key: m.key, catalogueId: m.catalogueId, offer: m.offer, organisation: m.organisation, score, highlights: highlightsOf(m, r, ui) };
}

/** Maps fuse.js match ranges (in folded text) onto the texts the UI actually shows. */
function highlightsOf(m: Entry, r: FuseResult<SearchDoc> | undefined, ui: string): SearchHit['highlights'] {
  const highlights: SearchHit['highlights'] = {};
  if (r?.matches) {
    const name = pickText(m.offer.name, ui, m.catalogueLanguage);
    const summary = pickText(m.offer.summary, ui, m.catalogueLanguage);
    for (const match of r.matches) {
      let shown: string | undefined;
      let slot: keyof SearchHit['highlights'];
      if (match.key === 'name' && name && m.searchable().langs.name[match.refIndex ?? -1] === name.lang) [shown, slot] = [name.text, 'name'];
      else if (match.key === 'summary' && summary && m.searchable().langs.summary[match.refIndex ?? -1] === summary.lang)
        [shown, slot] = [summary.text, 'summary'];
      else if (match.key === 'org' && m.organisation) [shown, slot] = [m.organisation.name, 'organisation'];
      else continue;
      const ranges = rangesToOriginal(searchFoldWithMap(shown), match.indices);
      if (ranges.length) highlights[slot] = ranges;
    }
  }
  return highlights;
}

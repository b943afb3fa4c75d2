// Search side by side at one catalogue size: ours, plain fuse.js over the same keys (baseline) and
// MiniSearch with fuzzy 0.2 and prefix (peer): keystroke latency, recall@10, build time, heap.
import MiniSearch from 'minisearch';
import { createSearchIndex } from '../src/catalogue/search.ts';
import { toSearchDoc } from '../src/catalogue/search-docs.ts';
import { SEARCH_KEYS } from '../src/catalogue/search-docs.ts';
import { searchFold } from '../src/catalogue/fold.ts';
import { generateCatalogue } from './generate.ts';
import { keystrokes, recallAt10, recallQueries } from './queries.ts';
import { heapUsed, percentile } from './measure.ts';

export interface EngineFigures {
  p50Ms: number;
  p95Ms: number;
  recallAt10: number;
  indexBuildMs: number;
  indexHeapMB: number;
  /** Keystroke queries and recall queries actually run (the baseline is capped at large sizes). */
  queries: number;
}

type Search = (q: string) => string[];

/** The page of results the app ranks per keystroke (RESULT_PAGE in src/ui/ResultList.tsx). */
const LIMIT = 12;

function measure(build: () => Search, strokes: string[], recall: ReturnType<typeof recallQueries>): EngineFigures {
  const before = heapUsed();
  const t0 = performance.now();
  const search = build();
  const indexBuildMs = performance.now() - t0;
  const indexHeapMB = (heapUsed() - before) / 1e6;
  const times = strokes.map((q) => {
    const t = performance.now();
    search(q);
    return performance.now() - t;
  });
  const recallSum = recall.reduce((sum, r) => sum + recallAt10(search(r.query), r.relevant), 0);
  return {
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    recallAt10: recall.length ? recallSum / recall.length : NaN,
    indexBuildMs,
    indexHeapMB,
    queries: strokes.length + recall.length,
  };
}

export interface SizeFigures {
  search: EngineFigures;
  baseline: EngineFigures;
  peer: EngineFigures;
  vocabulary?: number;
}

export interface SearchBenchOptions {
  /** Typed keystroke by keystroke (FIXED_QUERIES in a full run). */
  queries: readonly string[];
  recallQueries: number;
  /** Baseline fuse.js takes seconds per query at 50,000: it runs on at most this many of each kind. */
  baselineCap: number;
}

export function benchSearchSize(size: number, o: SearchBenchOptions): SizeFigures {
  const { content, entries } = generateCatalogue(size);
  const orgs = new Map(content.organisations.map((x) => [x.id, x]));
  const strokes = o.queries.flatMap(keystrokes);
  const recall = recallQueries(content.offers, orgs, o.recallQueries);
  const ids = (hits: { offer: { id: string } }[]) => hits.map((h) => h.offer.id);

  const t0 = performance.now();
  const lap = (name: string) => console.error(`   ${size}: ${name} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const search = measure(
    () => {
      const index = createSearchIndex(entries, { engine: 'indexed' });
      return (q) => ids(index.search(q, { uiLanguage: 'da', limit: LIMIT }));
    },
    strokes,
    recall,
  );
  lap('search');
  // Spread the capped baseline queries over all the fixed queries instead of the first few.
  const step = Math.max(1, Math.ceil(strokes.length / o.baselineCap));
  const baseline = measure(
    () => {
      const index = createSearchIndex(entries, { engine: 'scan' });
      return (q) => ids(index.search(q, { uiLanguage: 'da', limit: LIMIT }));
    },
    strokes.filter((_, i) => i % step === 0),
    recall.slice(0, o.baselineCap),
  );
  lap('baseline');
  const peer = measure(
    () => {
      const mini = new MiniSearch<{ id: number } & Record<string, string | number>>({
        fields: SEARCH_KEYS.map((k) => k.name),
        processTerm: (t) => searchFold(t) || null,
        searchOptions: { fuzzy: 0.2, prefix: true, boost: Object.fromEntries(SEARCH_KEYS.map((k) => [k.name, k.weight])) },
      });
      mini.addAll(
        entries.map((e, id) => {
          const doc = toSearchDoc(e).doc;
          return { id, ...Object.fromEntries(SEARCH_KEYS.map((k) => [k.name, ([] as string[]).concat(doc[k.name]).join(' ')])) };
        }),
      );
      return (q) =>
        mini
          .search(q)
          .slice(0, LIMIT)
          .map((r) => entries[r.id as number].offer.id);
    },
    strokes,
    recall,
  );
  lap('peer');
  return { search, baseline, peer };
}

// The app's way to get a search index: small catalogues are indexed at once, large ones in a Web
// Worker (seconds of folding and indexing at 50,000 offers would freeze the UI), then searched here.
import { createSearchIndex, type IndexEntry, type SearchIndex } from './search.ts';
import { searchSource } from './search-docs.ts';
import type { PrebuiltIndex } from './search-prebuild.ts';

/** From this many active offers the index is built in a worker (below, building takes well under a frame budget of 50 ms). */
export const WORKER_MIN_OFFERS = 1500;

/** Builds in a worker and resolves with the prebuilt index; rejects if the worker fails. */
function buildInWorker(req: { sources: ReturnType<typeof searchSource>[]; locales: string[] }): Promise<PrebuiltIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<PrebuiltIndex>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'search worker failed'));
    };
    worker.postMessage(req);
  });
}

/**
 * The same index `createSearchIndex(entries)` gives, built off the main thread when it is large and
 * workers exist; if the worker fails, built here after all. `locales`: UI languages to sort ahead.
 */
export async function buildSearchIndex(entries: IndexEntry[], locales: string[] = ['da', 'de', 'en']): Promise<SearchIndex> {
  const active = entries.filter((e) => e.offer.status !== 'inactive');
  if (active.length < WORKER_MIN_OFFERS || typeof Worker === 'undefined') return createSearchIndex(entries);
  try {
    const prebuilt = await buildInWorker({ sources: active.map(searchSource), locales });
    return createSearchIndex(entries, { prebuilt });
  } catch (err) {
    console.warn('search index built on the main thread:', err);
    return createSearchIndex(entries);
  }
}

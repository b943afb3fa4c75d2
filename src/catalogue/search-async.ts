// The app's way to get a search index: small catalogues are indexed at once, large ones in a Web
// Worker (seconds of folding and indexing at 50,000 offers would freeze the UI) or taken from an
// index kept from an earlier build, then searched here.
import { createSearchIndex, type IndexEntry, type SearchIndex } from './search.ts';
import { searchSource } from './search-docs.ts';
import { nextTask } from './next-task.ts';
import { INDEX_FORMAT, prebuildSearchIndex, type PrebuildMessage, type PrebuildRequest, type PrebuiltIndex } from './search-prebuild.ts';

/** From this many active offers the index is built in a worker (below, building takes well under a frame budget of 50 ms). */
export const WORKER_MIN_OFFERS = 1500;

/** UI languages whose empty-query name order is sorted ahead. */
export const INDEX_LOCALES = ['da', 'de', 'en'];

/**
 * What a kept index must have been made with to be used: the format, and this very build of the app
 * (its module URL carries a content hash), so a new app version whose code indexes differently
 * never reads an index the old one made.
 */
export const PREBUILT_FORMAT = `${INDEX_FORMAT} ${import.meta.url}`;

/** Sources sent to the worker per message: each one's structured clone a short task. */
const POST_SLICE = 2000;

/** Builds in a worker and resolves with the prebuilt index; rejects if the worker fails. */
async function buildInWorker(req: PrebuildRequest): Promise<PrebuiltIndex> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const built = new Promise<PrebuiltIndex>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<PrebuiltIndex>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'search worker failed'));
    };
  });
  built.catch(() => undefined); // a worker failing while the sources are still being sent is no unhandled rejection: the caller gets it below
  const send = (message: PrebuildMessage) => worker.postMessage(message);
  for (let i = 0; i < req.sources.length; i += POST_SLICE) {
    send({ type: 'sources', sources: req.sources.slice(i, i + POST_SLICE) });
    await nextTask();
  }
  send({ type: 'build', locales: req.locales });
  return built;
}

async function prebuild(req: PrebuildRequest): Promise<PrebuiltIndex> {
  if (typeof Worker !== 'undefined') {
    try {
      return await buildInWorker(req);
    } catch (err) {
      console.warn('search index built on the main thread:', err);
    }
  }
  return prebuildSearchIndex(req).index;
}

/** Whether a kept index was built from these active offers (as far as their number tells) for every locale. */
function fits(kept: PrebuiltIndex | undefined, active: number, locales: string[]): kept is PrebuiltIndex {
  return kept !== undefined && kept.docCount === active && locales.every((l) => kept.nameOrders[l] instanceof Int32Array);
}

/** A build started before its entries are read (see buildAhead), by the source they will be read as. */
let ahead: { source: string; prebuilt: Promise<PrebuiltIndex | undefined> } | undefined;

type AheadListener = (source: string, prebuilt: Promise<PrebuiltIndex | undefined>) => void;
let aheadListener: AheadListener | undefined;

/**
 * Starts building the index of `entries` in a worker before they are read as `source` (the caller's
 * name for exactly these entries in this order), e.g. while they are being written; the
 * buildSearchIndex for that source takes it. Only the latest is held.
 */
export function buildAhead(source: string, entries: IndexEntry[], locales: string[] = INDEX_LOCALES): void {
  const active = entries.filter((e) => e.offer.status !== 'inactive');
  ahead = active.length < WORKER_MIN_OFFERS ? undefined : { source, prebuilt: prebuild({ sources: active.map(searchSource), locales }).catch(() => undefined) };
  if (ahead) aheadListener?.(ahead.source, ahead.prebuilt);
}

/** Told of each build started ahead here: the sync worker hands them on to the thread that searches. */
export function onBuildAhead(listener: AheadListener | undefined): void {
  aheadListener = listener;
}

/** A build started ahead in another thread (the sync worker's), for the buildSearchIndex of `source`. */
export function expectAhead(source: string, prebuilt: Promise<PrebuiltIndex | undefined>): void {
  ahead = { source, prebuilt };
}

/** Drops a build held for a later read ("delete all data" leaves nothing of the catalogue in memory). */
export function forgetAhead(): void {
  ahead = undefined;
}

export interface BuiltSearchIndex {
  index: SearchIndex;
  /** The large index's parts, to keep for the next start (undefined for small catalogues, built at once). */
  prebuilt?: PrebuiltIndex;
}

/**
 * The same index `createSearchIndex(entries)` gives. A large one comes from `kept` when that was
 * built from the same entries (the caller knows: same catalogue versions, same PREBUILT_FORMAT),
 * or from a build started ahead for `source`, else it is built off the main thread where workers exist.
 */
export async function buildSearchIndex(
  entries: IndexEntry[],
  { kept, source, locales = INDEX_LOCALES }: { kept?: PrebuiltIndex; source?: string; locales?: string[] } = {},
): Promise<BuiltSearchIndex> {
  const started = source !== undefined && ahead?.source === source ? ahead.prebuilt : undefined;
  if (started) ahead = undefined;
  const active = entries.filter((e) => e.offer.status !== 'inactive');
  if (active.length < WORKER_MIN_OFFERS) return { index: createSearchIndex(entries) };
  const ready = fits(kept, active.length, locales) ? kept : await started;
  const prebuilt = fits(ready, active.length, locales) ? ready : await prebuild({ sources: active.map(searchSource), locales });
  return { index: createSearchIndex(entries, { prebuilt }), prebuilt };
}

// The sync's worker path run in node: the real worker module in a scope of its own (its own module
// instances, messages structured-cloned), so what crosses the thread boundary is tested without a browser.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchIndex } from '../../src/catalogue/search.ts';
import { buildSearchIndex, WORKER_MIN_OFFERS } from '../../src/catalogue/search-async.ts';
import type { AppDatabase } from '../../src/storage/db.ts';
import { readHeldEntries } from '../../src/storage/queries.ts';
import { indexSource } from '../../src/storage/search-index-store.ts';
import { SyncError } from '../../src/sync/errors.ts';
import { syncOffThread } from '../../src/sync/sync-offthread.ts';
import { deleteAllLocalData } from '../../src/storage/wipe.ts';
import { BASE, dropDb, FakePublisher, freshDevice, heldState, makeContent, makeOffer } from './syncFixtures.ts';

/**
 * A Worker whose script is the real module (the sync worker, or the search worker it starts),
 * loaded afresh for each worker with `self` as its own scope; messages are structured-cloned.
 */
class InProcessWorker {
  static started: string[] = [];
  /** When set, the sync worker's script "fails to load": an error before it ever runs. */
  static failToStart = false;
  private static loading: Promise<unknown> = Promise.resolve();
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  private readonly scope = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    postMessage: (data: unknown) => setTimeout(() => this.onmessage?.({ data: structuredClone(data) })),
  };
  private terminated = false;

  constructor(url: URL) {
    const name = url.pathname.split('/').at(-1)!;
    InProcessWorker.started.push(name);
    if (InProcessWorker.failToStart && name === 'sync-worker.ts') {
      setTimeout(() => this.onerror?.({ message: 'script failed to load', preventDefault: () => undefined }));
      return;
    }
    const path = name === 'sync-worker.ts' ? '../../src/sync/sync-worker.ts' : '../../src/catalogue/search-worker.ts';
    // one module evaluation at a time, each seeing its own scope as `self`
    InProcessWorker.loading = InProcessWorker.loading.then(() => {
      vi.stubGlobal('self', this.scope);
      vi.resetModules();
      return import(/* @vite-ignore */ path);
    });
  }

  postMessage(data: unknown): void {
    void InProcessWorker.loading.then(() => {
      if (!this.terminated) setTimeout(() => this.scope.onmessage?.({ data: structuredClone(data) }));
    });
  }

  terminate(): void {
    this.terminated = true;
    this.scope.postMessage = () => 0 as unknown as ReturnType<typeof setTimeout>;
  }
}

let db: AppDatabase;
let pub: FakePublisher;
beforeEach(async () => {
  ({ db, pub } = await freshDevice());
  InProcessWorker.started = [];
  InProcessWorker.failToStart = false;
  vi.stubGlobal('Worker', InProcessWorker);
  // the worker path uses the platform's fetch: the publisher answers it
  vi.stubGlobal('fetch', pub.fetch);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await dropDb(db);
});

const run = (extra: { signal?: AbortSignal; preferSnapshot?: boolean } = {}) => syncOffThread('aarhus', { db, base: BASE, ...extra });

describe('the sync in a worker', () => {
  it('applies a version there, with the same result and held state as on this thread', async () => {
    await pub.publish(makeContent('aarhus', 4));
    const downloads: string[] = [];
    const result = await syncOffThread('aarhus', { db, base: BASE, onDownload: (plan) => downloads.push(plan.kind) });
    expect(InProcessWorker.started).toEqual(['sync-worker.ts']);
    expect(result).toMatchObject({ catalogueId: 'aarhus', outcome: 'updated', version: 1, plan: 'snapshot' });
    expect(downloads).toEqual(['snapshot']);
    expect((await heldState(db, 'aarhus')).offers.map((o) => o.id)).toEqual(['offer-1', 'offer-2', 'offer-3', 'offer-4']);

    const next = makeContent('aarhus', 4);
    next.offers.push(makeOffer(9, 1, 'Mentor'));
    await pub.publish(next);
    expect(await run()).toMatchObject({ outcome: 'updated', version: 2, plan: 'deltas' });
    expect(await run()).toMatchObject({ outcome: 'unchanged', version: 2 });
    expect(InProcessWorker.started).toHaveLength(3);
  });

  it('refuses a tampered file there with its code, keeping what was held', async () => {
    await pub.publish(makeContent('aarhus', 3));
    await run();
    const before = await heldState(db, 'aarhus');
    const next = makeContent('aarhus', 3);
    next.offers.push(makeOffer(9, 1, 'Mentor'));
    const m = await pub.publish(next);
    const name = `aarhus/${m.snapshot.url}`;
    pub.files.set(name, new TextEncoder().encode(new TextDecoder().decode(pub.files.get(name)!).replace('Mentor', 'Mentur')));
    const err = await run({ preferSnapshot: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).code).toBe('hash-mismatch');
    expect((err as SyncError).message).toBe(`hash-mismatch: ${BASE}/catalogues/aarhus/${m.snapshot.url} does not match its sha256`);
    expect(await heldState(db, 'aarhus')).toEqual(before);
  });

  it('stops when cancelled, as "aborted", changing nothing', async () => {
    await pub.publish(makeContent('aarhus', 3));
    const controller = new AbortController();
    pub.beforeAnswer = async (path) => {
      if (!path.startsWith('aarhus/snapshot')) return;
      controller.abort();
      // the cancel reaches the worker as a message, a moment later
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const err = await run({ signal: controller.signal }).catch((e: unknown) => e);
    expect((err as SyncError).code).toBe('aborted');
    expect(await db.catalogues.count()).toBe(0);
  });

  it('falls back to this thread when the worker does not start', async () => {
    InProcessWorker.failToStart = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await pub.publish(makeContent('aarhus', 3));
    expect(await run()).toMatchObject({ outcome: 'updated', version: 1 });
    expect(InProcessWorker.started).toEqual(['sync-worker.ts']);
    expect(warn).toHaveBeenCalledWith('sync runs on the main thread:', 'script failed to load');
    expect(await db.offers.count()).toBe(3);
    warn.mockRestore();
  });

  it('hands the index it built while writing to this thread, equal to one built here', async () => {
    // more offers than go to the search worker in one message
    const content = makeContent('aarhus', Math.max(WORKER_MIN_OFFERS, 4010), 4);
    content.offers = content.offers.map((o, i) => ({ ...o, name: { da: `${['Lektiehjælp', 'Mentor', 'Svømning'][i % 3]} ${i}` } }));
    await pub.publish(content);
    await run();
    expect(InProcessWorker.started).toEqual(['sync-worker.ts', 'search-worker.ts']);
    const { rows, entries } = await readHeldEntries(db);
    const { index, prebuilt } = await buildSearchIndex(entries, { source: indexSource(rows) });
    expect(prebuilt?.docCount).toBe(entries.length);
    expect(InProcessWorker.started).toHaveLength(2); // taken from the sync worker, not built again
    const here = createSearchIndex(entries);
    for (const q of ['mentor', 'lektiehjaelp 12', 'svomning', 'mentr 1'])
      expect(index.search(q, { uiLanguage: 'da' }).map((h) => h.key)).toEqual(here.search(q, { uiLanguage: 'da' }).map((h) => h.key));
  });

  it('keeps nothing of a handed-over index after "delete all data"', async () => {
    await pub.publish(makeContent('aarhus', WORKER_MIN_OFFERS + 10, 4));
    await run(); // the index arrives for a read that has not happened yet
    const [row, offers, organisations] = await Promise.all([db.catalogues.get('aarhus'), db.offers.toArray(), db.organisations.toArray()]);
    await deleteAllLocalData(db);
    // the very same state written back (not through a sync, which would start a build of its own)
    await db.transaction('rw', db.catalogues, db.offers, db.organisations, async () => {
      await db.offers.bulkPut(offers);
      await db.organisations.bulkPut(organisations);
      await db.catalogues.put(row!);
    });
    const { rows, entries } = await readHeldEntries(db);
    const before = InProcessWorker.started.length;
    await buildSearchIndex(entries, { source: indexSource(rows) });
    expect(InProcessWorker.started.length).toBe(before + 1);
  });
});

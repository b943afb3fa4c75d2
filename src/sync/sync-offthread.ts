// Runs a catalogue's sync in a worker where the browser has them, so hashing, parsing, the schema
// check and the write of thousands of offers never block input; on this thread where it has none
// (node and jsdom tests) or the worker cannot start: the same syncCatalogue either way.
import { expectAhead } from '../catalogue/search-async.ts';
import type { PrebuiltIndex } from '../catalogue/search-prebuild.ts';
import type { TrustedKey } from '../catalogue/signing.ts';
import { SyncError, type SyncErrorCode } from './errors.ts';
import type { SyncPlan } from './plan.ts';
import { syncCatalogue, type SyncOptions, type SyncResult } from './sync.ts';

export type ToSyncWorker =
  | { type: 'sync'; dbName: string; catalogueId: string; base: string; builtInKeys?: TrustedKey[]; preferSnapshot?: boolean; timeoutMs?: number }
  | { type: 'abort' };

export type FromSyncWorker =
  | { type: 'ready' }
  | { type: 'download'; plan: Extract<SyncPlan, { kind: 'snapshot' | 'deltas' }> }
  /** The worker started building the index of what it is writing, to be read as `source`. */
  | { type: 'ahead'; source: string }
  | { type: 'index'; source: string; index: PrebuiltIndex | undefined }
  | { type: 'done'; result: SyncResult }
  | { type: 'failed'; code: SyncErrorCode; message: string };

/** The worker never ran (module workers unsupported, script blocked or not cached offline). */
class NotStarted extends Error {}

function inWorker(catalogueId: string, opts: SyncOptions): Promise<SyncResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module', name: 'sync' });
    let started = false;
    const pendingIndexes = new Map<string, (index: PrebuiltIndex | undefined) => void>();
    const abort = () => worker.postMessage({ type: 'abort' } satisfies ToSyncWorker);
    const end = () => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', abort);
      // a reader waiting for an index the worker never sent builds its own
      for (const give of pendingIndexes.values()) give(undefined);
    };
    worker.onmessage = (e: MessageEvent<FromSyncWorker>) => {
      const m = e.data;
      if (m.type === 'ready') {
        started = true;
        const { db, base, builtInKeys, preferSnapshot, timeoutMs } = opts;
        worker.postMessage({ type: 'sync', dbName: db.name, catalogueId, base, builtInKeys, preferSnapshot, timeoutMs } satisfies ToSyncWorker);
      } else if (m.type === 'download') opts.onDownload?.(m.plan);
      else if (m.type === 'ahead') expectAhead(m.source, new Promise((give) => pendingIndexes.set(m.source, give)));
      else if (m.type === 'index') {
        pendingIndexes.get(m.source)?.(m.index);
        pendingIndexes.delete(m.source);
      } else if (m.type === 'done') {
        end();
        resolve(m.result);
      } else {
        end();
        reject(new SyncError(m.code, m.message.replace(`${m.code}: `, '')));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end();
      reject(started ? new SyncError('storage', `the sync worker failed: ${e.message}`) : new NotStarted(e.message || 'the sync worker did not start'));
    };
    if (opts.signal?.aborted) abort();
    else opts.signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * syncCatalogue off the main thread when it can be: in a browser with workers, and with the
 * network and clock of the browser itself (a fetch or clock given by a test stays on this thread).
 */
export async function syncOffThread(catalogueId: string, opts: SyncOptions): Promise<SyncResult> {
  if (typeof Worker === 'undefined' || opts.fetch || opts.now) return syncCatalogue(catalogueId, opts);
  try {
    return await inWorker(catalogueId, opts);
  } catch (err) {
    if (!(err instanceof NotStarted)) throw err;
    console.warn('sync runs on the main thread:', err.message);
    return syncCatalogue(catalogueId, opts);
  }
}

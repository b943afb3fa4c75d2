// Worker entry: one catalogue's whole sync (download, hash and signature checks, JSON and schema
// parsing, the write) off the main thread, so a new version arriving while someone types never freezes the UI.
import { onBuildAhead } from '../catalogue/search-async.ts';
import { transferablesOf } from '../catalogue/search-prebuild.ts';
import { AppDatabase } from '../storage/db.ts';
import { SyncError } from './errors.ts';
import type { FromSyncWorker, ToSyncWorker } from './sync-offthread.ts';
import { syncCatalogue } from './sync.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToSyncWorker>) => void) | null;
  postMessage(message: FromSyncWorker, transfer?: Transferable[]): void;
};
const post = (message: FromSyncWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const controller = new AbortController();

async function run(request: Extract<ToSyncWorker, { type: 'sync' }>): Promise<void> {
  // the index built while the catalogue is written goes to the main thread, which searches it
  const handedOver: Promise<void>[] = [];
  onBuildAhead((source, prebuilt) => {
    post({ type: 'ahead', source });
    handedOver.push(prebuilt.then((index) => post({ type: 'index', source, index }, index ? transferablesOf(index) : [])));
  });
  const db = new AppDatabase(request.dbName);
  try {
    const result = await syncCatalogue(request.catalogueId, {
      db,
      base: request.base,
      signal: controller.signal,
      builtInKeys: request.builtInKeys,
      preferSnapshot: request.preferSnapshot,
      onDownload: (plan) => post({ type: 'download', plan }),
    });
    await Promise.all(handedOver);
    post({ type: 'done', result });
  } catch (err) {
    const code = err instanceof SyncError ? err.code : 'storage';
    post({ type: 'failed', code, message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
}

scope.onmessage = (e) => {
  if (e.data.type === 'abort') controller.abort();
  else void run(e.data);
};
post({ type: 'ready' });

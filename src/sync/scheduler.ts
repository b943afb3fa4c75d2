// Keeps every followed catalogue current while the app is open: at start, when the browser comes
// back online, and every few minutes, backing off after failures so a broken server is not hammered.
import type { TrustedKey } from '../catalogue/signing.ts';
import { readSyncState, removeCatalogue, writeSyncState } from '../storage/catalogueStore.ts';
import { appDb, type AppDatabase } from '../storage/db.ts';
import { getSetting, setSetting } from '../storage/settings.ts';
import { fetchCatalogueIndex, resolveBaseUrl } from './catalogueIndex.ts';
import { SyncError } from './errors.ts';
import type { FetchLike } from './fetcher.ts';
import { notifyCataloguesChanged, syncStatus, type CatalogueSyncStatus, type Store, type SyncStatus } from './status.ts';
import { syncOffThread } from './sync-offthread.ts';

export const CHECK_INTERVAL_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** Exponential backoff with ±20 % jitter, so many phones do not retry in step. */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const plain = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}

export interface SchedulerOptions {
  db: AppDatabase;
  status?: Store<SyncStatus>;
  fetch?: FetchLike;
  now?: () => Date;
  random?: () => number;
  builtInKeys?: TrustedKey[];
  intervalMs?: number;
}

/** The catalogues to keep: the user's choice, or everything offered (and held) until they choose. */
async function followedIds(db: AppDatabase, base: string, fetch: FetchLike | undefined, signal: AbortSignal): Promise<{ ids: string[]; offline?: boolean }> {
  const chosen = await getSetting(db, 'followedCatalogues');
  if (chosen) return { ids: chosen };
  const held = (await db.catalogues.toCollection().primaryKeys()) as string[];
  try {
    const offered = (await fetchCatalogueIndex(base, { fetch, signal })).map((c) => c.id);
    return { ids: [...new Set([...offered, ...held])], offline: false };
  } catch (err) {
    return { ids: held, offline: err instanceof SyncError && err.code === 'offline' };
  }
}

/** Reads what the device holds into the status store. */
export async function loadStatus(db: AppDatabase, now: Date): Promise<CatalogueSyncStatus[]> {
  const [rows, states] = await Promise.all([db.catalogues.toArray(), db.syncState.toArray()]);
  const ids = [...new Set([...rows.map((r) => r.catalogue_id), ...states.map((s) => s.catalogue_id)])].sort();
  return ids.map((catalogueId) => {
    const row = rows.find((r) => r.catalogue_id === catalogueId);
    const state = states.find((s) => s.catalogue_id === catalogueId);
    const error = state?.last_error;
    return {
      catalogueId,
      version: row?.version,
      publishedAt: row?.published_at,
      lastCheckedAt: state?.last_checked_at,
      expired: row ? Date.parse(row.expires_at) <= now.getTime() : false,
      error: error && error !== 'offline' ? (error as CatalogueSyncStatus['error']) : undefined,
    };
  });
}

export class SyncScheduler {
  readonly status: Store<SyncStatus>;
  private readonly opts: SchedulerOptions;
  private controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private queuedForce = false;
  private lastRunAt = 0;
  private stopped = true;

  constructor(opts: SchedulerOptions) {
    this.opts = opts;
    this.status = opts.status ?? syncStatus;
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  private readonly onOnline = () => void this.run(true);
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible' && this.now().getTime() - this.lastRunAt >= (this.opts.intervalMs ?? CHECK_INTERVAL_MS)) void this.run(false);
  };

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.controller = new AbortController();
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisible);
    void this.run(true);
  }

  stop(): void {
    this.stopped = true;
    this.controller.abort();
    clearTimeout(this.timer);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Syncs every followed catalogue; `force` ignores backoff (start, back online, user asked). */
  run(force: boolean): Promise<void> {
    if (this.running) {
      // a request during a run (back online, a new choice of catalogues) gets a run of its own
      this.queuedForce ||= force;
      this.queued ??= this.running.then(() => {
        const queuedForce = this.queuedForce;
        this.queued = undefined;
        this.queuedForce = false;
        return this.run(queuedForce);
      });
      return this.queued;
    }
    this.running = this.runOnce(force).finally(() => {
      this.running = undefined;
      void this.scheduleNext();
    });
    return this.running;
  }

  private async runOnce(force: boolean): Promise<void> {
    const { db, fetch, builtInKeys } = this.opts;
    const signal = this.controller.signal;
    this.lastRunAt = this.now().getTime();
    this.status.update({ checking: true });
    const changed: string[] = [];
    let offline: boolean | undefined;
    let lastError: SyncStatus['lastError'];
    try {
      this.status.update({ catalogues: await loadStatus(db, this.now()) });
      const base = await resolveBaseUrl(db);
      const followed = await followedIds(db, base, fetch, signal);
      offline = followed.offline;
      for (const id of followed.ids) {
        if (signal.aborted) break;
        const state = await readSyncState(db, id);
        if (!force && state.next_retry_at && Date.parse(state.next_retry_at) > this.now().getTime()) continue;
        try {
          const preferSnapshot = state.last_error === 'broken-chain' || state.last_error === 'invalid-record';
          const now = this.opts.now && (() => this.now());
          const result = await syncOffThread(id, { db, base, fetch, signal, builtInKeys, now, preferSnapshot, onDownload: () => this.status.update({ updating: true }) });
          offline = false;
          if (result.outcome === 'updated') changed.push(id);
        } catch (err) {
          const error = err instanceof SyncError ? err : new SyncError('storage', String(err), { cause: err });
          if (error.code === 'aborted') break;
          console.warn(`sync of ${id} failed`, error);
          offline = error.code === 'offline' && offline !== false;
          if (error.code !== 'offline') lastError = error.code;
          const failures = state.failures + 1;
          await writeSyncState(db, {
            ...state,
            failures,
            last_error: error.code,
            next_retry_at: new Date(this.now().getTime() + retryDelay(failures, this.opts.random)).toISOString(),
          });
        } finally {
          this.status.update({ updating: false });
        }
      }
    } finally {
      const catalogues = await loadStatus(db, this.now());
      this.status.set({
        ...this.status.get(),
        catalogues,
        checking: false,
        updating: false,
        offline: offline ?? this.status.get().offline,
        lastError: signal.aborted ? this.status.get().lastError : lastError,
      });
      notifyCataloguesChanged(changed);
    }
  }

  /** Wakes at the next periodic check or the earliest retry, whichever comes first. */
  private async scheduleNext(): Promise<void> {
    if (this.stopped) return;
    const now = this.now().getTime();
    let wake = now + (this.opts.intervalMs ?? CHECK_INTERVAL_MS);
    for (const s of await this.opts.db.syncState.toArray()) if (s.next_retry_at) wake = Math.min(wake, Date.parse(s.next_retry_at));
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(false), Math.max(1_000, wake - now));
  }
}

let active: SyncScheduler | undefined;
let persistAsked = false;

/** Asks once that the browser keep our storage even when the disk runs low. */
function askPersistentStorage(): void {
  if (persistAsked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  persistAsked = true;
  navigator.storage.persist().catch(() => undefined);
}

/** Starts syncing followed catalogues in the background; returns the function that stops it. */
export function startSync(db: AppDatabase = appDb()): () => void {
  askPersistentStorage();
  const scheduler = new SyncScheduler({ db });
  active?.stop();
  active = scheduler;
  scheduler.start();
  return () => {
    scheduler.stop();
    if (active === scheduler) active = undefined;
  };
}

/** Checks now, ignoring backoff (a "check for updates" button, or after changing what to follow). */
export function syncNow(): Promise<void> {
  return active?.run(true) ?? Promise.resolve();
}

/**
 * Remembers which catalogues to follow, deletes what is held for any other, and syncs the rest.
 */
export async function followCatalogues(ids: string[], db: AppDatabase = appDb(), scheduler: SyncScheduler | undefined = active): Promise<void> {
  const keep = new Set(ids);
  const held = (await db.catalogues.toCollection().primaryKeys()) as string[];
  const states = (await db.syncState.toCollection().primaryKeys()) as string[];
  const dropped = [...new Set([...held, ...states])].filter((id) => !keep.has(id));
  await setSetting(db, 'followedCatalogues', [...keep]);
  for (const id of dropped) await removeCatalogue(db, id);
  const status = scheduler?.status ?? syncStatus;
  status.update({ catalogues: await loadStatus(db, new Date()) });
  notifyCataloguesChanged(dropped);
  if (scheduler) await scheduler.run(true);
}

// A tiny observable of what the sync knows, read by the banner and settings through
// useSyncExternalStore; plus the signal that a catalogue changed so search can rebuild its index.
import type { SyncErrorCode } from './errors.ts';

export interface CatalogueSyncStatus {
  catalogueId: string;
  /** The version held on this device, if any. */
  version?: number;
  publishedAt?: string;
  lastCheckedAt?: string;
  /** The held version is past the publisher's expiry date; it is still used. */
  expired: boolean;
  error?: SyncErrorCode;
}

export interface SyncStatus {
  catalogues: CatalogueSyncStatus[];
  /** Asking the server whether anything changed. */
  checking: boolean;
  /** A new version is being downloaded. */
  updating: boolean;
  /** The last attempt to reach the server failed before any answer. */
  offline: boolean;
  /** The reason the last sync failed, if it did (other than being offline). */
  lastError?: SyncErrorCode;
}

export const EMPTY_STATUS: SyncStatus = { catalogues: [], checking: false, updating: false, offline: false };

export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    update(patch) {
      if (Object.entries(patch).every(([k, v]) => (value as Record<string, unknown>)[k] === v)) return;
      this.set({ ...value, ...patch });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app-wide sync status. */
export const syncStatus = createStore<SyncStatus>(EMPTY_STATUS);

type UpdateListener = (catalogueIds: string[]) => void;
const updateListeners = new Set<UpdateListener>();

/** Called after catalogues were replaced or removed on this device, e.g. to rebuild a search index. */
export function onCataloguesChanged(listener: UpdateListener): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}

export function notifyCataloguesChanged(catalogueIds: string[]): void {
  if (catalogueIds.length === 0) return;
  for (const l of [...updateListeners]) {
    try {
      l(catalogueIds);
    } catch (err) {
      console.error('a catalogue change listener failed', err);
    }
  }
}

/** The oldest publish date among held catalogues: what "showing the catalogue as of" means. */
export function heldAsOf(status: SyncStatus): string | undefined {
  const dates = status.catalogues.map((c) => c.publishedAt).filter((d): d is string => !!d);
  return dates.sort()[0];
}

/** The most recent successful check of any catalogue. */
export function lastChecked(status: SyncStatus): string | undefined {
  const dates = status.catalogues.map((c) => c.lastCheckedAt).filter((d): d is string => !!d);
  return dates.sort().at(-1);
}

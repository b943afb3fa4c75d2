// The sync status for React: re-renders when the scheduler learns something new.
import { useSyncExternalStore } from 'react';
import { syncStatus, type SyncStatus } from '../sync/status.ts';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(syncStatus.subscribe, syncStatus.get, syncStatus.get);
}

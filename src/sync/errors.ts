// Every way a sync can fail, as one typed error, so the UI can show a plain translated reason
// and the scheduler can decide how to retry without parsing messages.
export const SYNC_ERROR_CODES = [
  'offline',
  'http',
  'bad-manifest',
  'bad-signature',
  'unknown-key',
  'rollback',
  'hash-mismatch',
  'invalid-record',
  'broken-chain',
  'quota',
  'storage',
  'aborted',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export class SyncError extends Error {
  readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.name = 'SyncError';
    this.code = code;
  }
}

export function isSyncErrorCode(value: unknown): value is SyncErrorCode {
  return typeof value === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(value);
}

function errorName(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : undefined;
}

/** True for a storage-full error, whether raw from IndexedDB or wrapped by Dexie. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    if (errorName(e) === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Names a failed fetch: a cancelled one is "aborted"; anything else that threw before a
 * response (DNS, cut connection, timeout) counts as "offline", whatever navigator.onLine says.
 */
export function networkError(err: unknown, signal: AbortSignal | undefined, what: string): SyncError {
  if (err instanceof SyncError) return err;
  if (signal?.aborted) return new SyncError('aborted', `${what} cancelled`, { cause: err });
  return new SyncError('offline', `${what} failed: ${String(err)}`, { cause: err });
}

/** Turns any failure during the write into a SyncError, telling a full disk apart. */
export function storageError(err: unknown): SyncError {
  if (err instanceof SyncError) return err;
  if (isQuotaError(err)) return new SyncError('quota', 'no room left on the device', { cause: err });
  return new SyncError('storage', String(err), { cause: err });
}

// The network side of a sync: requests with a time limit and cancellation, and files checked
// against the size and sha256 the signed manifest promises before anything trusts their bytes.
import { sha256Hex } from '../catalogue/signing.ts';
import { networkError, SyncError } from './errors.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A stalled exchange on a weak signal counts as offline after this long. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface FetchContext {
  fetch: FetchLike;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface Fetched {
  status: number;
  etag?: string;
  /** The body of a 2xx answer; undefined for anything else. */
  bytes?: Uint8Array;
}

/**
 * One request and its whole body under the caller's cancel and a time limit, so a connection
 * that drops or stalls mid-download ends as "offline" (or "aborted"), never as a hang.
 */
export async function exchange(ctx: FetchContext, url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  if (ctx.signal?.aborted) throw new SyncError('aborted', `${url} cancelled`);
  // one controller for both (AbortSignal.any is too new for older iPhones)
  const controller = new AbortController();
  const cancel = () => controller.abort(ctx.signal?.reason);
  ctx.signal?.addEventListener('abort', cancel);
  const timer = setTimeout(() => controller.abort(new DOMException('request timed out', 'TimeoutError')), ctx.timeoutMs ?? REQUEST_TIMEOUT_MS);
  try {
    const response = await ctx.fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
    const etag = response.headers.get('ETag') ?? undefined;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, etag };
    }
    return { status: response.status, etag, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (err) {
    throw networkError(err, ctx.signal, url);
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener('abort', cancel);
  }
}

export function parseJson(bytes: Uint8Array, url: string, code: 'invalid-record' | 'bad-manifest' = 'invalid-record'): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new SyncError(code, `${url} is not JSON`, { cause: err });
  }
}

async function body(ctx: FetchContext, url: string): Promise<Uint8Array> {
  const { status, bytes } = await exchange(ctx, url);
  if (!bytes) throw new SyncError('http', `${url} answered ${status}`);
  return bytes;
}

/** A small JSON document whose integrity a signature or schema checks afterwards. */
export async function fetchJson(ctx: FetchContext, url: string): Promise<unknown> {
  return parseJson(await body(ctx, url), url, 'bad-manifest');
}

/** An immutable file named in a manifest: its bytes must match size and hash exactly. */
export async function fetchVerified(ctx: FetchContext, url: string, expected: { sha256: string; size: number }): Promise<unknown> {
  const bytes = await body(ctx, url);
  if (bytes.byteLength !== expected.size) throw new SyncError('hash-mismatch', `${url} has ${bytes.byteLength} bytes, manifest says ${expected.size}`);
  if ((await sha256Hex(bytes)) !== expected.sha256) throw new SyncError('hash-mismatch', `${url} does not match its sha256`);
  return parseJson(bytes, url);
}

// The network side of a sync: requests with a time limit and cancellation, and files checked
// against the size and sha256 the signed manifest promises before anything trusts their bytes.
import { sha256Hex } from '../catalogue/signing.ts';
import { networkError, SyncError } from './errors.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A stalled request on a weak signal counts as offline after this long. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface FetchContext {
  fetch: FetchLike;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One request that turns every failure before a response into "offline" or "aborted". */
export async function request(ctx: FetchContext, url: string, init: RequestInit = {}): Promise<Response> {
  if (ctx.signal?.aborted) throw new SyncError('aborted', `${url} cancelled`);
  const timeout = AbortSignal.timeout(ctx.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  try {
    return await ctx.fetch(url, { ...init, signal, cache: 'no-store' });
  } catch (err) {
    throw networkError(err, ctx.signal, url);
  }
}

async function readBody(ctx: FetchContext, response: Response, url: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    throw networkError(err, ctx.signal, url);
  }
}

function parseJson(bytes: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new SyncError('invalid-record', `${url} is not JSON`, { cause: err });
  }
}

function requireOk(response: Response, url: string): void {
  if (!response.ok) throw new SyncError('http', `${url} answered ${response.status}`);
}

/** A small JSON document whose integrity a signature or schema checks afterwards. */
export async function fetchJson(ctx: FetchContext, url: string): Promise<unknown> {
  const response = await request(ctx, url);
  requireOk(response, url);
  return parseJson(await readBody(ctx, response, url), url);
}

/** An immutable file named in a manifest: its bytes must match size and hash exactly. */
export async function fetchVerified(ctx: FetchContext, url: string, expected: { sha256: string; size: number }): Promise<unknown> {
  const response = await request(ctx, url);
  requireOk(response, url);
  const bytes = await readBody(ctx, response, url);
  if (bytes.byteLength !== expected.size) throw new SyncError('hash-mismatch', `${url} has ${bytes.byteLength} bytes, manifest says ${expected.size}`);
  if ((await sha256Hex(bytes)) !== expected.sha256) throw new SyncError('hash-mismatch', `${url} does not match its sha256`);
  return parseJson(bytes, url);
}

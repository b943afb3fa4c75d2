// Brings one followed catalogue up to the newest signed version, or leaves it exactly as it was:
// every byte is fetched and checked first, then one transaction swaps the whole catalogue.
import type { z } from 'zod';
import { applyDelta } from '../catalogue/delta.ts';
import { keyList } from '../catalogue/keys.ts';
import { deltaFile, manifest as manifestSchema, snapshotFile, type DeltaFile, type Manifest } from '../catalogue/manifest.ts';
import { catalogueContent, type CatalogueContent } from '../catalogue/schema.ts';
import type { TrustedKey } from '../catalogue/signing.ts';
import { readHeldCatalogue, readSyncState, replaceCatalogue, writeSyncState } from '../storage/catalogueStore.ts';
import type { AppDatabase, SyncStateRow } from '../storage/db.ts';
import { SyncError, storageError } from './errors.ts';
import { exchange, fetchJson, fetchVerified, parseJson, type FetchContext, type FetchLike } from './fetcher.ts';
import { planSync, type SyncPlan } from './plan.ts';
import { builtInKeys, verifyTrusted, type TrustContext } from './trust.ts';

export interface SyncOptions {
  db: AppDatabase;
  /** Where `catalogues/` lives: "" for the app's own origin, or e.g. "https://cdn.example.org". */
  base: string;
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** Per request, body included; a stall longer than this counts as offline. */
  timeoutMs?: number;
  now?: () => Date;
  /** Defaults to the keys the app was built with. */
  builtInKeys?: TrustedKey[];
  /** Skip deltas, e.g. when the last chain could not be applied. */
  preferSnapshot?: boolean;
  /** Told once a new version is on its way, so the UI can say "updating". */
  onDownload?: (plan: Extract<SyncPlan, { kind: 'snapshot' | 'deltas' }>) => void;
}

export interface SyncResult {
  catalogueId: string;
  /** unchanged: the server answered 304 · current: already held · updated: a new version applied. */
  outcome: 'unchanged' | 'current' | 'updated';
  version: number;
  /** The held version is past its expiry: still shown, but the publisher has not confirmed it. */
  expired: boolean;
  plan?: SyncPlan['kind'];
  bytes: number;
}

export function catalogueUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/catalogues/${path}`;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, code: 'bad-manifest' | 'invalid-record', what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SyncError(code, `${what}: ${parsed.error.message}`);
  return parsed.data;
}

/** A manifest fetched with If-None-Match; undefined when the server says nothing changed. */
async function fetchManifest(net: FetchContext, url: string, etag: string | undefined): Promise<{ manifest: Manifest; etag?: string } | undefined> {
  const answer = await exchange(net, url, etag ? { 'If-None-Match': etag } : {});
  if (answer.status === 304 && etag) return undefined;
  if (!answer.bytes) throw new SyncError('http', `${url} answered ${answer.status}`);
  return { manifest: parseOrThrow(manifestSchema, parseJson(answer.bytes, url, 'bad-manifest'), 'bad-manifest', url), etag: answer.etag };
}

/** Fetches and checks every file of the plan, then builds the new content in memory. */
async function downloadContent(
  net: FetchContext,
  opts: SyncOptions,
  catalogueId: string,
  plan: Extract<SyncPlan, { kind: 'snapshot' | 'deltas' }>,
): Promise<CatalogueContent> {
  const fileUrl = (name: string) => catalogueUrl(opts.base, `${encodeURIComponent(catalogueId)}/${name}`);
  if (plan.kind === 'snapshot') {
    const raw = await fetchVerified(net, fileUrl(plan.snapshot.url), plan.snapshot);
    const file = parseOrThrow(snapshotFile, raw, 'invalid-record', plan.snapshot.url);
    if (file.catalogue_id !== catalogueId || file.version !== plan.version || file.content.catalogue.id !== catalogueId)
      throw new SyncError('invalid-record', `${plan.snapshot.url} is not ${catalogueId} version ${plan.version}`);
    return file.content;
  }
  const files: DeltaFile[] = [];
  for (const ref of plan.deltas) {
    const raw = await fetchVerified(net, fileUrl(ref.url), ref);
    const file = parseOrThrow(deltaFile, raw, 'invalid-record', ref.url);
    if (file.catalogue_id !== catalogueId || file.from !== ref.from || file.to !== ref.to)
      throw new SyncError('broken-chain', `${ref.url} holds ${file.from}→${file.to}, manifest says ${ref.from}→${ref.to}`);
    files.push(file);
  }
  const held = await readHeldCatalogue(opts.db, catalogueId);
  if (!held || held.row.version !== plan.deltas[0].from) throw new SyncError('broken-chain', `the chain does not start at the held version`);
  const result = files.reduce(applyDelta, held.content);
  return parseOrThrow(catalogueContent, result, 'invalid-record', `${catalogueId} after deltas`);
}

/**
 * Syncs one catalogue. Throws a SyncError and changes no content on any failure; the caller
 * (the scheduler) records failures and retries.
 */
export async function syncCatalogue(catalogueId: string, opts: SyncOptions): Promise<SyncResult> {
  const now = opts.now ?? (() => new Date());
  const net: FetchContext = { fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)), signal: opts.signal, timeoutMs: opts.timeoutMs };
  const trust: TrustContext = {
    db: opts.db,
    builtIn: opts.builtInKeys ?? builtInKeys(),
    loadKeyList: async () => parseOrThrow(keyList, await fetchJson(net, catalogueUrl(opts.base, 'keys.json')), 'bad-manifest', 'keys.json'),
  };
  const [state, heldRow] = await Promise.all([readSyncState(opts.db, catalogueId), opts.db.catalogues.get(catalogueId)]);
  const checked = (): SyncStateRow => ({ ...state, last_checked_at: now().toISOString(), failures: 0, last_error: undefined, next_retry_at: undefined });

  const fetched = await fetchManifest(net, catalogueUrl(opts.base, `${encodeURIComponent(catalogueId)}/manifest.json`), heldRow ? state.etag : undefined);
  if (!fetched) {
    await writeSyncState(opts.db, checked());
    return { catalogueId, outcome: 'unchanged', version: heldRow!.version, expired: Date.parse(heldRow!.expires_at) <= now().getTime(), bytes: 0 };
  }
  const { manifest } = fetched;
  if (manifest.catalogue_id !== catalogueId) throw new SyncError('bad-manifest', `manifest names ${manifest.catalogue_id}, not ${catalogueId}`);
  await verifyTrusted(trust, manifest);

  const plan = planSync(heldRow?.version, manifest, now(), { preferSnapshot: opts.preferSnapshot });
  if (plan.kind === 'rollback') throw new SyncError('rollback', `server offers version ${plan.version}, device holds ${plan.held}`);
  if (plan.kind === 'nothing') {
    await writeSyncState(opts.db, { ...checked(), etag: fetched.etag });
    return { catalogueId, outcome: 'current', version: plan.version, expired: plan.expired, plan: plan.kind, bytes: 0 };
  }
  opts.onDownload?.(plan);
  const content = await downloadContent(net, opts, catalogueId, plan);
  if (opts.signal?.aborted) throw new SyncError('aborted', `sync of ${catalogueId} cancelled`);

  const facts = {
    version: manifest.version,
    published_at: manifest.published_at,
    expires_at: manifest.expires_at,
    snapshot_sha256: manifest.snapshot.sha256,
    applied_at: now().toISOString(),
  };
  try {
    await replaceCatalogue(opts.db, catalogueId, content, facts, { ...checked(), etag: fetched.etag });
  } catch (err) {
    throw storageError(err);
  }
  return { catalogueId, outcome: 'updated', version: manifest.version, expired: plan.expired, plan: plan.kind, bytes: plan.bytes };
}

// Decides which signing keys this device trusts: the keys the app was built with plus keys pinned
// on first use or added later through an endorsement by a key already trusted (key rotation).
import { z } from 'zod';
import { extendTrust, type KeyList } from '../catalogue/keys.ts';
import type { Manifest } from '../catalogue/manifest.ts';
import { verifyManifest, type TrustedKey } from '../catalogue/signing.ts';
import type { AppDatabase } from '../storage/db.ts';
import { getSetting, setSetting } from '../storage/settings.ts';
import { SyncError } from './errors.ts';

const trustedKeys = z.array(z.object({ kid: z.string().min(1), jwk: z.record(z.string(), z.unknown()) }));

/** Keys from `VITE_TRUSTED_KEYS` (a JSON array of {kid, jwk}); none when unset or unreadable. */
export function builtInKeys(raw: string | undefined = import.meta.env.VITE_TRUSTED_KEYS): TrustedKey[] {
  if (!raw) return [];
  try {
    return trustedKeys.parse(JSON.parse(raw)) as TrustedKey[];
  } catch {
    console.error('VITE_TRUSTED_KEYS is not a JSON array of {kid, jwk}; ignoring it');
    return [];
  }
}

export interface TrustContext {
  db: AppDatabase;
  builtIn: TrustedKey[];
  /** Fetches and parses `/catalogues/keys.json`; throws a SyncError when it cannot. */
  loadKeyList: () => Promise<KeyList>;
}

function union(a: TrustedKey[], b: TrustedKey[]): TrustedKey[] {
  return [...a, ...b.filter((k) => !a.some((t) => t.kid === k.kid))];
}

export async function pinnedKeys(db: AppDatabase): Promise<TrustedKey[]> {
  return (await getSetting(db, 'pinnedKeys')) ?? [];
}

/**
 * The keys trusted now. With nothing built in and nothing pinned, the published key list is
 * pinned as it stands (trust on first use); afterwards it can only grow through endorsements.
 */
export async function currentTrust(ctx: TrustContext): Promise<TrustedKey[]> {
  const pinned = await pinnedKeys(ctx.db);
  if (ctx.builtIn.length > 0 || pinned.length > 0) return union(ctx.builtIn, pinned);
  const published = await ctx.loadKeyList();
  const first = published.keys.map(({ kid, jwk }) => ({ kid, jwk }));
  if (first.length === 0) throw new SyncError('unknown-key', 'the server publishes no signing keys');
  await setSetting(ctx.db, 'pinnedKeys', first);
  return union(ctx.builtIn, first);
}

/** Adds every newly published key that a trusted key endorses, and remembers them. */
export async function refreshTrust(ctx: TrustContext, trusted: TrustedKey[]): Promise<TrustedKey[]> {
  const grown = await extendTrust(trusted, await ctx.loadKeyList());
  if (grown.length > trusted.length) {
    const pinned = await pinnedKeys(ctx.db);
    const added = grown.filter((k) => !trusted.some((t) => t.kid === k.kid));
    await setSetting(ctx.db, 'pinnedKeys', union(pinned, added));
  }
  return grown;
}

/**
 * Refuses a manifest unless a trusted key signed it. A key id we do not know yet sends us to the
 * key list once, in case the server rotated to a key that a trusted key endorsed.
 */
export async function verifyTrusted(ctx: TrustContext, manifest: Manifest): Promise<void> {
  let trusted = await currentTrust(ctx);
  if (!trusted.some((k) => k.kid === manifest.key_id)) trusted = await refreshTrust(ctx, trusted);
  if (!trusted.some((k) => k.kid === manifest.key_id)) throw new SyncError('unknown-key', `key ${manifest.key_id} is not trusted`);
  if (!(await verifyManifest(manifest, trusted))) throw new SyncError('bad-signature', `manifest for ${manifest.catalogue_id} fails its signature`);
}

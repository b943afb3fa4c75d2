// Chooses what to download for one catalogue from a verified manifest: nothing, the snapshot, or
// the cheapest unbroken chain of deltas. Pure, so every path can be tested without network.
import type { DeltaRef, Manifest } from '../catalogue/manifest.ts';

export type SyncPlan =
  | { kind: 'nothing'; version: number; expired: boolean }
  | { kind: 'snapshot'; version: number; expired: boolean; snapshot: Manifest['snapshot']; bytes: number }
  | { kind: 'deltas'; version: number; expired: boolean; deltas: DeltaRef[]; bytes: number }
  | { kind: 'rollback'; version: number; held: number };

export interface PlanOptions {
  /** Skip deltas, e.g. after a chain failed to apply. */
  preferSnapshot?: boolean;
}

export function isExpired(manifest: Pick<Manifest, 'expires_at'>, now: Date): boolean {
  return Date.parse(manifest.expires_at) <= now.getTime();
}

/**
 * The cheapest path of deltas from `held` to `target`, or undefined when none exists. Deltas only
 * move forward, so one pass over versions in ascending order finds the cheapest path.
 */
export function cheapestChain(deltas: readonly DeltaRef[], held: number, target: number): DeltaRef[] | undefined {
  const best = new Map<number, { bytes: number; via?: DeltaRef }>([[held, { bytes: 0 }]]);
  const usable = deltas.filter((d) => d.from >= held && d.to <= target && d.from < d.to).sort((a, b) => a.from - b.from);
  for (const d of usable) {
    const start = best.get(d.from);
    if (!start) continue;
    const bytes = start.bytes + d.size;
    const known = best.get(d.to);
    if (!known || bytes < known.bytes) best.set(d.to, { bytes, via: d });
  }
  if (!best.has(target)) return undefined;
  const chain: DeltaRef[] = [];
  for (let v = target; v !== held; ) {
    const via = best.get(v)!.via!;
    chain.unshift(via);
    v = via.from;
  }
  return chain;
}

export function planSync(held: number | undefined, manifest: Manifest, now: Date, options: PlanOptions = {}): SyncPlan {
  const version = manifest.version;
  const expired = isExpired(manifest, now);
  if (held !== undefined && version < held) return { kind: 'rollback', version, held };
  if (held === version) return { kind: 'nothing', version, expired };
  const snapshot = { kind: 'snapshot', version, expired, snapshot: manifest.snapshot, bytes: manifest.snapshot.size } as const;
  if (held === undefined || options.preferSnapshot) return snapshot;
  const chain = cheapestChain(manifest.deltas, held, version);
  if (!chain) return snapshot;
  const bytes = chain.reduce((sum, d) => sum + d.size, 0);
  return bytes < manifest.snapshot.size ? { kind: 'deltas', version, expired, deltas: chain, bytes } : snapshot;
}

// The download plan is pure: these pin down when deltas win, when the snapshot does, and refusals.
import { describe, expect, it } from 'vitest';
import type { DeltaRef, Manifest } from '../../src/catalogue/manifest.ts';
import { cheapestChain, planSync } from '../../src/sync/plan.ts';

const sha = 'a'.repeat(64);
const delta = (from: number, to: number, size: number): DeltaRef => ({ from, to, size, url: `delta-${from}-${to}.json`, sha256: sha });
const now = new Date('2026-11-23T12:00:00.000Z');

function manifest(version: number, deltas: DeltaRef[], snapshotSize = 1000, expires_at = '2027-01-01T00:00:00.000Z'): Manifest {
  return {
    format: 1,
    catalogue_id: 'aarhus',
    version,
    published_at: '2026-11-21T09:00:00.000Z',
    expires_at,
    snapshot: { url: `snapshot-${version}.json`, sha256: sha, size: snapshotSize },
    deltas,
    key_id: 'k',
    signature: 's',
  };
}

describe('planSync', () => {
  it('takes the snapshot when nothing is held', () => {
    expect(planSync(undefined, manifest(4, [delta(3, 4, 10)]), now)).toMatchObject({ kind: 'snapshot', version: 4, bytes: 1000 });
  });

  it('does nothing when the held version is current', () => {
    expect(planSync(4, manifest(4, []), now)).toEqual({ kind: 'nothing', version: 4, expired: false });
  });

  it('refuses a version lower than the one held', () => {
    expect(planSync(5, manifest(4, []), now)).toEqual({ kind: 'rollback', version: 4, held: 5 });
  });

  it('follows an unbroken chain when it is smaller than the snapshot', () => {
    const plan = planSync(2, manifest(4, [delta(1, 2, 50), delta(2, 3, 100), delta(3, 4, 100)]), now);
    expect(plan).toMatchObject({ kind: 'deltas', bytes: 200 });
    expect(plan.kind === 'deltas' && plan.deltas.map((d) => d.to)).toEqual([3, 4]);
  });

  it('takes the snapshot when the chain has a gap', () => {
    expect(planSync(1, manifest(4, [delta(1, 2, 10), delta(3, 4, 10)]), now).kind).toBe('snapshot');
  });

  it('takes the snapshot when the held version is older than every delta', () => {
    expect(planSync(1, manifest(30, Array.from({ length: 20 }, (_, i) => delta(i + 10, i + 11, 5))), now).kind).toBe('snapshot');
  });

  it('takes the snapshot when the chain is not smaller', () => {
    expect(planSync(2, manifest(4, [delta(2, 3, 500), delta(3, 4, 500)]), now).kind).toBe('snapshot');
    expect(planSync(2, manifest(4, [delta(2, 3, 499), delta(3, 4, 500)]), now).kind).toBe('deltas');
  });

  it('takes the snapshot when asked to, even if deltas would be cheaper', () => {
    expect(planSync(3, manifest(4, [delta(3, 4, 1)]), now, { preferSnapshot: true }).kind).toBe('snapshot');
  });

  it('flags an expired manifest without refusing it', () => {
    const old = manifest(4, [delta(3, 4, 1)], 1000, '2026-11-23T11:59:59.000Z');
    expect(planSync(3, old, now)).toMatchObject({ kind: 'deltas', expired: true });
    expect(planSync(4, old, now)).toMatchObject({ kind: 'nothing', expired: true });
  });
});

describe('cheapestChain', () => {
  it('prefers a cheaper skip delta over consecutive steps', () => {
    const chain = cheapestChain([delta(1, 2, 40), delta(2, 3, 40), delta(1, 3, 60)], 1, 3);
    expect(chain?.map((d) => `${d.from}-${d.to}`)).toEqual(['1-3']);
  });

  it('ignores deltas that go backwards or past the target', () => {
    expect(cheapestChain([delta(2, 1, 1), delta(1, 4, 1)], 1, 3)).toBeUndefined();
    expect(cheapestChain([], 3, 3)).toEqual([]);
  });
});

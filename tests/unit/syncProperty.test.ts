// Property tests over random edit histories: any chain of deltas rebuilds exactly the snapshot,
// and a device that syncs at random moments always ends holding exactly the newest version.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDelta, computeDelta } from '../../src/catalogue/delta.ts';
import { canonicalJson } from '../../src/catalogue/manifest.ts';
import type { CatalogueContent } from '../../src/catalogue/schema.ts';
import { readHeldCatalogue } from '../../src/storage/catalogueStore.ts';
import { syncCatalogue } from '../../src/sync/sync.ts';
import { BASE, dropDb, freshDevice, makeContent, makeOffer, makeOrganisation, normalised } from './syncFixtures.ts';

type Edit =
  | { op: 'add-offer'; org: number }
  | { op: 'remove-offer'; at: number }
  | { op: 'rename-offer'; at: number; name: string }
  | { op: 'ages'; at: number; min: number; span: number }
  | { op: 'add-organisation' }
  | { op: 'region'; region: string };

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('add-offer' as const), org: fc.nat() }),
  fc.record({ op: fc.constant('remove-offer' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('rename-offer' as const), at: fc.nat(), name: text }),
  fc.record({ op: fc.constant('ages' as const), at: fc.nat(), min: fc.integer({ min: 0, max: 18 }), span: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ op: fc.constant('add-organisation' as const) }),
  fc.record({ op: fc.constant('region' as const), region: text }),
);
/** Each version is a batch of edits on the one before. */
const history = fc.array(fc.array(edit, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

function applyEdits(content: CatalogueContent, edits: Edit[], ids: { next: number }): CatalogueContent {
  const c = structuredClone(content);
  for (const e of edits) {
    const at = 'at' in e && c.offers.length > 0 ? e.at % c.offers.length : -1;
    if (e.op === 'add-offer') c.offers.push(makeOffer(ids.next++, (e.org % c.organisations.length) + 1));
    else if (e.op === 'add-organisation') c.organisations.push(makeOrganisation(c.organisations.length + 1));
    else if (e.op === 'region') c.catalogue = { ...c.catalogue, region: e.region.trim() };
    else if (at < 0) continue;
    else if (e.op === 'remove-offer') c.offers.splice(at, 1);
    else if (e.op === 'rename-offer') c.offers[at] = { ...c.offers[at], name: { ...c.offers[at].name, da: e.name.trim() } };
    else c.offers[at] = { ...c.offers[at], minimum_age: e.min, maximum_age: e.min + e.span };
  }
  return c;
}

function versionsOf(batches: Edit[][]): CatalogueContent[] {
  const ids = { next: 100 };
  const versions = [makeContent('aarhus', 4, 2)];
  for (const batch of batches) versions.push(applyEdits(versions.at(-1)!, batch, ids));
  return versions;
}

describe('delta chains (property)', () => {
  it('applying every delta in turn gives exactly each snapshot', () => {
    fc.assert(
      fc.property(history, (batches) => {
        const versions = versionsOf(batches);
        let held = versions[0];
        for (let v = 1; v < versions.length; v++) {
          held = applyDelta(held, computeDelta({ version: v, content: versions[v - 1] }, { version: v + 1, content: versions[v] }));
          expect(canonicalJson(held)).toBe(canonicalJson(versions[v]));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('sync through random histories (property)', () => {
  it('a device syncing at random moments ends with exactly the newest snapshot', async () => {
    const plansSeen = new Set<string | undefined>();
    await fc.assert(
      fc.asyncProperty(history, fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), async (batches, syncAfter) => {
        const { db, pub } = await freshDevice();
        const sync = () => syncCatalogue('aarhus', { db, base: BASE, fetch: pub.fetch, now: () => pub.now, builtInKeys: [pub.signer] });
        try {
          const versions = versionsOf(batches);
          for (const [i, content] of versions.entries()) {
            await pub.publish(content, { keep: 3 });
            if (i === 0 || syncAfter[i]) plansSeen.add((await sync()).plan);
          }
          const result = await sync();
          expect(result.version).toBe(versions.length);
          const held = await readHeldCatalogue(db, 'aarhus');
          expect(normalised(held!.content)).toEqual(normalised(versions.at(-1)!));
          expect(held!.row.snapshot_sha256).toBe(pub.manifest!.snapshot.sha256);
        } finally {
          await dropDb(db);
        }
      }),
      { numRuns: 40 },
    );
    // the histories must have exercised both ways of updating
    expect(plansSeen).toContain('deltas');
    expect(plansSeen).toContain('snapshot');
  });
});

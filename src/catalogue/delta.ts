// Deltas let a phone fetch only what changed between two catalogue versions. Both sides use
// these pure functions, so "apply(diff(a, b)) equals b" can be tested once for both.
import type { CatalogueContent } from './schema.ts';
import { canonicalJson, type DeltaFile } from './manifest.ts';

type Keyed = { offers: 'id'; organisations: 'id'; needs: 'id'; places: 'postal_code' };
const KEYS: Keyed = { offers: 'id', organisations: 'id', needs: 'id', places: 'postal_code' };
type Collection = keyof Keyed;
const COLLECTIONS = Object.keys(KEYS) as Collection[];

function keyOf(collection: Collection, record: object): string {
  return (record as Record<string, string>)[KEYS[collection]];
}

/** Which records were added, changed or removed between two versions of a catalogue. */
export function computeDelta(
  from: { version: number; content: CatalogueContent },
  to: { version: number; content: CatalogueContent },
): DeltaFile {
  const delta: DeltaFile = {
    catalogue_id: to.content.catalogue.id,
    from: from.version,
    to: to.version,
    upsert: { offers: [], organisations: [], needs: [], places: [] },
    remove: { offers: [], organisations: [], needs: [], places: [] },
  };
  if (canonicalJson(from.content.catalogue) !== canonicalJson(to.content.catalogue)) delta.catalogue = to.content.catalogue;
  for (const c of COLLECTIONS) {
    const before = new Map<string, string>((from.content[c] as object[]).map((r) => [keyOf(c, r), canonicalJson(r)]));
    const afterKeys = new Set<string>();
    for (const r of to.content[c] as object[]) {
      const k = keyOf(c, r);
      afterKeys.add(k);
      if (before.get(k) !== canonicalJson(r)) (delta.upsert[c] as object[]).push(r);
    }
    for (const k of before.keys()) if (!afterKeys.has(k)) delta.remove[c].push(k);
  }
  return delta;
}

/** The catalogue after a delta. Keeps record order stable: survivors in place, new ones appended. */
export function applyDelta(content: CatalogueContent, delta: DeltaFile): CatalogueContent {
  const next = { ...content, catalogue: delta.catalogue ?? content.catalogue } as CatalogueContent;
  for (const c of COLLECTIONS) {
    const removed = new Set(delta.remove[c]);
    const upserts = new Map<string, object>((delta.upsert[c] as object[]).map((r) => [keyOf(c, r), r]));
    const kept = (content[c] as object[])
      .filter((r) => !removed.has(keyOf(c, r)))
      .map((r) => {
        const k = keyOf(c, r);
        const u = upserts.get(k);
        if (u) upserts.delete(k);
        return u ?? r;
      });
    (next as Record<Collection, object[]>)[c] = [...kept, ...upserts.values()];
  }
  return next;
}

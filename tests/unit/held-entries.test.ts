// After a sync the app reads what it just wrote from memory instead of from IndexedDB: that read
// must give exactly what a read from the database gives, once, and never for another write.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeCatalogue, replaceCatalogue, takeWrittenRecords } from '../../src/storage/catalogueStore.ts';
import type { AppDatabase } from '../../src/storage/db.ts';
import { readHeldEntries } from '../../src/storage/queries.ts';
import { deleteAllLocalData } from '../../src/storage/wipe.ts';
import { dropDb, freshDb, makeContent, makeOffer, makeOrganisation, versionFacts as facts } from './syncFixtures.ts';

/** Offers and organisations whose ids are out of key order (offer-10 before offer-2, ø after z). */
function unordered(id: string) {
  const content = makeContent(id, 12, 3);
  content.offers = [{ ...makeOffer(99, 2), id: 'øvrige' }, ...content.offers.reverse(), { ...makeOffer(98, 1), id: 'Zebra' }];
  content.organisations = [makeOrganisation(3), makeOrganisation(1), makeOrganisation(2)];
  return content;
}

let db: AppDatabase;
let reads = 0;
beforeEach(() => {
  db = freshDb();
  reads = 0;
  db.offers.hook('reading', (offer) => (reads++, offer));
});
afterEach(() => dropDb(db));

describe('reading the catalogues a sync just wrote', () => {
  it('gives the same entries and organisations, in the same key order, as reading them back, without reading', async () => {
    await replaceCatalogue(db, 'esslingen', unordered('esslingen'), facts(4));
    await replaceCatalogue(db, 'aarhus', unordered('aarhus'), facts(7));
    const fromMemory = await readHeldEntries(db);
    expect(reads).toBe(0);
    const fromDisk = await readHeldEntries(db);
    expect(reads).toBe(28);
    expect(fromMemory).toEqual(fromDisk);
    const ids = fromDisk.entries.filter((e) => e.catalogueId === 'aarhus').map((e) => e.offer.id);
    expect(ids.slice(0, 4)).toEqual(['Zebra', 'offer-1', 'offer-10', 'offer-11']);
    expect(ids.at(-1)).toBe('øvrige');
    expect(fromMemory.entries.map((e) => e.catalogueId).indexOf('esslingen')).toBe(14);
  });

  it('hands the records out once', async () => {
    await replaceCatalogue(db, 'aarhus', makeContent('aarhus', 5), facts(1));
    const row = (await db.catalogues.get('aarhus'))!;
    expect(takeWrittenRecords(db, row)?.offers).toHaveLength(5);
    expect(takeWrittenRecords(db, row)).toBeUndefined();
  });

  it('never hands out records for a version row another write made', async () => {
    await replaceCatalogue(db, 'aarhus', makeContent('aarhus', 5), facts(1));
    const row = (await db.catalogues.get('aarhus'))!;
    expect(takeWrittenRecords(db, { ...row, applied_at: '2026-11-02T10:00:00.000Z' })).toBeUndefined();
    expect(takeWrittenRecords(db, { ...row, version: 2 })).toBeUndefined();
    expect(takeWrittenRecords(db, { ...row, snapshot_sha256: 'other' })).toBeUndefined();
    expect(takeWrittenRecords(db, row)).toBeDefined();
  });

  it('hands out nothing after a failed replace: the version held before is read from the database', async () => {
    await replaceCatalogue(db, 'aarhus', makeContent('aarhus', 5), facts(1));
    const broken = makeContent('aarhus', 6);
    broken.offers[2] = { ...broken.offers[2], id: undefined as unknown as string };
    await expect(replaceCatalogue(db, 'aarhus', broken, facts(2, '2026-11-03T10:00:00.000Z'))).rejects.toThrow();
    const held = await readHeldEntries(db);
    expect(reads).toBe(5);
    expect(held.rows.map((r) => r.version)).toEqual([1]);
    expect(held.entries).toHaveLength(5);
  });

  it('forgets them when the catalogue is removed or all data is deleted', async () => {
    await replaceCatalogue(db, 'aarhus', makeContent('aarhus', 5), facts(1));
    const row = (await db.catalogues.get('aarhus'))!;
    await removeCatalogue(db, 'aarhus');
    expect(takeWrittenRecords(db, row)).toBeUndefined();
    await replaceCatalogue(db, 'aarhus', makeContent('aarhus', 5), facts(1));
    await deleteAllLocalData(db);
    expect(takeWrittenRecords(db, row)).toBeUndefined();
  });
});

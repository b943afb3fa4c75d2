// The main thread reads held catalogues back in slices (one short task each): the result must be
// exactly the one-transaction read, and a replace landing between slices must never mix two versions.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../src/catalogue/schema.ts';
import { forgetWrittenRecords, replaceCatalogue, type VersionFacts } from '../../src/storage/catalogueStore.ts';
import type { AppDatabase } from '../../src/storage/db.ts';
import { entriesOf } from '../../src/storage/held-entries.ts';
import { readHeldEntries } from '../../src/storage/queries.ts';
import { dropDb, freshDb, makeContent, makeOffer, versionFacts as facts } from './syncFixtures.ts';

/** The plain read: every catalogue's records in one transaction, one request each. */
async function plainRead(db: AppDatabase) {
  return db.transaction('r', db.catalogues, db.offers, db.organisations, async () => {
    const rows = await db.catalogues.toArray();
    const held = await Promise.all(
      rows.map(async (row) => ({
        row,
        offers: await db.offers.where('catalogue_id').equals(row.catalogue_id).toArray(),
        organisations: await db.organisations.where('catalogue_id').equals(row.catalogue_id).toArray(),
      })),
    );
    return { rows, entries: held.flatMap((h) => entriesOf(h.row, h.offers, h.organisations)), organisations: held.flatMap((h) => h.organisations) };
  });
}

/** Ids out of key order and of every kind a key range must get right (case, digits, ø). */
function content(id: string, offers: number, label = 'Lektiehjælp') {
  const c = makeContent(id, offers, 3);
  c.offers = [{ ...makeOffer(99, 2, label), id: 'øvrige' }, ...c.offers.map((_, i) => makeOffer(i + 1, (i % 3) + 1, label)).reverse(), { ...makeOffer(98, 1, label), id: 'Zebra' }];
  return c;
}

/**
 * Another writer's transaction, opened at once (so it is queued ahead of the read's next slice),
 * outside the read that observed it; like replaceCatalogue, records and version row together.
 */
function writeNow(db: AppDatabase, catalogueId: string, next?: { content: CatalogueContent; facts: VersionFacts }): Promise<void> {
  return Dexie.ignoreTransaction(() =>
    db.transaction('rw', db.catalogues, db.offers, db.organisations, async () => {
      await db.offers.where('catalogue_id').equals(catalogueId).delete();
      await db.organisations.where('catalogue_id').equals(catalogueId).delete();
      await db.catalogues.delete(catalogueId);
      if (!next) return;
      const { content, facts } = next;
      await db.organisations.bulkPut(content.organisations.map((o) => ({ ...o, catalogue_id: catalogueId })));
      await db.offers.bulkPut(content.offers.map((o) => ({ ...o, catalogue_id: catalogueId })));
      await db.catalogues.put({ catalogue_id: catalogueId, info: content.catalogue, needs: content.needs, places: content.places, ...facts });
    }),
  );
}

let db: AppDatabase;
let reads = 0;
let organisationReads = 0;
let onOrganisationRead: (() => void) | undefined;
beforeEach(async () => {
  db = freshDb();
  reads = 0;
  organisationReads = 0;
  onOrganisationRead = undefined;
  db.offers.hook('reading', (offer) => (reads++, offer));
  db.organisations.hook('reading', (organisation) => {
    organisationReads++;
    onOrganisationRead?.();
    return organisation;
  });
  await replaceCatalogue(db, 'esslingen', content('esslingen', 7), facts(4));
  await replaceCatalogue(db, 'aarhus', content('aarhus', 12), facts(7));
  await replaceCatalogue(db, 'empty', content('empty', 0), facts(1));
  forgetWrittenRecords(db);
});
afterEach(() => dropDb(db));

describe('reading held catalogues in slices', () => {
  it.each([1, 2, 5, 13, 14, 500])('gives exactly the one-transaction read with slices of %i', async (slice) => {
    const expected = await plainRead(db);
    reads = 0;
    const sliced = await readHeldEntries(db, { slice });
    expect(sliced).toEqual(expected);
    expect(reads).toBe(7 + 2 + 12 + 2 + 2);
  });

  // the slices are requested together, right after the catalogue's keys: a write queued while the
  // keys are read lands before them, and every slice must see that
  it('starts again when a catalogue is replaced after its keys were read, never mixing versions', async () => {
    const next = content('aarhus', 9, 'Mentor');
    let replaced: Promise<void> | undefined;
    onOrganisationRead = () => {
      replaced ??= writeNow(db, 'aarhus', { content: next, facts: facts(8, '2026-11-05T10:00:00.000Z') });
    };
    const sliced = await readHeldEntries(db, { slice: 3 });
    // aarhus's organisations, then every catalogue's again after the restart
    expect(organisationReads).toBe(3 + 3 * 3);
    await replaced;
    expect(sliced).toEqual(await plainRead(db));
    expect(sliced.rows.find((r) => r.catalogue_id === 'aarhus')?.version).toBe(8);
    expect(sliced.entries.filter((e) => e.catalogueId === 'aarhus').every((e) => e.offer.name.da?.startsWith('Mentor'))).toBe(true);
  });

  it('starts again when a catalogue is removed after its keys were read', async () => {
    let removed: Promise<void> | undefined;
    onOrganisationRead = () => {
      removed ??= writeNow(db, 'aarhus');
    };
    const sliced = await readHeldEntries(db, { slice: 2 });
    await removed;
    expect(sliced).toEqual(await plainRead(db));
    expect(sliced.rows.map((r) => r.catalogue_id).sort()).toEqual(['empty', 'esslingen']);
  });
});

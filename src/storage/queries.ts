// The UI's read and small-write side of the device database: held catalogues as search entries
// and the shortlist. Kept here so components stay thin and tests can use a fresh DB.
import type { CatalogueVersionRow, AppDatabase, ShortlistRow, StoredOrganisation } from './db.ts';
import type { IndexEntry } from '../catalogue/search.ts';
import { takeWrittenRecords } from './catalogueStore.ts';
import { entriesOf } from './held-entries.ts';

export interface HeldEntries {
  rows: CatalogueVersionRow[];
  entries: IndexEntry[];
  /** Every organisation of a held catalogue, also those without offers. */
  organisations: StoredOrganisation[];
}

/** A stable key of what is held: changes exactly when a catalogue version is added, replaced or removed. */
export function versionKey(rows: Pick<CatalogueVersionRow, 'catalogue_id' | 'version'>[]): string {
  return rows
    .map((r) => `${r.catalogue_id}@${r.version}`)
    .sort()
    .join(',');
}

/** Offers read per request: each slice arrives in a task of its own, so a read of 50,000 offers never blocks input for long. */
export const READ_SLICE = 500;

/** A catalogue was replaced or removed while it was being read in slices. */
class ChangedWhileReading extends Error {}

const sameVersion = (a: CatalogueVersionRow | undefined, b: CatalogueVersionRow) =>
  a?.applied_at === b.applied_at && a.version === b.version && a.snapshot_sha256 === b.snapshot_sha256;

/**
 * One catalogue's records by primary key ranges of `slice` offers, all requested at once (the
 * database answers them one after another, each answer its own short task here). Every request
 * first checks that the version row is still the one read at the start: a replace commits its
 * records and its row together, so ranges that all saw the same row come from the same write.
 */
async function readCatalogueSliced(db: AppDatabase, row: CatalogueVersionRow, slice: number): Promise<{ entries: IndexEntry[]; organisations: StoredOrganisation[] }> {
  const id = row.catalogue_id;
  const unchanged = async () => {
    if (!sameVersion(await db.catalogues.get(id), row)) throw new ChangedWhileReading();
  };
  const [organisations, keys] = await db.transaction('r', db.catalogues, db.organisations, db.offers, async () => {
    await unchanged();
    // an index on catalogue_id lists its entries in primary key order
    return Promise.all([db.organisations.where('catalogue_id').equals(id).toArray(), db.offers.where('catalogue_id').equals(id).primaryKeys()]);
  });
  const ranges: [[string, string], [string, string]][] = [];
  for (let i = 0; i < keys.length; i += slice) ranges.push([keys[i], keys[Math.min(i + slice, keys.length) - 1]]);
  const pages = await Promise.all(
    ranges.map(([first, last]) =>
      db
        .transaction('r', db.catalogues, db.offers, async () => {
          await unchanged();
          return db.offers.where(':id').between(first, last, true, true).toArray();
        })
        // made into entries as each range arrives: at 50,000 offers that is no short task either
        .then((page) => entriesOf(row, page, organisations)),
    ),
  );
  return { entries: pages.flat(), organisations };
}

/**
 * Every held offer with its organisation and its catalogue's needs, and every held organisation,
 * catalogue by catalogue in key order, each read in slices (see READ_SLICE). A catalogue this
 * thread just wrote comes from memory instead (the same records, in the same order). A catalogue
 * replaced during the read starts it again, so the result is always one consistent state.
 */
export async function readHeldEntries(db: AppDatabase, { slice = READ_SLICE }: { slice?: number } = {}): Promise<HeldEntries> {
  for (;;) {
    try {
      // records without a version row are never read: a catalogue being replaced writes its row last
      const rows = await db.catalogues.toArray();
      const held = [];
      for (const row of rows) {
        const written = takeWrittenRecords(db, row);
        held.push(written ? { entries: entriesOf(row, written.offers, written.organisations), organisations: written.organisations } : await readCatalogueSliced(db, row, slice));
      }
      return { rows, entries: held.flatMap((h) => h.entries), organisations: held.flatMap((h) => h.organisations) };
    } catch (err) {
      if (!(err instanceof ChangedWhileReading)) throw err;
    }
  }
}

export function shortlistRows(db: AppDatabase): Promise<ShortlistRow[]> {
  return db.shortlist.orderBy('added_at').reverse().toArray();
}

export async function isKept(db: AppDatabase, catalogueId: string, offerId: string): Promise<boolean> {
  return (await db.shortlist.get([catalogueId, offerId])) !== undefined;
}

export async function setKept(db: AppDatabase, catalogueId: string, offerId: string, keep: boolean, now = new Date()): Promise<void> {
  if (keep) await db.shortlist.put({ catalogue_id: catalogueId, offer_id: offerId, added_at: now.toISOString() });
  else await db.shortlist.delete([catalogueId, offerId]);
}

// The UI's read and small-write side of the device database: held catalogues as search entries
// and the shortlist. Kept here so components stay thin and tests can use a fresh DB.
import Dexie from 'dexie';
import type { CatalogueVersionRow, AppDatabase, ShortlistRow, StoredOffer, StoredOrganisation } from './db.ts';
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
 * One catalogue's records by primary key, `slice` offers per transaction. Each transaction first
 * checks that the version row is still the one read at the start: a replace commits its records
 * and its row together, so slices that all saw the same row come from the same write.
 */
async function readCatalogueSliced(db: AppDatabase, row: CatalogueVersionRow, slice: number): Promise<{ offers: StoredOffer[]; organisations: StoredOrganisation[] }> {
  const id = row.catalogue_id;
  const unchanged = async () => {
    if (!sameVersion(await db.catalogues.get(id), row)) throw new ChangedWhileReading();
  };
  const organisations = await db.transaction('r', db.catalogues, db.organisations, async () => {
    await unchanged();
    return db.organisations.where('catalogue_id').equals(id).toArray();
  });
  const offers: StoredOffer[] = [];
  for (let after: string | undefined; ; ) {
    const page = await db.transaction('r', db.catalogues, db.offers, async () => {
      await unchanged();
      return db.offers
        .where('[catalogue_id+id]')
        .between([id, after ?? ''], [id, Dexie.maxKey], after === undefined, true)
        .limit(slice)
        .toArray();
    });
    for (const offer of page) offers.push(offer);
    if (page.length < slice) return { offers, organisations };
    after = page[page.length - 1].id;
  }
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
      for (const row of rows) held.push({ row, ...(takeWrittenRecords(db, row) ?? (await readCatalogueSliced(db, row, slice))) });
      const entries = held.flatMap(({ row, offers, organisations }) => entriesOf(row, offers, organisations));
      return { rows, entries, organisations: held.flatMap((h) => h.organisations) };
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

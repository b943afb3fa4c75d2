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

/**
 * Every held offer with its organisation and its catalogue's needs, and every held organisation,
 * read in one transaction, catalogue by catalogue in key order. A catalogue this app just wrote
 * comes from memory instead (the same records, in the same order).
 */
export async function readHeldEntries(db: AppDatabase): Promise<HeldEntries> {
  return db.transaction('r', db.catalogues, db.offers, db.organisations, async () => {
    // records without a version row are never read: a catalogue being replaced writes its row last
    const rows = await db.catalogues.toArray();
    const held = await Promise.all(
      rows.map(async (row) => {
        const written = takeWrittenRecords(db, row);
        if (written) return { row, ...written };
        const id = row.catalogue_id;
        const [offers, organisations] = await Promise.all([db.offers.where('catalogue_id').equals(id).toArray(), db.organisations.where('catalogue_id').equals(id).toArray()]);
        return { row, offers, organisations };
      }),
    );
    const entries = held.flatMap(({ row, offers, organisations }) => entriesOf(row, offers, organisations));
    return { rows, entries, organisations: held.flatMap((h) => h.organisations) };
  });
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

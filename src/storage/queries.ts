// The UI's read and small-write side of the device database: held catalogues as search entries
// and the shortlist. Kept here so components stay thin and tests can use a fresh DB.
import type { CatalogueVersionRow, AppDatabase, ShortlistRow, StoredOrganisation } from './db.ts';
import type { IndexEntry } from '../catalogue/search.ts';
import type { Organisation } from '../catalogue/schema.ts';

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

/** Every held offer with its organisation and its catalogue's needs, and every held organisation, read in one transaction. */
export async function readHeldEntries(db: AppDatabase): Promise<HeldEntries> {
  return db.transaction('r', db.catalogues, db.offers, db.organisations, async () => {
    const [rows, offers, stored] = await Promise.all([db.catalogues.toArray(), db.offers.toArray(), db.organisations.toArray()]);
    const byRow = new Map(rows.map((r) => [r.catalogue_id, r]));
    // records without a version row are left out: a catalogue being replaced writes its row last
    const organisations = stored.filter((o) => byRow.has(o.catalogue_id));
    const orgs = new Map<string, Organisation>();
    for (const { catalogue_id, ...org } of organisations) orgs.set(`${catalogue_id}/${org.id}`, org);
    const entries: IndexEntry[] = [];
    for (const { catalogue_id, ...offer } of offers) {
      const row = byRow.get(catalogue_id);
      if (!row) continue;
      entries.push({
        catalogueId: catalogue_id,
        offer,
        organisation: orgs.get(`${catalogue_id}/${offer.organization_id}`),
        needs: row.needs,
        catalogueLanguage: row.info.default_language,
      });
    }
    return { rows, entries, organisations };
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

// Reads and replaces one held catalogue as a whole. The replace runs in one transaction with the
// version row written last, so a reader never sees half a catalogue and a failure changes nothing.
import type { CatalogueContent } from '../catalogue/schema.ts';
import type { AppDatabase, CatalogueVersionRow, SyncStateRow } from './db.ts';

export interface HeldCatalogue {
  row: CatalogueVersionRow;
  content: CatalogueContent;
}

function stripId<T extends { catalogue_id: string }>(row: T): Omit<T, 'catalogue_id'> {
  const { catalogue_id: _owner, ...record } = row;
  return record;
}

/** The held catalogue in the snapshot's shape (offers and organisations ordered by id). */
export async function readHeldCatalogue(db: AppDatabase, catalogueId: string): Promise<HeldCatalogue | undefined> {
  return db.transaction('r', db.catalogues, db.offers, db.organisations, async () => {
    const row = await db.catalogues.get(catalogueId);
    if (!row) return undefined;
    const [offers, organisations] = await Promise.all([
      db.offers.where('catalogue_id').equals(catalogueId).toArray(),
      db.organisations.where('catalogue_id').equals(catalogueId).toArray(),
    ]);
    const content: CatalogueContent = {
      catalogue: row.info,
      needs: row.needs,
      places: row.places,
      organisations: organisations.map(stripId),
      offers: offers.map(stripId),
    };
    return { row, content };
  });
}

export type VersionFacts = Omit<CatalogueVersionRow, 'catalogue_id' | 'info' | 'needs' | 'places'>;

/**
 * Replaces everything held for one catalogue. Everything passed in must already be verified:
 * nothing here awaits network or crypto, because IndexedDB commits a transaction left idle.
 */
export async function replaceCatalogue(
  db: AppDatabase,
  catalogueId: string,
  content: CatalogueContent,
  facts: VersionFacts,
  syncState?: SyncStateRow,
): Promise<void> {
  await db.transaction('rw', [db.catalogues, db.offers, db.organisations, db.syncState, db.searchIndex], async () => {
    await db.offers.where('catalogue_id').equals(catalogueId).delete();
    await db.organisations.where('catalogue_id').equals(catalogueId).delete();
    await db.organisations.bulkPut(content.organisations.map((o) => ({ ...o, catalogue_id: catalogueId })));
    await db.offers.bulkPut(content.offers.map((o) => ({ ...o, catalogue_id: catalogueId })));
    if (syncState) await db.syncState.put(syncState);
    // the kept search index stands for the versions held before
    await db.searchIndex.clear();
    await db.catalogues.put({ catalogue_id: catalogueId, info: content.catalogue, needs: content.needs, places: content.places, ...facts });
  });
}

/** Forgets a catalogue the user no longer follows. */
export async function removeCatalogue(db: AppDatabase, catalogueId: string): Promise<void> {
  await db.transaction('rw', [db.catalogues, db.offers, db.organisations, db.syncState, db.searchIndex], async () => {
    await db.catalogues.delete(catalogueId);
    await db.searchIndex.clear();
    await db.offers.where('catalogue_id').equals(catalogueId).delete();
    await db.organisations.where('catalogue_id').equals(catalogueId).delete();
    await db.syncState.delete(catalogueId);
  });
}

export async function readSyncState(db: AppDatabase, catalogueId: string): Promise<SyncStateRow> {
  return (await db.syncState.get(catalogueId)) ?? { catalogue_id: catalogueId, failures: 0 };
}

export async function writeSyncState(db: AppDatabase, row: SyncStateRow): Promise<void> {
  await db.syncState.put(row);
}

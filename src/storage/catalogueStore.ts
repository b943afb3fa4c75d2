// Reads and replaces one held catalogue as a whole. The replace runs in one transaction with the
// version row written last, so a reader never sees half a catalogue and a failure changes nothing.
import type { CatalogueContent } from '../catalogue/schema.ts';
import type { AppDatabase, CatalogueVersionRow, StoredOffer, StoredOrganisation, SyncStateRow } from './db.ts';
import { indexWhileWriting } from './search-index-store.ts';

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

/** Records exactly as `replaceCatalogue` stored them, for the first read of that version. */
export interface WrittenRecords {
  offers: StoredOffer[];
  organisations: StoredOrganisation[];
}

/** Per database and catalogue: the records of the write that made its current version row. */
const justWritten = new WeakMap<AppDatabase, Map<string, WrittenRecords & { facts: VersionFacts }>>();

/** IndexedDB's order of string keys (UTF-16 code units), which a read by catalogue returns. */
function byId<T extends { id: string }>(records: T[]): T[] {
  const ordered = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return records.every((r, i) => i === 0 || ordered(records[i - 1], r) < 0) ? records : [...records].sort(ordered);
}

/**
 * What the last replace wrote for this version row, in the order a read would give, handed out
 * once: the reader after a sync need not read back the catalogue it just wrote. The version row
 * stays the truth: records of any other write (another applied_at) are never handed out.
 */
export function takeWrittenRecords(db: AppDatabase, row: CatalogueVersionRow): WrittenRecords | undefined {
  const held = justWritten.get(db);
  const written = held?.get(row.catalogue_id);
  if (!held || !written) return undefined;
  const { facts, offers, organisations } = written;
  if (facts.applied_at !== row.applied_at || facts.version !== row.version || facts.snapshot_sha256 !== row.snapshot_sha256) return undefined;
  held.delete(row.catalogue_id);
  return { offers, organisations };
}

/** Drops records kept for the next read (after "delete all data", nothing of it stays in memory either). */
export function forgetWrittenRecords(db: AppDatabase): void {
  justWritten.delete(db);
}

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
  const row: CatalogueVersionRow = { catalogue_id: catalogueId, info: content.catalogue, needs: content.needs, places: content.places, ...facts };
  const written = {
    offers: byId(content.offers.map((o) => ({ ...o, catalogue_id: catalogueId }))),
    organisations: byId(content.organisations.map((o) => ({ ...o, catalogue_id: catalogueId }))),
  };
  justWritten.get(db)?.delete(catalogueId);
  const others = await db.catalogues.where('catalogue_id').notEqual(catalogueId).count();
  if (others === 0) indexWhileWriting(row, written);
  await db.transaction('rw', [db.catalogues, db.offers, db.organisations, db.syncState, db.searchIndex], async () => {
    await db.offers.where('catalogue_id').equals(catalogueId).delete();
    await db.organisations.where('catalogue_id').equals(catalogueId).delete();
    await db.organisations.bulkPut(written.organisations);
    await db.offers.bulkPut(written.offers);
    if (syncState) await db.syncState.put(syncState);
    // the kept search index stands for the versions held before
    await db.searchIndex.clear();
    await db.catalogues.put(row);
  });
  if (!justWritten.has(db)) justWritten.set(db, new Map());
  justWritten.get(db)!.set(catalogueId, { ...written, facts });
}

/** Forgets a catalogue the user no longer follows. */
export async function removeCatalogue(db: AppDatabase, catalogueId: string): Promise<void> {
  justWritten.get(db)?.delete(catalogueId);
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

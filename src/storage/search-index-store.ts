// Keeps the search index built over the held catalogues, so a start reads it in milliseconds
// instead of spending a second building it again; it is only ever used for the versions it was built from.
import { buildAhead } from '../catalogue/search-async.ts';
import type { PrebuiltIndex } from '../catalogue/search-prebuild.ts';
import type { AppDatabase, CatalogueVersionRow } from './db.ts';
import { entriesOf } from './held-entries.ts';
import type { WrittenRecords } from './catalogueStore.ts';

/**
 * Which held catalogue versions an index stands for. `applied_at` changes with every write of a
 * catalogue, so any replace, removal or addition gives another source.
 */
export function indexSource(rows: Pick<CatalogueVersionRow, 'catalogue_id' | 'version' | 'snapshot_sha256' | 'applied_at'>[]): string {
  return rows
    .map((r) => JSON.stringify([r.catalogue_id, r.version, r.snapshot_sha256, r.applied_at]))
    .sort()
    .join('\n');
}

/** The kept index if it was built in `format`, with the source it stands for; its user compares that with what it read. */
export async function readKeptIndex(db: AppDatabase, format: string): Promise<{ source: string; index: PrebuiltIndex } | undefined> {
  const row = await db.searchIndex.get('held');
  return row?.format === format ? row : undefined;
}

/** Keeps an index built from `source`, unless what is held changed meanwhile (then it is already of no use). */
export async function keepIndex(db: AppDatabase, source: string, format: string, index: PrebuiltIndex): Promise<void> {
  await db.transaction('rw', db.catalogues, db.searchIndex, async () => {
    if (indexSource(await db.catalogues.toArray()) !== source) return;
    await db.searchIndex.put({ id: 'held', source, format, index });
  });
}

/**
 * Called just before a catalogue is written that will then be all that is held: its index is
 * built in a worker while the write runs, for the first read after it (the source tells it apart
 * from any other state; if the write fails, nothing ever reads that source).
 */
export function indexWhileWriting(row: CatalogueVersionRow, records: WrittenRecords): void {
  buildAhead(indexSource([row]), entriesOf(row, records.offers, records.organisations));
}

// "Delete all data on this device": every table of the app's database (the kept search index
// included), what the last sync left in memory for its first read (records, an index built ahead),
// and everything in localStorage.
import { forgetAhead } from '../catalogue/search-async.ts';
import type { AppDatabase } from './db.ts';
import { forgetWrittenRecords } from './catalogueStore.ts';

export async function deleteAllLocalData(db: AppDatabase): Promise<void> {
  forgetWrittenRecords(db);
  forgetAhead();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  if (typeof localStorage !== 'undefined') localStorage.clear();
}

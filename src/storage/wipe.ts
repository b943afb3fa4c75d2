// "Delete all data on this device": every table of the app's database and everything in localStorage.
import type { AppDatabase } from './db.ts';

export async function deleteAllLocalData(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  if (typeof localStorage !== 'undefined') localStorage.clear();
}

// Typed access to the settings table, so every reader of a setting agrees on its key and shape.
import type { TrustedKey } from '../catalogue/signing.ts';
import type { AppDatabase } from './db.ts';

export interface Settings {
  /** Catalogue ids the user follows; absent means "every catalogue the server offers". */
  followedCatalogues: string[];
  /** Where catalogues are published, when not the app's own origin. */
  catalogueBaseUrl: string;
  /** Signing keys trusted beyond those built into the app (first use and rotations). */
  pinnedKeys: TrustedKey[];
}

export async function getSetting<K extends keyof Settings>(db: AppDatabase, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(db: AppDatabase, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

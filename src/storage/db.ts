// The device's copy of the followed catalogues and the user's own lists. After the first sync
// the app reads only from here. Schema versions only ever go up; never edit a released one.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CatalogueInfo, Need, Offer, Organisation, Place } from '../catalogue/schema.ts';
import type { PrebuiltIndex } from '../catalogue/search-prebuild.ts';

/** One row per held catalogue: written last in a sync, so its presence means "complete". */
export interface CatalogueVersionRow {
  catalogue_id: string;
  version: number;
  info: CatalogueInfo;
  needs: Need[];
  places: Place[];
  published_at: string;
  expires_at: string;
  /** sha256 of the snapshot this state equals, for checks and diagnostics. */
  snapshot_sha256: string;
  applied_at: string;
}

/** What the sync knows about the server side, kept apart so a check never touches content. */
export interface SyncStateRow {
  catalogue_id: string;
  etag?: string;
  last_checked_at?: string;
  last_error?: string;
  next_retry_at?: string;
  failures: number;
}

export type StoredOffer = Offer & { catalogue_id: string };
export type StoredOrganisation = Organisation & { catalogue_id: string };

export interface ShortlistRow {
  catalogue_id: string;
  offer_id: string;
  added_at: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Only offer ids, language, channel and day: never anything about the family. */
export interface ReferralLogRow {
  id?: number;
  created_at: string;
  offers: { catalogue_id: string; offer_id: string }[];
  language: string;
  channel: string;
}

export interface RecentRow {
  id?: number;
  kind: 'search' | 'offer';
  /** The query text, or `catalogue_id/offer_id`. */
  value: string;
  at: string;
}

/**
 * The search index built over everything held, kept so a start loads it instead of building it
 * again. One row: an index over other versions is of no use.
 */
export interface SearchIndexRow {
  id: 'held';
  /** The held catalogue versions it was built from (see indexSource): any other state rebuilds. */
  source: string;
  /** The index format and app build that made it: another one rebuilds. */
  format: string;
  index: PrebuiltIndex;
}

export class AppDatabase extends Dexie {
  catalogues!: EntityTable<CatalogueVersionRow, 'catalogue_id'>;
  syncState!: EntityTable<SyncStateRow, 'catalogue_id'>;
  offers!: Table<StoredOffer, [string, string]>;
  organisations!: Table<StoredOrganisation, [string, string]>;
  shortlist!: Table<ShortlistRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  referralLog!: EntityTable<ReferralLogRow, 'id'>;
  recent!: EntityTable<RecentRow, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'id'>;

  constructor(name = 'tilbudsguiden') {
    super(name);
    this.version(1).stores({
      catalogues: 'catalogue_id',
      syncState: 'catalogue_id',
      offers: '[catalogue_id+id], catalogue_id, organization_id',
      organisations: '[catalogue_id+id], catalogue_id',
      shortlist: '[catalogue_id+offer_id], added_at',
      settings: 'key',
      referralLog: '++id, created_at',
      recent: '++id, kind, at',
    });
    this.version(2).stores({ searchIndex: 'id' });
  }
}

let shared: AppDatabase | undefined;

/** The app's one database; tests make their own with `new AppDatabase(name)`. */
export function appDb(): AppDatabase {
  shared ??= new AppDatabase();
  return shared;
}

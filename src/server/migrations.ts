// The database schema as an ordered list of steps, so an existing data folder is upgraded in
// place on start and later issues (accounts, drafts, audit log) only append steps.
import type { Database } from 'better-sqlite3';
import { accountMigrations } from './accounts/migrations.ts';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

/** Organisations and offers are stored alike: one JSON record per catalogue and id, with the revision edits are checked against. */
function recordTable(name: 'organisations' | 'offers'): string {
  return `CREATE TABLE ${name} (
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          id TEXT NOT NULL,
          data TEXT NOT NULL,
          revision INTEGER NOT NULL DEFAULT 1,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (catalogue_id, id)
        );`;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'catalogues, current offers and organisations, published versions and files',
    up: (db) =>
      db.exec(`
        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
        CREATE TABLE catalogues (
          id TEXT PRIMARY KEY,
          info TEXT NOT NULL,
          needs TEXT NOT NULL,
          places TEXT NOT NULL,
          revision INTEGER NOT NULL DEFAULT 1,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        ${recordTable('organisations')}
        ${recordTable('offers')}
        CREATE TABLE published_versions (
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          version INTEGER NOT NULL,
          published_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          note TEXT,
          key_id TEXT NOT NULL,
          snapshot_name TEXT NOT NULL,
          snapshot_sha256 TEXT NOT NULL,
          manifest TEXT NOT NULL,
          manifest_sha256 TEXT NOT NULL,
          PRIMARY KEY (catalogue_id, version)
        );
        CREATE TABLE published_files (
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('snapshot', 'delta')),
          version INTEGER NOT NULL,
          from_version INTEGER,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          body TEXT NOT NULL,
          PRIMARY KEY (catalogue_id, name)
        );
        CREATE INDEX published_files_by_version ON published_files (catalogue_id, kind, version);
      `),
  },
  ...accountMigrations,
  {
    version: 3,
    description: 'anonymous referral counts per catalogue, month and offer',
    // IF NOT EXISTS: data folders from before this step already have the table, made by the usage route.
    up: (db) =>
      db.exec(`
        CREATE TABLE IF NOT EXISTS usage_counts (
          catalogue_id TEXT NOT NULL,
          month TEXT NOT NULL,
          offer_id TEXT NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (catalogue_id, month, offer_id)
        );
      `),
  },
];

/** Applies every step newer than the database's schema_version, each in its own transaction. */
export function migrate(db: Database, steps: readonly Migration[] = migrations): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as { version: number | null };
  let current = row.version ?? 0;
  const latest = steps.reduce((max, s) => Math.max(max, s.version), 0);
  if (current > latest) throw new Error(`database schema ${current} is newer than this server (${latest}); upgrade the server`);
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (step.version <= current) continue;
    db.transaction(() => {
      step.up(db);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(step.version);
    }).immediate();
    current = step.version;
  }
  return current;
}

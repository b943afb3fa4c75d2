// Schema steps for the coordinator workspace (accounts, sessions, invitations, proposals,
// archive, audit), appended to the server's migration list so existing data folders upgrade.
import type { Migration } from '../migrations.ts';

export const accountMigrations: readonly Migration[] = [
  {
    version: 2,
    description: 'accounts, memberships, sessions, invitations, proposals, archived offers, audit log',
    up: (db) =>
      db.exec(`
        CREATE TABLE users (
          id INTEGER PRIMARY KEY,
          username TEXT NOT NULL UNIQUE COLLATE NOCASE,
          display_name TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          is_admin INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL
        );
        CREATE TABLE memberships (
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          role TEXT NOT NULL CHECK (role IN ('coordinator', 'contributor')),
          organisation_id TEXT,
          PRIMARY KEY (user_id, catalogue_id, role),
          CHECK ((role = 'contributor') = (organisation_id IS NOT NULL))
        );
        CREATE TABLE sessions (
          token_hash TEXT PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          csrf TEXT NOT NULL,
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL
        );
        CREATE INDEX sessions_by_user ON sessions (user_id);
        CREATE TABLE invitations (
          token_hash TEXT PRIMARY KEY,
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          role TEXT NOT NULL CHECK (role IN ('coordinator', 'contributor')),
          organisation_id TEXT,
          created_by INTEGER REFERENCES users(id),
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          used_at TEXT,
          used_by INTEGER REFERENCES users(id)
        );
        CREATE TABLE proposals (
          id INTEGER PRIMARY KEY,
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          offer_id TEXT NOT NULL,
          organisation_id TEXT NOT NULL,
          author_id INTEGER NOT NULL REFERENCES users(id),
          data TEXT NOT NULL,
          base_revision INTEGER,
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
          comment TEXT,
          created_at TEXT NOT NULL,
          decided_at TEXT,
          decided_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX proposals_by_catalogue ON proposals (catalogue_id, status);
        CREATE TABLE archived_offers (
          catalogue_id TEXT NOT NULL REFERENCES catalogues(id),
          id TEXT NOT NULL,
          data TEXT NOT NULL,
          revision INTEGER NOT NULL,
          archived_at TEXT NOT NULL,
          PRIMARY KEY (catalogue_id, id)
        );
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          catalogue_id TEXT,
          action TEXT NOT NULL,
          target TEXT,
          detail TEXT
        );
        CREATE INDEX audit_by_catalogue ON audit_log (catalogue_id, id);
      `),
  },
];

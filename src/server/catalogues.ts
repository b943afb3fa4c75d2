// A catalogue's current (editable, not yet published) state in the database, assembled into the
// shared content shape so the publisher and the validators see exactly what a phone would get.
import { catalogueContent, catalogueInfo, type CatalogueContent, type CatalogueInfo } from '../catalogue/schema.ts';
import type { Db } from './db.ts';

export class NotFoundError extends Error {
  readonly statusCode = 404;
}

export interface CatalogueSummary {
  id: string;
  name: CatalogueInfo['name'];
  region: string;
  default_language: CatalogueInfo['default_language'];
  /** The latest published version, 0 when never published. */
  version: number;
}

/** Adds a whole catalogue (e.g. a demo or an import). The content is validated first. */
export function importCatalogue(db: Db, input: unknown): CatalogueContent {
  const content = catalogueContent.parse(input);
  const now = new Date().toISOString();
  db.transaction(() => {
    const id = content.catalogue.id;
    if (db.prepare('SELECT 1 FROM catalogues WHERE id = ?').get(id)) throw new Error(`catalogue ${id} already exists`);
    db.prepare('INSERT INTO catalogues (id, info, needs, places, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      JSON.stringify(content.catalogue),
      JSON.stringify(content.needs),
      JSON.stringify(content.places),
      now,
      now,
    );
    const org = db.prepare('INSERT INTO organisations (catalogue_id, id, data, updated_at) VALUES (?, ?, ?, ?)');
    for (const o of content.organisations) org.run(id, o.id, JSON.stringify(o), now);
    const off = db.prepare('INSERT INTO offers (catalogue_id, id, data, updated_at) VALUES (?, ?, ?, ?)');
    for (const o of content.offers) off.run(id, o.id, JSON.stringify(o), now);
  }).immediate();
  return content;
}

interface CatalogueRow {
  id: string;
  info: string;
  needs: string;
  places: string;
}

function catalogueRow(db: Db, id: string): CatalogueRow {
  const row = db.prepare('SELECT id, info, needs, places FROM catalogues WHERE id = ?').get(id) as CatalogueRow | undefined;
  if (!row) throw new NotFoundError(`no catalogue ${id}`);
  return row;
}

/** Throws NotFoundError (404) for an unknown catalogue. */
export function requireCatalogue(db: Db, id: string): void {
  if (!db.prepare('SELECT 1 FROM catalogues WHERE id = ?').get(id)) throw new NotFoundError(`no catalogue ${id}`);
}

/** The current state, unvalidated: records in the order they were first added. */
export function currentContent(db: Db, id: string): CatalogueContent {
  const row = catalogueRow(db, id);
  const records = (table: 'offers' | 'organisations') =>
    (db.prepare(`SELECT data FROM ${table} WHERE catalogue_id = ? ORDER BY rowid`).all(id) as { data: string }[]).map((r) => JSON.parse(r.data));
  return {
    catalogue: JSON.parse(row.info),
    needs: JSON.parse(row.needs),
    places: JSON.parse(row.places),
    organisations: records('organisations'),
    offers: records('offers'),
  };
}

export function latestVersion(db: Db, id: string): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM published_versions WHERE catalogue_id = ?').get(id) as { v: number | null };
  return row.v ?? 0;
}

export function listCatalogues(db: Db): CatalogueSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.info, (SELECT MAX(version) FROM published_versions p WHERE p.catalogue_id = c.id) AS version
       FROM catalogues c ORDER BY c.id`,
    )
    .all() as { id: string; info: string; version: number | null }[];
  return rows.map((r) => {
    const info = catalogueInfo.parse(JSON.parse(r.info));
    return { id: r.id, name: info.name, region: info.region, default_language: info.default_language, version: r.version ?? 0 };
  });
}

/** `/catalogues/index.json`: only catalogues that have a published version. */
export function catalogueIndex(db: Db): { catalogues: CatalogueSummary[] } {
  return { catalogues: listCatalogues(db).filter((c) => c.version > 0) };
}

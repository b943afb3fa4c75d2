// What a publish will change (added, changed, removed since the last version), the version
// history with who and why, and roll back: an earlier state published again as a new version.
import { computeDelta } from '../../catalogue/delta.ts';
import { catalogueContent, type CatalogueContent, type LocalizedText } from '../../catalogue/schema.ts';
import type { ChangedRecord, Changes, ChangeSummary, VersionEntry } from '../../catalogue/workspace-api.ts';
import { currentContent, latestVersion, NotFoundError, requireCatalogue } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { publishers } from '../accounts/audit.ts';
import { snapshotContent } from '../publish.ts';

const EMPTY: CatalogueContent = { catalogue: { id: '-', name: { en: '-' }, region: '-', default_language: 'en' }, needs: [], organisations: [], offers: [], places: [] };

type Named = { id: string; name: LocalizedText | string };

function split<T extends Named>(before: T[], after: T[], upserts: T[], removed: string[]): Changes {
  const old = new Map(before.map((r) => [r.id, r]));
  const pick = (r: Named): ChangedRecord => ({ id: r.id, name: r.name });
  return {
    added: upserts.filter((r) => !old.has(r.id)).map(pick),
    changed: upserts.filter((r) => old.has(r.id)).map(pick),
    removed: removed.map((id) => pick(old.get(id) ?? after.find((r) => r.id === id)!)),
  };
}

function summarise(before: CatalogueContent, after: CatalogueContent, fromVersion: number): ChangeSummary {
  const d = computeDelta({ version: fromVersion, content: before }, { version: fromVersion + 1, content: after });
  const offers = split(before.offers, after.offers, d.upsert.offers, d.remove.offers);
  const organisations = split(before.organisations, after.organisations, d.upsert.organisations, d.remove.organisations);
  const needs = split(before.needs, after.needs, d.upsert.needs, d.remove.needs);
  const count = (s: typeof offers) => s.added.length + s.changed.length + s.removed.length;
  const catalogue_changed = fromVersion > 0 && d.catalogue !== undefined;
  return {
    from_version: fromVersion,
    offers,
    organisations,
    needs,
    catalogue_changed,
    total: count(offers) + count(organisations) + count(needs) + d.upsert.places.length + d.remove.places.length + (catalogue_changed ? 1 : 0),
  };
}

/** The changes a publish now would make. */
export function pendingChanges(db: Db, catalogueId: string): ChangeSummary {
  const from = latestVersion(db, catalogueId);
  const before = from > 0 ? snapshotContent(db, catalogueId, from) : EMPTY;
  return summarise(before, catalogueContent.parse(currentContent(db, catalogueId)), from);
}

export function versionHistory(db: Db, catalogueId: string): VersionEntry[] {
  requireCatalogue(db, catalogueId);
  const who = publishers(db, catalogueId);
  const rows = db.prepare('SELECT version, published_at, note FROM published_versions WHERE catalogue_id = ? ORDER BY version DESC').all(catalogueId) as Omit<VersionEntry, 'by'>[];
  return rows.map((r) => ({ ...r, by: who.get(r.version) ?? null }));
}

/**
 * Makes the current state equal to published version `version`. Offers that only exist now are
 * archived rather than lost; the caller then publishes, so history only ever grows.
 */
export function restoreVersion(db: Db, catalogueId: string, version: number): ChangeSummary {
  if (!db.prepare('SELECT 1 FROM published_versions WHERE catalogue_id = ? AND version = ?').get(catalogueId, version)) throw new NotFoundError(`no version ${version} of ${catalogueId}`);
  const target = snapshotContent(db, catalogueId, version);
  const now = new Date().toISOString();
  db.transaction(() => {
    const before = currentContent(db, catalogueId);
    db.prepare('UPDATE catalogues SET info = ?, needs = ?, places = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
      JSON.stringify(target.catalogue),
      JSON.stringify(target.needs),
      JSON.stringify(target.places),
      now,
      catalogueId,
    );
    // Organisations first: offers must keep pointing at ones that exist.
    const keepOrgs = new Set(target.organisations.map((o) => o.id));
    const deleteOrg = db.prepare('DELETE FROM organisations WHERE catalogue_id = ? AND id = ?');
    for (const o of before.organisations) if (!keepOrgs.has(o.id)) deleteOrg.run(catalogueId, o.id);
    const upsertOrg = db.prepare(
      `INSERT INTO organisations (catalogue_id, id, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (catalogue_id, id) DO UPDATE SET data = excluded.data, revision = revision + 1, updated_at = excluded.updated_at WHERE data <> excluded.data`,
    );
    for (const o of target.organisations) upsertOrg.run(catalogueId, o.id, JSON.stringify(o), now);
    const keep = new Set(target.offers.map((o) => o.id));
    const offerRevision = db.prepare('SELECT revision FROM offers WHERE catalogue_id = ? AND id = ?');
    const archive = db.prepare('INSERT OR REPLACE INTO archived_offers (catalogue_id, id, data, revision, archived_at) VALUES (?, ?, ?, ?, ?)');
    const deleteOffer = db.prepare('DELETE FROM offers WHERE catalogue_id = ? AND id = ?');
    for (const o of before.offers) {
      if (keep.has(o.id)) continue;
      const rev = (offerRevision.get(catalogueId, o.id) as { revision: number }).revision;
      archive.run(catalogueId, o.id, JSON.stringify(o), rev + 1, now);
      deleteOffer.run(catalogueId, o.id);
    }
    const upsertOffer = db.prepare(
      `INSERT INTO offers (catalogue_id, id, data, revision, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (catalogue_id, id) DO UPDATE SET data = excluded.data, revision = revision + 1, updated_at = excluded.updated_at WHERE data <> excluded.data`,
    );
    const archivedRevision = db.prepare('SELECT revision FROM archived_offers WHERE catalogue_id = ? AND id = ?');
    const unarchive = db.prepare('DELETE FROM archived_offers WHERE catalogue_id = ? AND id = ?');
    for (const o of target.offers) {
      // A restored archived offer continues its revision count, so an old editor tab cannot match it.
      const archived = archivedRevision.get(catalogueId, o.id) as { revision: number } | undefined;
      unarchive.run(catalogueId, o.id);
      upsertOffer.run(catalogueId, o.id, JSON.stringify(o), (archived?.revision ?? 0) + 1, now);
    }
  }).immediate();
  return pendingChanges(db, catalogueId);
}

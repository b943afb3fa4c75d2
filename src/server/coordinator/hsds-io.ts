// HSDS import and export against the database: deterministic uuids (v5-style, from the
// catalogue and our ids) so repeated exports are stable, and an import that writes all its
// records in one transaction or, when any record is rejected, nothing at all.
import { createHash } from 'node:crypto';
import { catalogueContent, type CatalogueContent, type ContentLanguage } from '../../catalogue/schema.ts';
import { fromHsds, toHsds, type HsdsExport, type HsdsImport, type UuidOf } from '../../catalogue/hsds.ts';
import type { ImportReport } from '../../catalogue/workspace-api.ts';
import { currentContent } from '../catalogues.ts';
import type { Db } from '../db.ts';

function uuidFor(catalogueId: string): UuidOf {
  return (kind, id) => {
    const h = createHash('sha1').update(`tilbudsguiden:${catalogueId}:${kind}:${id}`).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
  };
}

export function exportHsds(db: Db, catalogueId: string, lang: ContentLanguage): HsdsExport {
  return toHsds(catalogueContent.parse(currentContent(db, catalogueId)), lang, uuidFor(catalogueId));
}

/** Writes organisations and offers of an import's resulting content (archived offers stay archived). */
export function applyContent(db: Db, catalogueId: string, content: CatalogueContent): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    const upsert = (table: 'offers' | 'organisations') =>
      db.prepare(
        `INSERT INTO ${table} (catalogue_id, id, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (catalogue_id, id) DO UPDATE SET data = excluded.data, revision = revision + 1, updated_at = excluded.updated_at WHERE data <> excluded.data`,
      );
    const org = upsert('organisations');
    for (const o of content.organisations) org.run(catalogueId, o.id, JSON.stringify(o), now);
    const off = upsert('offers');
    for (const o of content.offers) off.run(catalogueId, o.id, JSON.stringify(o), now);
  }).immediate();
}

function report(result: { language: ContentLanguage; added: string[]; updated: string[]; rejected: HsdsImport['rejected'] }, applied: boolean): ImportReport {
  return { language: result.language, applied, added: result.added, updated: result.updated, rejected: result.rejected };
}

/** Imports unless `dryRun` or any record was rejected; the report says which and why. */
export function importHsds(db: Db, catalogueId: string, input: unknown, lang: ContentLanguage, dryRun = false): ImportReport {
  const base = catalogueContent.parse(currentContent(db, catalogueId));
  const archived = new Set((db.prepare('SELECT id FROM archived_offers WHERE catalogue_id = ?').all(catalogueId) as { id: string }[]).map((r) => r.id));
  const result = fromHsds(input, lang, base);
  for (const id of [...result.added]) {
    if (archived.has(id)) result.rejected.push({ index: -1, record: id, reason: `offer ${id} is archived; restore it before importing over it` });
  }
  const ok = result.rejected.length === 0 && !dryRun;
  if (ok) applyContent(db, catalogueId, result.content);
  return report(result, ok);
}

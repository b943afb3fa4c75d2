// The audit trail: every change and publish, who did it and when, append-only.
import type { AuditEntry } from '../../catalogue/workspace-api.ts';
import type { Db } from '../db.ts';

export function audit(db: Db, entry: { actor: string; catalogue_id?: string; action: string; target?: string; detail?: unknown }): void {
  db.prepare('INSERT INTO audit_log (at, actor, catalogue_id, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.actor,
    entry.catalogue_id ?? null,
    entry.action,
    entry.target ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  );
}

/** Newest first, paged by id. */
export function listAudit(db: Db, catalogueId: string, opts: { before?: number; limit?: number } = {}): AuditEntry[] {
  const rows = db
    .prepare('SELECT id, at, actor, catalogue_id, action, target, detail FROM audit_log WHERE catalogue_id = ? AND id < ? ORDER BY id DESC LIMIT ?')
    .all(catalogueId, opts.before ?? Number.MAX_SAFE_INTEGER, Math.min(opts.limit ?? 100, 500)) as (Omit<AuditEntry, 'detail'> & { detail: string | null })[];
  return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) }));
}

/** Who published each version, from the trail. */
export function publishers(db: Db, catalogueId: string): Map<number, string> {
  const rows = db.prepare("SELECT actor, target FROM audit_log WHERE catalogue_id = ? AND action IN ('publish', 'rollback')").all(catalogueId) as { actor: string; target: string }[];
  return new Map(rows.map((r) => [Number(r.target), r.actor]));
}

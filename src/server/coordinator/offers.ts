// The workspace's view of offers: each with its state (published, draft, archived, proposed,
// stale), saved only against the revision the editor loaded, archived and restored whole.
import { canonicalJson } from '../../catalogue/manifest.ts';
import type { CatalogueContent, Offer } from '../../catalogue/schema.ts';
import type { OfferDetail, OfferRow } from '../../catalogue/workspace-api.ts';
import { latestVersion, NotFoundError } from '../catalogues.ts';
import { getSetting, type Db } from '../db.ts';
import { getOffer, listOffers, putOffer, RevisionConflictError, type StoredOffer } from '../offers.ts';
import { snapshotContent } from '../publish.ts';

const DEFAULT_FRESHNESS_MONTHS = 12;

/** The second save of two editors: carries what is stored now, so both versions can be shown. */
export class ConflictError extends Error {
  readonly statusCode = 409;
  constructor(
    message: string,
    readonly current: { offer: Offer; revision: number } | null,
  ) {
    super(message);
  }
}

export function freshnessMonths(db: Db, catalogueId: string): number {
  const value = Number(getSetting(db, `freshness_months.${catalogueId}`));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_FRESHNESS_MONTHS;
}

/** The last day an offer verified on or before counts as stale. */
export function staleBefore(months: number, today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

function publishedContent(db: Db, catalogueId: string): CatalogueContent | undefined {
  const version = latestVersion(db, catalogueId);
  return version === 0 ? undefined : snapshotContent(db, catalogueId, version);
}

/** Each published offer as canonical JSON, to tell at a glance which current offers differ. */
function publishedOffers(db: Db, catalogueId: string): Map<string, string> {
  return new Map((publishedContent(db, catalogueId)?.offers ?? []).map((o) => [o.id, canonicalJson(o)]));
}

export function listOfferRows(db: Db, catalogueId: string, today = new Date()): OfferRow[] {
  const current = listOffers(db, catalogueId);
  const archived = (db.prepare('SELECT data, revision, archived_at FROM archived_offers WHERE catalogue_id = ? ORDER BY archived_at').all(catalogueId) as { data: string; revision: number; archived_at: string }[]).map(
    (r): StoredOffer => ({ offer: JSON.parse(r.data), revision: r.revision, updated_at: r.archived_at }),
  );
  const published = publishedOffers(db, catalogueId);
  const proposed = new Set(
    (db.prepare("SELECT DISTINCT offer_id FROM proposals WHERE catalogue_id = ? AND status = 'open'").all(catalogueId) as { offer_id: string }[]).map((r) => r.offer_id),
  );
  const cutoff = staleBefore(freshnessMonths(db, catalogueId), today);
  const row = ({ offer: o, revision, updated_at }: StoredOffer, isArchived: boolean): OfferRow => ({
    id: o.id,
    name: o.name,
    organization_id: o.organization_id,
    state: isArchived ? 'archived' : published.get(o.id) === canonicalJson(o) ? 'published' : 'draft',
    is_new: !published.has(o.id),
    proposed: proposed.has(o.id),
    stale: !isArchived && o.assured_date <= cutoff,
    assured_date: o.assured_date,
    revision,
    updated_at,
  });
  return [...current.map((s) => row(s, false)), ...archived.map((s) => row(s, true))];
}

export function offerDetail(db: Db, catalogueId: string, offerId: string): OfferDetail {
  const archived = db.prepare('SELECT data, revision FROM archived_offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, offerId) as { data: string; revision: number } | undefined;
  const stored = archived ? { offer: JSON.parse(archived.data) as Offer, revision: archived.revision } : getOffer(db, catalogueId, offerId);
  // The snapshot is canonical JSON, so the published offer comes back with its keys in canonical order.
  const published = publishedContent(db, catalogueId)?.offers.find((o) => o.id === offerId);
  const same = published !== undefined && canonicalJson(published) === canonicalJson(stored.offer);
  return {
    offer: stored.offer,
    revision: stored.revision,
    state: archived ? 'archived' : same ? 'published' : 'draft',
    published: published && !same ? published : null,
  };
}

function currentOf(db: Db, catalogueId: string, offerId: string): { offer: Offer; revision: number } | null {
  try {
    const { offer, revision } = getOffer(db, catalogueId, offerId);
    return { offer, revision };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * Saves an offer the editor loaded at `revision` (null: a new offer). Anything else stored in
 * between is a conflict, never overwritten.
 */
export function saveOffer(db: Db, catalogueId: string, offerId: string, body: unknown, revision: number | null): { stored: StoredOffer; created: boolean } {
  return db
    .transaction(() => {
      if (db.prepare('SELECT 1 FROM archived_offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, offerId))
        throw new ConflictError(`offer ${offerId} is archived; restore it first`, null);
      const current = currentOf(db, catalogueId, offerId);
      if (revision === null && current) throw new ConflictError(`an offer ${offerId} already exists`, current);
      try {
        return putOffer(db, catalogueId, offerId, body, revision ?? undefined);
      } catch (error) {
        if (error instanceof RevisionConflictError) throw new ConflictError(error.message, current);
        throw error;
      }
    })
    .immediate();
}

export function archiveOffer(db: Db, catalogueId: string, offerId: string, revision: number): void {
  db.transaction(() => {
    const current = getOffer(db, catalogueId, offerId);
    if (current.revision !== revision) throw new ConflictError(`offer ${offerId} is at revision ${current.revision}, not ${revision}`, current);
    db.prepare('INSERT INTO archived_offers (catalogue_id, id, data, revision, archived_at) VALUES (?, ?, ?, ?, ?)').run(
      catalogueId,
      offerId,
      JSON.stringify(current.offer),
      current.revision + 1,
      new Date().toISOString(),
    );
    db.prepare('DELETE FROM offers WHERE catalogue_id = ? AND id = ?').run(catalogueId, offerId);
  }).immediate();
}

export function restoreOffer(db: Db, catalogueId: string, offerId: string, revision: number): StoredOffer {
  return db
    .transaction(() => {
      const row = db.prepare('SELECT data, revision FROM archived_offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, offerId) as { data: string; revision: number } | undefined;
      if (!row) throw new NotFoundError(`no archived offer ${offerId}`);
      if (row.revision !== revision) throw new ConflictError(`archived offer ${offerId} is at revision ${row.revision}, not ${revision}`, null);
      const current = currentOf(db, catalogueId, offerId);
      if (current) throw new ConflictError(`an offer ${offerId} already exists`, current);
      db.prepare('INSERT INTO offers (catalogue_id, id, data, revision, updated_at) VALUES (?, ?, ?, ?, ?)').run(catalogueId, offerId, row.data, row.revision + 1, new Date().toISOString());
      db.prepare('DELETE FROM archived_offers WHERE catalogue_id = ? AND id = ?').run(catalogueId, offerId);
      return getOffer(db, catalogueId, offerId);
    })
    .immediate();
}

/** "Mark verified": the offer's HSDS assured_date becomes today. */
export function markVerified(db: Db, catalogueId: string, offerId: string, revision: number, today = new Date()): StoredOffer {
  const current = getOffer(db, catalogueId, offerId);
  return saveOffer(db, catalogueId, offerId, { ...current.offer, assured_date: today.toISOString().slice(0, 10) }, revision).stored;
}

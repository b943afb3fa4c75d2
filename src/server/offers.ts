// Editing one offer of a catalogue's current state. Every write keeps the catalogue publishable:
// the offer must match the shared schema and point at an organisation and needs that exist.
import { z } from 'zod';
import { catalogueContent, offer, type Offer } from '../catalogue/schema.ts';
import { currentContent, NotFoundError, requireCatalogue } from './catalogues.ts';
import type { Db } from './db.ts';

export class InvalidRecordError extends Error {
  readonly statusCode: number = 400;
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export class RevisionConflictError extends Error {
  readonly statusCode = 412;
}

export interface StoredOffer {
  offer: Offer;
  revision: number;
  updated_at: string;
}

function issuesOf(error: z.ZodError, prefix: (string | number)[] = []): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path].map(String).join('.'), message: i.message }));
}

export function invalid(what: string, error: z.ZodError): InvalidRecordError {
  return new InvalidRecordError(`${what}: ${z.prettifyError(error)}`, issuesOf(error));
}

/** A request body as `schema` gives it (an absent body counts as `{}`), or a 400 naming the issues. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw invalid(what, parsed.error);
  return parsed.data;
}

function toStored(row: { data: string; revision: number; updated_at: string }): StoredOffer {
  return { offer: JSON.parse(row.data), revision: row.revision, updated_at: row.updated_at };
}

export function listOffers(db: Db, catalogueId: string): StoredOffer[] {
  requireCatalogue(db, catalogueId);
  const rows = db.prepare('SELECT data, revision, updated_at FROM offers WHERE catalogue_id = ? ORDER BY rowid').all(catalogueId);
  return (rows as { data: string; revision: number; updated_at: string }[]).map(toStored);
}

export function getOffer(db: Db, catalogueId: string, offerId: string): StoredOffer {
  const row = db.prepare('SELECT data, revision, updated_at FROM offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, offerId);
  if (!row) throw new NotFoundError(`no offer ${offerId} in catalogue ${catalogueId}`);
  return toStored(row as { data: string; revision: number; updated_at: string });
}

/**
 * An offer as every write and proposal must give it: matching the shared schema (and the id in
 * the address, when there is one) and fitting the catalogue, so the catalogue stays publishable.
 */
export function validOffer(db: Db, catalogueId: string, body: unknown, offerId?: string): Offer {
  const parsed = offer.safeParse(body);
  if (!parsed.success) throw invalid('invalid offer', parsed.error);
  const value = parsed.data;
  if (offerId !== undefined && value.id !== offerId)
    throw new InvalidRecordError(`offer id "${value.id}" does not match the address (${offerId})`, [{ path: 'id', message: 'must equal the offer id in the URL' }]);
  // The shared catalogue rules (known organisation and needs) checked for this one offer only.
  const refs = catalogueContent.safeParse({ ...currentContent(db, catalogueId), offers: [value] });
  if (!refs.success) throw invalid('offer does not fit the catalogue', refs.error);
  return value;
}

/**
 * Creates or replaces an offer (404 for an unknown catalogue before the body is looked at). `expectedRevision` (from If-Match) makes the write fail when
 * someone else changed the offer meanwhile.
 */
export function putOffer(db: Db, catalogueId: string, offerId: string, body: unknown, expectedRevision?: number): { stored: StoredOffer; created: boolean } {
  requireCatalogue(db, catalogueId);
  const value = validOffer(db, catalogueId, body, offerId);
  const now = new Date().toISOString();
  return db
    .transaction(() => {
      const existing = db.prepare('SELECT revision FROM offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, offerId) as { revision: number } | undefined;
      if (expectedRevision !== undefined && existing?.revision !== expectedRevision)
        throw new RevisionConflictError(`offer ${offerId} is at revision ${existing?.revision ?? 'none'}, not ${expectedRevision}`);
      const data = JSON.stringify(value);
      if (existing) {
        db.prepare('UPDATE offers SET data = ?, revision = revision + 1, updated_at = ? WHERE catalogue_id = ? AND id = ?').run(data, now, catalogueId, offerId);
      } else {
        db.prepare('INSERT INTO offers (catalogue_id, id, data, updated_at) VALUES (?, ?, ?, ?)').run(catalogueId, offerId, data, now);
      }
      return { stored: getOffer(db, catalogueId, offerId), created: !existing };
    })
    .immediate();
}

export function deleteOffer(db: Db, catalogueId: string, offerId: string, expectedRevision?: number): void {
  db.transaction(() => {
    const existing = getOffer(db, catalogueId, offerId);
    if (expectedRevision !== undefined && existing.revision !== expectedRevision)
      throw new RevisionConflictError(`offer ${offerId} is at revision ${existing.revision}, not ${expectedRevision}`);
    db.prepare('DELETE FROM offers WHERE catalogue_id = ? AND id = ?').run(catalogueId, offerId);
  }).immediate();
}

export function listOrganisations(db: Db, catalogueId: string): unknown[] {
  requireCatalogue(db, catalogueId);
  const rows = db.prepare('SELECT data FROM organisations WHERE catalogue_id = ? ORDER BY rowid').all(catalogueId) as { data: string }[];
  return rows.map((r) => JSON.parse(r.data));
}

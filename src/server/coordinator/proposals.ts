// Association contributors propose; coordinators approve (possibly edited) or reject with a
// comment the contributor sees. A proposal never touches the catalogue until it is approved.
import { z } from 'zod';
import type { Offer } from '../../catalogue/schema.ts';
import type { Proposal } from '../../catalogue/workspace-api.ts';
import { NotFoundError } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { validOffer, type StoredOffer } from '../offers.ts';
import { HttpError } from '../accounts/guard.ts';
import { saveOffer } from './offers.ts';

export const comment = z.string().trim().min(1).max(2000);

/** `allowed`: the organisations the author may speak for (checked against old and new owner). */
export function createProposal(db: Db, catalogueId: string, authorId: number, allowed: string[] | 'any', body: unknown): Proposal {
  // Checked as a save would, so a coordinator never reviews an unpublishable offer.
  const proposed = validOffer(db, catalogueId, body);
  const current = db.prepare('SELECT data, revision FROM offers WHERE catalogue_id = ? AND id = ?').get(catalogueId, proposed.id) as { data: string; revision: number } | undefined;
  const owners = [proposed.organization_id, ...(current ? [(JSON.parse(current.data) as Offer).organization_id] : [])];
  if (allowed !== 'any' && owners.some((o) => !allowed.includes(o))) throw new HttpError(403, 'you may only propose changes to your own organisation’s offers');
  const { lastInsertRowid } = db
    .prepare('INSERT INTO proposals (catalogue_id, offer_id, organisation_id, author_id, data, base_revision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(catalogueId, proposed.id, proposed.organization_id, authorId, JSON.stringify(proposed), current?.revision ?? null, new Date().toISOString());
  return getProposal(db, catalogueId, Number(lastInsertRowid));
}

interface ProposalRow extends Omit<Proposal, 'offer'> {
  data: string;
}

const SELECT = `SELECT p.id, p.catalogue_id, p.offer_id, p.organisation_id, a.username AS author, p.data, p.base_revision, p.status, p.comment,
  p.created_at, p.decided_at, d.username AS decided_by
  FROM proposals p JOIN users a ON a.id = p.author_id LEFT JOIN users d ON d.id = p.decided_by`;

function toProposal({ data, ...row }: ProposalRow): Proposal {
  return { ...row, offer: JSON.parse(data) };
}

function getProposal(db: Db, catalogueId: string, id: number): Proposal {
  const row = db.prepare(`${SELECT} WHERE p.catalogue_id = ? AND p.id = ?`).get(catalogueId, id) as ProposalRow | undefined;
  if (!row) throw new NotFoundError(`no proposal ${id}`);
  return toProposal(row);
}

/** `organisations`: limit to these (a contributor sees only their own). */
export function listProposals(db: Db, catalogueId: string, opts: { status?: Proposal['status']; organisations?: string[] } = {}): Proposal[] {
  const rows = db.prepare(`${SELECT} WHERE p.catalogue_id = ? ORDER BY p.id DESC`).all(catalogueId) as ProposalRow[];
  return rows
    .filter((r) => (!opts.status || r.status === opts.status) && (!opts.organisations || opts.organisations.includes(r.organisation_id)))
    .map(toProposal);
}

function decide(db: Db, catalogueId: string, id: number, status: 'approved' | 'rejected', deciderId: number | null, note: string | null): void {
  const done = db
    .prepare("UPDATE proposals SET status = ?, comment = ?, decided_at = ?, decided_by = ? WHERE catalogue_id = ? AND id = ? AND status = 'open'")
    .run(status, note, new Date().toISOString(), deciderId, catalogueId, id);
  if (done.changes !== 1) throw new HttpError(409, `proposal ${id} was already decided`);
}

/**
 * Approves, saving the coordinator's (possibly edited) offer against the revision they saw, so a
 * change made meanwhile is a conflict rather than silently replaced.
 */
export function approveProposal(db: Db, catalogueId: string, id: number, deciderId: number | null, body: unknown, revision: number | null, note: string | null): StoredOffer {
  return db
    .transaction(() => {
      const p = getProposal(db, catalogueId, id);
      if (p.status !== 'open') throw new HttpError(409, `proposal ${id} was already decided`);
      const edited = validOffer(db, catalogueId, body);
      if (edited.id !== p.offer_id) throw new HttpError(400, 'an approved proposal keeps its offer id');
      const { stored } = saveOffer(db, catalogueId, p.offer_id, edited, revision);
      decide(db, catalogueId, id, 'approved', deciderId, note);
      return stored;
    })
    .immediate();
}

export function rejectProposal(db: Db, catalogueId: string, id: number, deciderId: number | null, note: string): void {
  getProposal(db, catalogueId, id);
  decide(db, catalogueId, id, 'rejected', deciderId, note);
}

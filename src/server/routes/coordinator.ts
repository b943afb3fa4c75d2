// The workspace API of one catalogue: offers with their states, saving against a revision,
// archive and restore, freshness, proposals and review, publish with a summary, history,
// roll back and the audit trail. Every write checks the role and leaves an audit entry.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../../catalogue/schema.ts';
import type { WorkspaceContext } from '../../catalogue/workspace-api.ts';
import { currentContent, requireCatalogue } from '../catalogues.ts';
import { setSetting, type Db } from '../db.ts';
import type { Publisher } from '../publish.ts';
import { audit, listAudit } from '../accounts/audit.ts';
import { forbidden, HttpError, type Caller, type Guard } from '../accounts/guard.ts';
import { contributorOrganisations, isCoordinator } from '../accounts/users.ts';
import { pendingChanges, restoreVersion, versionHistory } from '../coordinator/history.ts';
import {
  archiveOffer,
  ConflictError,
  freshnessMonths,
  listOfferRows,
  markVerified,
  offerDetail,
  restoreOffer,
  saveOffer,
  staleBefore,
} from '../coordinator/offers.ts';
import { importCsv } from '../coordinator/csv-import.ts';
import { exportHsds, importHsds } from '../coordinator/hsds-io.ts';
import { approveProposal, comment, createProposal, listProposals, rejectProposal } from '../coordinator/proposals.ts';
import { parseBody } from '../offers.ts';
import { publishBody } from './api.ts';

type Cat = { Params: { id: string } };
type OfferP = { Params: { id: string; offerId: string } };
type ProposalP = { Params: { id: string; proposalId: string } };

const revision = z.object({ revision: z.number().int().min(1) }).strict();
const saveBody = z.object({ offer: z.unknown(), revision: z.number().int().min(1).nullable() }).strict();
const approveBody = z.object({ offer: z.unknown(), revision: z.number().int().min(1).nullable(), comment: comment.optional() }).strict();
const rejectBody = z.object({ comment }).strict();
const proposeBody = z.object({ offer: z.unknown() }).strict();
const importBody = z
  .object({ format: z.enum(['hsds', 'csv']), language: z.enum(CONTENT_LANGUAGES), data: z.unknown(), dry_run: z.boolean().default(false) })
  .strict()
  .refine((b) => b.format !== 'csv' || typeof b.data === 'string', { message: 'CSV data is a string', path: ['data'] });
/** Imports may be larger than an edit; still bounded. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
const settingsBody = z.object({ freshness_months: z.number().int().min(1).max(120) }).strict();

export interface CoordinatorRouteOptions {
  db: Db;
  guard: Guard;
  publisher: Publisher;
}

function organisationsOf(caller: Caller, catalogueId: string): string[] | undefined {
  return isCoordinator(caller.account, catalogueId) ? undefined : contributorOrganisations(caller.account, catalogueId);
}

export async function coordinatorRoutes(app: FastifyInstance, opts: CoordinatorRouteOptions) {
  const { db, guard, publisher } = opts;
  const log = (caller: Caller, catalogue_id: string, action: string, target?: string, detail?: unknown) => audit(db, { actor: caller.account.username, catalogue_id, action, target, detail });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  // A conflict answers with what is stored now, so the editor can show both versions.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof ConflictError) return reply.code(409).send({ error: 'conflict', message: error.message, current: error.current });
    throw error;
  });

  const member = async (request: FastifyRequest<Cat>) => {
    requireCatalogue(db, request.params.id);
    return guard.member(request, request.params.id);
  };
  const coordinator = async (request: FastifyRequest<Cat>) => {
    requireCatalogue(db, request.params.id);
    return guard.coordinator(request, request.params.id);
  };

  app.get<Cat>('/api/workspace/:id/context', async (request): Promise<WorkspaceContext> => {
    const caller = await member(request);
    const content = currentContent(db, request.params.id);
    return {
      catalogue: content.catalogue,
      needs: content.needs,
      organisations: content.organisations,
      freshness_months: freshnessMonths(db, request.params.id),
      coordinator: isCoordinator(caller.account, request.params.id),
      own_organisations: contributorOrganisations(caller.account, request.params.id),
    };
  });

  app.get<Cat>('/api/workspace/:id/offers', async (request) => {
    const caller = await member(request);
    const own = organisationsOf(caller, request.params.id);
    const rows = listOfferRows(db, request.params.id);
    return { offers: own ? rows.filter((r) => own.includes(r.organization_id)) : rows };
  });

  app.get<OfferP>('/api/workspace/:id/offers/:offerId', async (request) => {
    const caller = await member(request);
    const detail = offerDetail(db, request.params.id, request.params.offerId);
    const own = organisationsOf(caller, request.params.id);
    if (own && !own.includes(detail.offer.organization_id)) throw forbidden();
    return detail;
  });

  app.put<OfferP>('/api/workspace/:id/offers/:offerId', async (request, reply) => {
    const caller = await coordinator(request);
    const { id, offerId } = request.params;
    const body = parseBody(saveBody, request.body, 'invalid save request');
    const { stored, created } = saveOffer(db, id, offerId, body.offer, body.revision);
    log(caller, id, created ? 'create-offer' : 'update-offer', offerId, { revision: stored.revision });
    return reply.code(created ? 201 : 200).send(offerDetail(db, id, offerId));
  });

  for (const [action, run] of [
    ['archive', archiveOffer],
    ['restore', restoreOffer],
    ['verify', markVerified],
  ] as const) {
    app.post<OfferP>(`/api/workspace/:id/offers/:offerId/${action}`, async (request) => {
      const caller = await coordinator(request);
      const { id, offerId } = request.params;
      const body = parseBody(revision, request.body, `invalid ${action} request`);
      run(db, id, offerId, body.revision);
      log(caller, id, `${action}-offer`, offerId);
      return offerDetail(db, id, offerId);
    });
  }

  app.get<Cat>('/api/workspace/:id/freshness', async (request) => {
    await coordinator(request);
    const months = freshnessMonths(db, request.params.id);
    const stale = listOfferRows(db, request.params.id).filter((r) => r.stale);
    return { months, stale_before: staleBefore(months), offers: stale.sort((a, b) => a.assured_date.localeCompare(b.assured_date)) };
  });

  app.put<Cat>('/api/workspace/:id/settings', async (request) => {
    const caller = await coordinator(request);
    const body = parseBody(settingsBody, request.body, 'invalid settings');
    setSetting(db, `freshness_months.${request.params.id}`, String(body.freshness_months));
    log(caller, request.params.id, 'settings', 'freshness_months', body);
    return { freshness_months: body.freshness_months };
  });

  app.get<Cat>('/api/workspace/:id/changes', async (request) => {
    await coordinator(request);
    return pendingChanges(db, request.params.id);
  });

  app.post<Cat>('/api/workspace/:id/publish', async (request) => {
    const caller = await coordinator(request);
    const { id } = request.params;
    const body = parseBody(publishBody, request.body, 'invalid publish request');
    const summary = pendingChanges(db, id);
    const { version } = await publisher.publish(id, { note: body.note });
    log(caller, id, 'publish', String(version), { note: body.note ?? null, added: summary.offers.added.length, changed: summary.offers.changed.length, removed: summary.offers.removed.length });
    return { version, summary };
  });

  app.get<Cat>('/api/workspace/:id/versions', async (request) => {
    await coordinator(request);
    return { versions: versionHistory(db, request.params.id) };
  });

  app.post<{ Params: { id: string; version: string } }>('/api/workspace/:id/versions/:version/rollback', async (request) => {
    const caller = await coordinator(request);
    const { id } = request.params;
    const target = Number(request.params.version);
    const body = parseBody(publishBody, request.body, 'invalid roll-back request');
    const summary = restoreVersion(db, id, target);
    const { version } = await publisher.publish(id, { note: body.note ?? `roll back to version ${target}` });
    log(caller, id, 'rollback', String(version), { to: target, note: body.note ?? null });
    return { version, restored: target, summary };
  });

  app.get<Cat & { Querystring: { status?: string } }>('/api/workspace/:id/proposals', async (request) => {
    const caller = await member(request);
    const status = z.enum(['open', 'approved', 'rejected']).optional().safeParse(request.query.status);
    return { proposals: listProposals(db, request.params.id, { status: status.success ? status.data : undefined, organisations: organisationsOf(caller, request.params.id) }) };
  });

  app.post<Cat>('/api/workspace/:id/proposals', async (request, reply) => {
    const caller = await member(request);
    const { id } = request.params;
    if (!caller.session) throw forbidden('proposals come from people, not the publish token');
    const body = parseBody(proposeBody, request.body, 'invalid proposal');
    const proposal = createProposal(db, id, caller.account.id, organisationsOf(caller, id) ?? 'any', body.offer);
    log(caller, id, 'propose', proposal.offer_id, { proposal: proposal.id });
    return reply.code(201).send(proposal);
  });

  app.post<ProposalP>('/api/workspace/:id/proposals/:proposalId/approve', async (request) => {
    const caller = await coordinator(request as FastifyRequest<ProposalP>);
    const { id } = request.params;
    const body = parseBody(approveBody, request.body, 'invalid approval');
    const stored = approveProposal(db, id, Number(request.params.proposalId), caller.account.id || null, body.offer, body.revision, body.comment ?? null);
    log(caller, id, 'approve-proposal', stored.offer.id, { proposal: Number(request.params.proposalId), revision: stored.revision });
    return offerDetail(db, id, stored.offer.id);
  });

  app.post<ProposalP>('/api/workspace/:id/proposals/:proposalId/reject', async (request) => {
    const caller = await coordinator(request as FastifyRequest<ProposalP>);
    const { id } = request.params;
    const body = parseBody(rejectBody, request.body, 'invalid rejection');
    rejectProposal(db, id, Number(request.params.proposalId), caller.account.id || null, body.comment);
    log(caller, id, 'reject-proposal', request.params.proposalId, { comment: body.comment });
    return { rejected: Number(request.params.proposalId) };
  });

  app.get<Cat & { Querystring: { lang?: string } }>('/api/workspace/:id/export/hsds', async (request, reply) => {
    await coordinator(request);
    const lang = z.enum(CONTENT_LANGUAGES).safeParse(request.query.lang);
    if (!lang.success) throw new HttpError(400, 'lang must be one of da, de, en: an HSDS export is in one language');
    reply.header('content-disposition', `attachment; filename="${request.params.id}-hsds-${lang.data}.json"`);
    return exportHsds(db, request.params.id, lang.data);
  });

  app.post<Cat>('/api/workspace/:id/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    const caller = await coordinator(request);
    const { id } = request.params;
    const body = parseBody(importBody, request.body, 'invalid import request');
    const report = body.format === 'hsds' ? importHsds(db, id, body.data, body.language, body.dry_run) : importCsv(db, id, body.data as string, body.language, body.dry_run);
    if (report.applied) log(caller, id, 'import', body.format, { language: body.language, added: report.added, updated: report.updated });
    return report;
  });

  app.get<Cat & { Querystring: { before?: string } }>('/api/workspace/:id/audit', async (request) => {
    await coordinator(request);
    const before = Number(request.query.before);
    return { entries: listAudit(db, request.params.id, { before: Number.isInteger(before) && before > 0 ? before : undefined }) };
  });
}

// The editing API the coordinator workspace builds on: offers of a catalogue and publishing.
// Authentication is one preHandler, so accounts and roles can replace the token later.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { latestVersion, listCatalogues } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { deleteOffer, getOffer, InvalidRecordError, listOffers, listOrganisations, parseBody, putOffer, type StoredOffer } from '../offers.ts';
import type { Publisher } from '../publish.ts';
import { requireAuth, type Authenticate } from '../auth.ts';

type CatalogueParams = { Params: { id: string } };
type OfferParams = { Params: { id: string; offerId: string } };

export const publishBody = z.object({ note: z.string().trim().max(500).optional() }).strict();

function revisionTag(revision: number): string {
  return `"r${revision}"`;
}

/** The revision an If-Match header insists on, if any. */
function expectedRevision(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^"r(\d+)"$/.exec(header.trim());
  if (!match) throw new InvalidRecordError('If-Match must be an ETag from this API, e.g. "r3"', [{ path: 'If-Match', message: 'unknown tag' }]);
  return Number(match[1]);
}

function sendOffer(reply: FastifyReply, stored: StoredOffer) {
  return reply.header('etag', revisionTag(stored.revision)).header('cache-control', 'no-store').send(stored.offer);
}

export async function apiRoutes(app: FastifyInstance, opts: { db: Db; publisher: Publisher; authenticate: Authenticate }) {
  const { db, publisher } = opts;
  app.addHook('preHandler', requireAuth(opts.authenticate));
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get('/api/catalogues', async () => ({ catalogues: listCatalogues(db) }));

  app.get<CatalogueParams>('/api/catalogues/:id/offers', async (request) => {
    const offers = listOffers(db, request.params.id);
    return { catalogue_id: request.params.id, published_version: latestVersion(db, request.params.id), offers: offers.map((o) => o.offer) };
  });

  app.get<CatalogueParams>('/api/catalogues/:id/organisations', async (request) => ({ organisations: listOrganisations(db, request.params.id) }));

  app.get<OfferParams>('/api/catalogues/:id/offers/:offerId', async (request, reply) => sendOffer(reply, getOffer(db, request.params.id, request.params.offerId)));

  app.put<OfferParams>('/api/catalogues/:id/offers/:offerId', async (request, reply) => {
    const { id, offerId } = request.params;
    const { stored, created } = putOffer(db, id, offerId, request.body, expectedRevision(request));
    request.log.info({ catalogue: id, offer: offerId, by: request.principal?.id, revision: stored.revision }, created ? 'offer created' : 'offer updated');
    return sendOffer(reply.code(created ? 201 : 200), stored);
  });

  app.delete<OfferParams>('/api/catalogues/:id/offers/:offerId', async (request, reply) => {
    const { id, offerId } = request.params;
    deleteOffer(db, id, offerId, expectedRevision(request));
    request.log.info({ catalogue: id, offer: offerId, by: request.principal?.id }, 'offer deleted');
    return reply.code(204).send();
  });

  app.post<CatalogueParams>('/api/catalogues/:id/publish', async (request) => {
    const body = parseBody(publishBody, request.body, 'invalid publish request');
    const { version } = await publisher.publish(request.params.id, { note: body.note });
    request.log.info({ catalogue: request.params.id, version, by: request.principal?.id }, 'catalogue published');
    return { version, manifest: `/catalogues/${request.params.id}/manifest.json` };
  });
}

// Plugs accounts into the publishing server: cookies, the guard that replaces
// the bare token check on the editing API, and audit entries for writes made through that API.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth.ts';
import { latestVersion } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { audit } from './audit.ts';
import { createGuard, type Guard } from './guard.ts';

/** Routes of the publishing server's editing API whose successful writes the trail records. */
const AUDITED: Record<string, Record<string, string>> = {
  '/api/catalogues/:id/offers/:offerId': { PUT: 'api-put-offer', DELETE: 'api-delete-offer' },
  '/api/catalogues/:id/publish': { POST: 'publish' },
};

export async function installAccounts(app: FastifyInstance, opts: { db: Db; publishToken: string; trustProxy?: boolean }): Promise<Guard> {
  await app.register(cookie);
  const guard = createGuard(opts.db, bearerToken(opts.publishToken), { trustProxy: opts.trustProxy });

  app.addHook('onSend', async (request, reply, payload) => {
    const action = AUDITED[request.routeOptions.url ?? '']?.[request.method];
    if (!action || reply.statusCode >= 300 || !request.principal) return payload;
    const params = request.params as { id: string; offerId?: string };
    // A publish is identified by the version it produced, which only the answer knows.
    const target = params.offerId ?? String(typeof payload === 'string' ? (JSON.parse(payload) as { version: number }).version : latestVersion(opts.db, params.id));
    audit(opts.db, { actor: request.principal.id, catalogue_id: params.id, action, target });
    return payload;
  });
  return guard;
}

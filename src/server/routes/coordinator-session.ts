// Logging in and out, invitations and (for admins) accounts. Login is rate-limited and answers
// the same for an unknown name and a wrong password.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PublicAccount, SessionInfo, WorkspaceCatalogue } from '../../catalogue/workspace-api.ts';
import { listCatalogues } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { audit } from '../accounts/audit.ts';
import { assertSameSite, forbidden, type Guard } from '../accounts/guard.ts';
import { DUMMY_HASH, verifyPassword } from '../accounts/passwords.ts';
import { createSession, endAllSessions, endSession, SESSION_COOKIE, type Session } from '../accounts/sessions.ts';
import { acceptInvitation, accountById, createAccount, createInvitation, credentialsOf, isCoordinator, listAccounts, newUser, openInvitation, password, username, type Account } from '../accounts/users.ts';
import { parseBody } from '../offers.ts';

export interface SessionRouteOptions {
  db: Db;
  guard: Guard;
  /** Login attempts per client and minute (default 10). */
  loginLimit?: number;
}

const login = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(200) }).strict();
const acceptBody = z.object({ username, display_name: z.string().trim().min(1).max(100), password }).strict();
const inviteBody = z
  .object({ role: z.enum(['coordinator', 'contributor']), organisation_id: z.string().min(1).max(80).nullable().default(null) })
  .strict();

function publicAccount(a: Account): PublicAccount {
  return { username: a.username, display_name: a.display_name, is_admin: a.is_admin, memberships: a.memberships };
}

export async function coordinatorSessionRoutes(app: FastifyInstance, opts: SessionRouteOptions) {
  const { db, guard } = opts;
  // Registered here, not on the root, so other plugins may register their own limits.
  await app.register(rateLimit, { global: false });
  const isHttps = (request: FastifyRequest) => request.protocol === 'https' || (guard.trustProxy && request.headers['x-forwarded-proto'] === 'https');

  function startSession(request: FastifyRequest, reply: FastifyReply, account: Account): SessionInfo {
    const session = createSession(db, account.id);
    reply.setCookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: isHttps(request), path: '/', expires: new Date(session.expires_at) });
    return { account: publicAccount(account), csrf: session.csrf, expires_at: session.expires_at };
  }

  app.post('/api/session', { config: { rateLimit: { max: opts.loginLimit ?? 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    assertSameSite(request, guard.trustProxy);
    const body = parseBody(login, request.body, 'invalid login');
    const found = credentialsOf(db, body.username);
    // Hash even for an unknown name, so the answer time does not reveal which names exist.
    const ok = await verifyPassword(body.password, found?.password_hash ?? DUMMY_HASH);
    if (!found || !ok) return reply.code(401).send({ error: 'unauthorized', message: 'wrong user name or password' });
    const account = accountById(db, found.id)!;
    audit(db, { actor: account.username, action: 'login' });
    return startSession(request, reply, account);
  });

  app.get('/api/session', async (request): Promise<SessionInfo> => {
    const caller = await guard.require(request);
    const session = caller.session as Session | undefined;
    return { account: publicAccount(caller.account), csrf: session?.csrf ?? null, expires_at: session?.expires_at ?? null };
  });

  app.delete('/api/session', async (request, reply) => {
    await guard.require(request);
    const token = request.cookies[SESSION_COOKIE];
    if (token) endSession(db, token);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
  });

  app.post('/api/session/everywhere', async (request, reply) => {
    const caller = await guard.require(request);
    if (!caller.session) throw forbidden('only a person can log out everywhere');
    const ended = endAllSessions(db, caller.account.id);
    audit(db, { actor: caller.account.username, action: 'logout-everywhere', detail: { sessions: ended } });
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).send({ ended });
  });

  app.post<{ Params: { id: string } }>('/api/workspace/:id/invitations', async (request) => {
    const { id } = request.params;
    const caller = await guard.coordinator(request, id);
    const body = parseBody(inviteBody, request.body, 'invalid invitation');
    // Coordinators invite associations; only an admin makes another coordinator.
    if (body.role === 'coordinator' && !caller.account.is_admin) throw forbidden('only an administrator can invite a coordinator');
    if (body.role === 'contributor' && !body.organisation_id) throw forbidden('a contributor invitation names an organisation');
    const invite = createInvitation(db, { catalogue_id: id, role: body.role, organisation_id: body.role === 'contributor' ? body.organisation_id : null }, caller.account.id || null);
    audit(db, { actor: caller.account.username, catalogue_id: id, action: 'invite', target: body.organisation_id ?? body.role, detail: { role: body.role, expires_at: invite.expires_at } });
    return { ...invite, path: `/coordinator/invitation/${invite.token}` };
  });

  app.get<{ Params: { token: string } }>('/api/invitations/:token', async (request) => openInvitation(db, request.params.token));

  app.post<{ Params: { token: string } }>('/api/invitations/:token', { config: { rateLimit: { max: opts.loginLimit ?? 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    assertSameSite(request, guard.trustProxy);
    const body = parseBody(acceptBody, request.body, 'invalid account');
    const account = await acceptInvitation(db, request.params.token, body);
    const m = account.memberships[0];
    audit(db, { actor: account.username, catalogue_id: m?.catalogue_id, action: 'accept-invitation', target: m?.organisation_id ?? m?.role });
    return startSession(request, reply, account);
  });

  app.get('/api/users', async (request) => {
    await guard.admin(request);
    return { users: listAccounts(db).map(publicAccount) };
  });

  app.post('/api/users', async (request, reply) => {
    const caller = await guard.admin(request);
    const body = parseBody(newUser, request.body, 'invalid account');
    const account = await createAccount(db, body);
    audit(db, { actor: caller.account.username, action: 'create-user', target: account.username, detail: { is_admin: account.is_admin, memberships: account.memberships } });
    return reply.code(201).send(publicAccount(account));
  });

  app.get('/api/workspace', async (request): Promise<{ catalogues: WorkspaceCatalogue[] }> => {
    const caller = await guard.require(request);
    return {
      catalogues: listCatalogues(db)
        .filter((c) => caller.account.is_admin || caller.account.memberships.some((m) => m.catalogue_id === c.id))
        .map((c) => ({ ...c, coordinator: isCoordinator(caller.account, c.id) })),
    };
  });
}

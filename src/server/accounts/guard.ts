// Who is asking and whether they may: a session cookie (people) or the publish token
// (automation). Cookie-authenticated writes must also prove they come from this site.
import type { FastifyRequest } from 'fastify';
import type { Authenticate } from '../auth.ts';
import type { Db } from '../db.ts';
import { findSession, SESSION_COOKIE, type Session } from './sessions.ts';
import { canSee, isCoordinator, type Account } from './users.ts';

const CSRF_HEADER = 'x-csrf-token';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const unauthorized = () => new HttpError(401, 'please log in');
export const forbidden = (why = 'your role does not allow this') => new HttpError(403, why);

/** The publish token acts as an administrator without a person behind it. */
const TOKEN_ACCOUNT: Account = { id: 0, username: 'publish-token', display_name: 'publish token', is_admin: true, memberships: [] };

export interface Caller {
  account: Account;
  /** Set for cookie sessions; token callers carry no ambient credential, so need no CSRF proof. */
  session?: Session;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function isSafe(request: FastifyRequest): boolean {
  return SAFE.has(request.method);
}

/**
 * Refuses a browser request started by another site (Fetch metadata, then Origin against the
 * host asked for, which behind a trusted proxy is the one it forwards).
 */
export function assertSameSite(request: FastifyRequest, trustProxy = false): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw forbidden('cross-site request refused');
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    const forwarded = trustProxy ? request.headers['x-forwarded-host'] : undefined;
    const asked = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : request.headers.host;
    if (host !== asked) throw forbidden('cross-site request refused');
  }
}

export function createGuard(db: Db, bearer: Authenticate, options: { trustProxy?: boolean } = {}) {
  const trustProxy = options.trustProxy === true;
  const resolved = new WeakMap<FastifyRequest, Caller | null>();

  async function callerOf(request: FastifyRequest): Promise<Caller | undefined> {
    if (resolved.has(request)) return resolved.get(request) ?? undefined;
    let caller: Caller | undefined;
    if (request.headers.authorization) {
      if (await bearer(request)) caller = { account: TOKEN_ACCOUNT };
    } else {
      const session = findSession(db, request.cookies?.[SESSION_COOKIE]);
      if (session) caller = { account: session.account, session };
    }
    if (caller?.session && !isSafe(request)) {
      assertSameSite(request, trustProxy);
      if (request.headers[CSRF_HEADER] !== caller.session.csrf) throw forbidden('missing or wrong CSRF token');
    }
    resolved.set(request, caller ?? null);
    return caller;
  }

  async function require(request: FastifyRequest): Promise<Caller> {
    const caller = await callerOf(request);
    if (!caller) throw unauthorized();
    return caller;
  }

  return {
    trustProxy,
    require,
    async admin(request: FastifyRequest): Promise<Caller> {
      const caller = await require(request);
      if (!caller.account.is_admin) throw forbidden();
      return caller;
    },
    async coordinator(request: FastifyRequest, catalogueId: string): Promise<Caller> {
      const caller = await require(request);
      if (!isCoordinator(caller.account, catalogueId)) throw forbidden();
      return caller;
    },
    /** Coordinators and the catalogue's contributors. */
    async member(request: FastifyRequest, catalogueId: string): Promise<Caller> {
      const caller = await require(request);
      if (!canSee(caller.account, catalogueId)) throw forbidden();
      return caller;
    },
    /** For the publishing server's editing API: the token, or a coordinator of the catalogue in the URL. */
    authenticate(): Authenticate {
      return async (request) => {
        const caller = await callerOf(request);
        if (!caller) return undefined;
        const catalogueId = (request.params as { id?: string } | undefined)?.id;
        if (catalogueId ? !isCoordinator(caller.account, catalogueId) : !caller.account.is_admin && caller.account.memberships.length === 0) throw forbidden();
        return { id: caller.account.username };
      };
    },
  };
}

export type Guard = ReturnType<typeof createGuard>;

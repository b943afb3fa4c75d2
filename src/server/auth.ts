// Who may edit and publish. For now one secret bearer token kept in the data folder; the routes
// only see `authenticate`, so user accounts and roles can replace it without touching them.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { writeAtomic } from './files.ts';

const TOKEN_FILE = 'publish-token';

export interface Principal {
  /** Who acted, for logs and (later) the audit trail. */
  id: string;
}

/** Resolves a request to a principal, or undefined when it is not authenticated. */
export type Authenticate = (request: FastifyRequest) => Principal | undefined | Promise<Principal | undefined>;

export function ensurePublishToken(dataDir: string): string {
  const path = join(dataDir, TOKEN_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const token = randomBytes(32).toString('base64url');
  writeAtomic(path, `${token}\n`, 0o600);
  return token;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function bearerToken(token: string): Authenticate {
  const expected = digest(token);
  return (request) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    // Comparing fixed-length digests keeps the check constant-time whatever the input length.
    return match && timingSafeEqual(digest(match[1]), expected) ? { id: 'publish-token' } : undefined;
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The one preHandler every editing route uses. */
export function requireAuth(authenticate: Authenticate) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = await authenticate(request);
    if (!principal) {
      reply.header('WWW-Authenticate', 'Bearer realm="catalogue"');
      return reply.code(401).send({ error: 'unauthorized', message: 'a valid Authorization: Bearer token is required' });
    }
    request.principal = principal;
  };
}

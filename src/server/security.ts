// Headers every response carries, whatever route (or error) produced it: a policy that allows
// no inline script and no framing, no MIME sniffing and no referrer leaking.
import type { FastifyInstance } from 'fastify';

export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...extraConnectSources].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function addSecurityHeaders(app: FastifyInstance, extraConnectSources: readonly string[] = []): void {
  const headers = {
    'content-security-policy': contentSecurityPolicy(extraConnectSources),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}

// The public, read-only side: what phones (and static mirrors) fetch. Every body is checked
// against the database before it leaves, and carries a strong ETag derived from its sha256.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../catalogue/manifest.ts';
import { catalogueIndex } from '../catalogues.ts';
import type { Db } from '../db.ts';
import { MANIFEST_NAME, sha256OfBytes, type PublishedFiles } from '../files.ts';
import { publishedKeyList } from '../keystore.ts';

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `"<sha>"`, or `"<sha>-br"` once compressed, since each encoding is its own representation. */
function etagMatches(header: string | undefined, sha256: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gzip|deflate|zstd)$/, '') === sha256);
}

async function etagPerEncoding(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const encoding = reply.getHeader('content-encoding');
  const etag = reply.getHeader('etag');
  if (typeof encoding === 'string' && typeof etag === 'string' && !etag.endsWith(`-${encoding}"`)) reply.header('etag', `${etag.slice(0, -1)}-${encoding}"`);
  return payload;
}

function sendVerified(request: FastifyRequest, reply: FastifyReply, bytes: Buffer, sha256: string, cacheControl: string) {
  reply.header('etag', `"${sha256}"`).header('cache-control', cacheControl).header('vary', 'Accept-Encoding');
  if (etagMatches(request.headers['if-none-match'], sha256)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(bytes);
}

function sendGenerated(request: FastifyRequest, reply: FastifyReply, value: unknown) {
  const bytes = Buffer.from(canonicalJson(value));
  return sendVerified(request, reply, bytes, sha256OfBytes(bytes), NO_CACHE);
}

export async function catalogueRoutes(app: FastifyInstance, opts: { db: Db; dataDir: string; files: PublishedFiles }) {
  // @fastify/compress adds its onSend to each route as it is declared; appending ours after it
  // lets the ETag name the encoding actually sent.
  app.addHook('onRoute', (route) => {
    route.onSend = [...(Array.isArray(route.onSend) ? route.onSend : route.onSend ? [route.onSend] : []), etagPerEncoding];
  });

  app.get('/catalogues/index.json', (request, reply) => sendGenerated(request, reply, catalogueIndex(opts.db)));
  app.get('/catalogues/keys.json', (request, reply) => sendGenerated(request, reply, publishedKeyList(opts.dataDir)));

  app.get<{ Params: { id: string; file: string } }>('/catalogues/:id/:file', (request, reply) => {
    const { id, file } = request.params;
    const found = opts.files.read(id, file);
    if (!found) return reply.code(404).send({ error: 'not-found', message: `no published file ${id}/${file}` });
    return sendVerified(request, reply, found.bytes, found.sha256, file === MANIFEST_NAME ? NO_CACHE : IMMUTABLE);
  });
}

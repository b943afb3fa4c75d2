// Serves the built PWA: hashed assets cached for good, the service worker and the page always
// revalidated (so an update is seen), and index.html for any other page the app routes itself.
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { IMMUTABLE, NO_CACHE } from './catalogues.ts';

/** Vite and workbox put a content hash in these names, so they never change. */
function isHashed(path: string): boolean {
  const name = basename(path);
  return /[\\/]assets[\\/]/.test(path) || /^workbox-[0-9a-f]{8}\.js$/.test(name);
}

function isNavigation(url: string, accept: string | undefined): boolean {
  return !/^\/(api|catalogues)(\/|$)/.test(url) && (accept ?? '').includes('text/html');
}

/** Called on the root instance (not registered), since the not-found handler must cover every path. */
export async function appRoutes(app: FastifyInstance, opts: { distDir: string }) {
  const root = resolve(opts.distDir);
  const built = existsSync(resolve(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders: (reply, path) => {
        reply.header('cache-control', isHashed(path) ? IMMUTABLE : NO_CACHE);
      },
    });
  } else {
    app.log.warn(`no built app in ${root}; run "npx vite build" (npm start does it for you)`);
  }

  app.setNotFoundHandler((request, reply) => {
    if (built && (request.method === 'GET' || request.method === 'HEAD') && isNavigation(request.url, request.headers.accept)) {
      return reply.header('cache-control', NO_CACHE).sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not-found', message: `nothing at ${request.method} ${request.url.split('?')[0]}` });
  });
}

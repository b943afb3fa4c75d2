// One process serving the PWA, the published catalogues and the editing API from one data
// folder. Tests, the e2e helper and `npm start` all start it through startServer.
import compress from '@fastify/compress';
import Fastify, { type FastifyError } from 'fastify';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePublishToken, type Authenticate } from './auth.ts';
import { importCatalogue, listCatalogues } from './catalogues.ts';
import { getSetting, openDatabase, setSetting, type Db } from './db.ts';
import { cataloguesDir, PublishedFiles, removeQuietly } from './files.ts';
import { ensureSigningKeys } from './keystore.ts';
import { Publisher } from './publish.ts';
import { apiRoutes } from './routes/api.ts';
import { appRoutes } from './routes/app.ts';
import { catalogueRoutes } from './routes/catalogues.ts';
import { usageRoutes } from './routes/usage.ts';
import { ensureDemoAccounts, type DemoAccount } from './accounts/demo.ts';
import { installAccounts } from './accounts/install.ts';
import { coordinatorRoutes } from './routes/coordinator.ts';
import { coordinatorSessionRoutes } from './routes/coordinator-session.ts';
import { addSecurityHeaders } from './security.ts';

const BODY_LIMIT = 1024 * 1024;

const ERROR_CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'gone',
  412: 'revision-conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'invalid-catalogue',
  429: 'too-many-requests',
};

export interface ServerOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built PWA (default ./dist). */
  distDir?: string;
  /** On first start, import and publish the demo catalogues (default true). */
  seedDemo?: boolean;
  /** On first start, import and publish these catalogues (shared content shape) as well. */
  seed?: unknown[];
  logger?: boolean;
  /** Manifest lifetime in days (default 90). */
  expiryDays?: number;
  /** Origins the app may fetch catalogues from besides its own (CSP connect-src). */
  connectSources?: string[];
  /** Replaces the bearer-token check (user accounts later). */
  authenticate?: Authenticate;
  /** On a first start that seeds catalogues, create demo accounts (default: when seeding the demo). */
  demoAccounts?: boolean;
  /** Trust X-Forwarded-Proto (a reverse proxy terminating https) for the Secure cookie flag. */
  trustProxy?: boolean;
  /** Login attempts per client and minute (default 10). */
  loginLimit?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  publishToken: string;
  /** Accounts made on this first start, with their passwords (empty otherwise). */
  demoAccounts: DemoAccount[];
}

async function seedFirstStart(db: Db, publisher: Publisher, opts: ServerOptions): Promise<string[]> {
  if (getSetting(db, 'seeded_at') !== undefined || listCatalogues(db).length > 0) return [];
  const contents = [...(opts.seed ?? [])];
  if (opts.seedDemo ?? true) {
    // Loaded only here, so a server without demo data files still starts.
    const demo = await import('../catalogue/demo/index.ts');
    contents.push(...demo.DEMO_CATALOGUE_IDS.map((id) => demo.loadDemoCatalogue(id)));
  }
  if (contents.length === 0) return [];
  const ids = contents.map((c) => importCatalogue(db, c).catalogue.id);
  setSetting(db, 'seeded_at', new Date().toISOString());
  for (const id of ids) await publisher.publish(id, { note: 'first start' });
  return ids;
}

/** Temporary files a crash left between writing and renaming. */
function removeStaleTemps(dataDir: string): void {
  for (const entry of readdirSync(cataloguesDir(dataDir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.tmp')) removeQuietly(join(entry.parentPath, entry.name));
  }
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const db = openDatabase(opts.dataDir);
  try {
    await ensureSigningKeys(opts.dataDir);
    const publishToken = ensurePublishToken(opts.dataDir);
    // Closing must not wait on a client still uploading (a refused oversized body keeps its socket busy).
    const app = Fastify({ logger: opts.logger ?? false, bodyLimit: BODY_LIMIT, forceCloseConnections: true });
    const files = new PublishedFiles(db, opts.dataDir, (e) => app.log.warn(e, `published file ${e.catalogueId}/${e.name} was ${e.problem}; rewritten from the database`));
    const publisher = new Publisher(db, opts.dataDir, { expiryDays: opts.expiryDays });

    const seeded = await seedFirstStart(db, publisher, opts);
    if (seeded.length) app.log.info({ catalogues: seeded }, 'first start: catalogues seeded and published');
    const demoAccounts = seeded.length && (opts.demoAccounts ?? opts.seedDemo ?? true) ? await ensureDemoAccounts(db, opts.dataDir) : [];
    removeStaleTemps(opts.dataDir);
    for (const c of listCatalogues(db)) files.repairCatalogue(c.id);

    await app.register(compress, { global: true, encodings: ['br', 'gzip'] });
    addSecurityHeaders(app, opts.connectSources);
    app.setErrorHandler((error: FastifyError & { issues?: unknown }, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error(error);
      return reply.code(status).send({
        error: ERROR_CODES[status] ?? (status >= 500 ? 'internal' : 'bad-request'),
        message: status >= 500 ? 'internal server error' : error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      });
    });
    await app.register(catalogueRoutes, { db, dataDir: opts.dataDir, files });
    const guard = await installAccounts(app, { db, publishToken, trustProxy: opts.trustProxy });
    const authenticate = opts.authenticate ?? guard.authenticate();
    await app.register(apiRoutes, { db, publisher, authenticate });
    await app.register(usageRoutes, { db, authenticate });
    await app.register(coordinatorSessionRoutes, { db, guard, loginLimit: opts.loginLimit });
    await app.register(coordinatorRoutes, { db, guard, publisher });
    await appRoutes(app, { distDir: opts.distDir ?? 'dist' });

    await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 8080 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${host}:${address.port}`,
      publishToken,
      demoAccounts,
      close: async () => {
        await app.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

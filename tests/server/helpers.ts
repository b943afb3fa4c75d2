// A small catalogue and a server on a fresh temporary data folder, shared by the server tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CatalogueContentInput, offer } from '../../src/catalogue/schema.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server.ts';

type OfferInput = z.input<typeof offer>;

export function fixtureOffer(id: string, overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    id,
    organization_id: 'bornsvoksenvenner',
    name: { da: `Tilbud ${id}`, en: `Offer ${id}` },
    summary: { da: 'En voksenven til et barn', en: 'An adult friend for a child' },
    description: { da: 'Frivillige voksne mødes med et barn hver anden uge.' },
    categories: ['loneliness'],
    languages: ['da'],
    free: true,
    access: 'both',
    assured_date: '2025-01-15',
    ...overrides,
  };
}

export function fixtureCatalogue(id = 'testby'): CatalogueContentInput {
  return {
    catalogue: { id, name: { da: 'Testby', de: 'Teststadt', en: 'Test town' }, region: 'Testby Kommune', default_language: 'da' },
    needs: [
      { id: 'loneliness', name: { da: 'Ensomhed', en: 'Loneliness' } },
      { id: 'learning', name: { da: 'Lektier', en: 'Homework' } },
    ],
    organisations: [
      { id: 'bornsvoksenvenner', name: 'Børns Voksenvenner', description: { da: 'Voksenvenner til børn' } },
      { id: 'redbarnet', name: 'Red Barnet', description: { da: 'Børns rettigheder' } },
    ],
    offers: [
      fixtureOffer('voksenven'),
      fixtureOffer('lektiecafe', { organization_id: 'redbarnet', categories: ['learning'], name: { da: 'Lektiecafé' } }),
      fixtureOffer('ferielejr', { organization_id: 'redbarnet', free: false, minimum_age: 7, maximum_age: 12 }),
    ],
    places: [{ postal_code: '8000', name: 'Aarhus C', latitude: 56.15, longitude: 10.21 }],
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tilbud-server-'));
}

export interface TestServer extends RunningServer {
  dataDir: string;
  /** fetch against the server, with the publish token unless `auth: false`. */
  api(path: string, init?: RequestInit & { auth?: boolean }): Promise<Response>;
}

export async function startFixtureServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const server = await startServer({ port: 0, seedDemo: false, seed: [fixtureCatalogue()], distDir: join(dataDir, 'no-dist'), ...options, dataDir });
  return {
    ...server,
    dataDir,
    api(path, { auth = true, headers, ...init } = {}) {
      const h = new Headers(headers);
      if (auth) h.set('authorization', `Bearer ${server.publishToken}`);
      if (init.body !== undefined && !h.has('content-type')) h.set('content-type', 'application/json');
      return fetch(`${server.url}${path}`, { ...init, headers: h });
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

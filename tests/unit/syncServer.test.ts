// The client sync against the real publishing server over HTTP on 127.0.0.1: edits published
// through the API reach the device as deltas, 304s end a check, and the result equals the snapshot.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFile } from '../../src/catalogue/manifest.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { readHeldCatalogue } from '../../src/storage/catalogueStore.ts';
import { fetchCatalogueIndex } from '../../src/sync/catalogueIndex.ts';
import { syncCatalogue } from '../../src/sync/sync.ts';
import { freshDb, makeContent, makeOffer, normalised } from './syncFixtures.ts';

let server: RunningServer;
let dataDir: string;
const db = freshDb();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sync-server-'));
  server = await startServer({ dataDir, port: 0, seedDemo: false, seed: [makeContent('aarhus', 6, 2)] });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
  db.close();
  await db.delete();
});

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.publishToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`).toBe(true);
  return response;
}

async function serverSnapshot() {
  const manifest = await (await fetch(`${server.url}/catalogues/aarhus/manifest.json`)).json();
  return snapshotFile.parse(await (await fetch(`${server.url}/catalogues/aarhus/${manifest.snapshot.url}`)).json());
}

describe('sync against the publishing server', () => {
  const sync = () => syncCatalogue('aarhus', { db, base: server.url, builtInKeys: [] });

  it('lists the catalogue and syncs version 1, pinning the server key', async () => {
    expect((await fetchCatalogueIndex(server.url)).map((c) => [c.id, c.version])).toEqual([['aarhus', 1]]);
    expect(await sync()).toMatchObject({ outcome: 'updated', version: 1, plan: 'snapshot' });
    expect(await db.settings.get('pinnedKeys')).toBeDefined();
    expect(await sync()).toMatchObject({ outcome: 'unchanged', version: 1 });
  });

  it('picks up a published edit as a delta and then holds exactly the new snapshot', async () => {
    await api('PUT', '/api/catalogues/aarhus/offers/offer-42', makeOffer(42, 2, 'Mentorordning'));
    await api('DELETE', '/api/catalogues/aarhus/offers/offer-3');
    await api('POST', '/api/catalogues/aarhus/publish', {});
    const result = await sync();
    expect(result).toMatchObject({ outcome: 'updated', version: 2, plan: 'deltas' });
    const held = await readHeldCatalogue(db, 'aarhus');
    const published = await serverSnapshot();
    expect(normalised(held!.content)).toEqual(normalised(published.content));
    expect(held!.content.offers.map((o) => o.id)).toContain('offer-42');
    expect(held!.content.offers.map((o) => o.id)).not.toContain('offer-3');
  });
});

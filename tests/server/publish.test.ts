// Publishing over real HTTP and a real SQLite file: the files a phone downloads are signed,
// hash-checked and chain exactly from one version to the next, even under concurrent publishes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDelta } from '../../src/catalogue/delta.ts';
import { canonicalJson, deltaFile, manifest, snapshotFile, type Manifest } from '../../src/catalogue/manifest.ts';
import { keyList } from '../../src/catalogue/keys.ts';
import { sha256Hex, verifyManifest } from '../../src/catalogue/signing.ts';
import { fixtureOffer, removeDir, startFixtureServer, type TestServer } from './helpers.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

async function fetchChecked(path: string, sha256: string, size: number): Promise<unknown> {
  const res = await fetch(`${server.url}/catalogues/testby/${path}`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(bytes.byteLength).toBe(size);
  expect(await sha256Hex(bytes)).toBe(sha256);
  return JSON.parse(new TextDecoder().decode(bytes));
}

async function currentManifest(): Promise<Manifest> {
  const res = await fetch(`${server.url}/catalogues/testby/manifest.json`);
  expect(res.status).toBe(200);
  return manifest.parse(await res.json());
}

async function trusted() {
  return keyList.parse(await (await fetch(`${server.url}/catalogues/keys.json`)).json()).keys;
}

describe('publishing', () => {
  it('serves a signed version 1 after the first start', async () => {
    const m = await currentManifest();
    expect(m.version).toBe(1);
    expect(m.deltas).toEqual([]);
    expect(await verifyManifest(m, await trusted())).toBe(true);
    expect(Date.parse(m.expires_at) - Date.parse(m.published_at)).toBe(90 * 24 * 3600 * 1000);
    const snap = snapshotFile.parse(await fetchChecked(m.snapshot.url, m.snapshot.sha256, m.snapshot.size));
    expect(snap.version).toBe(1);
    expect(snap.content.offers.map((o) => o.id)).toEqual(['voksenven', 'lektiecafe', 'ferielejr']);
    expect(m.snapshot.url).toBe(`snapshot-${m.snapshot.sha256}.json`);
  });

  it('lists the catalogue in index.json', async () => {
    const index = await (await fetch(`${server.url}/catalogues/index.json`)).json();
    expect(index).toEqual({
      catalogues: [{ id: 'testby', name: { da: 'Testby', de: 'Teststadt', en: 'Test town' }, region: 'Testby Kommune', default_language: 'da', version: 1 }],
    });
  });

  it('writes version N+1 whose delta turns snapshot N into snapshot N+1 exactly', async () => {
    const keys = await trusted();
    const v1 = await currentManifest();
    expect((await server.api('/api/catalogues/testby/offers/ny-klub', { method: 'PUT', body: JSON.stringify(fixtureOffer('ny-klub')) })).status).toBe(201);
    expect((await server.api('/api/catalogues/testby/offers/voksenven', { method: 'PUT', body: JSON.stringify(fixtureOffer('voksenven', { free: false })) })).status).toBe(200);
    expect((await server.api('/api/catalogues/testby/offers/lektiecafe', { method: 'DELETE' })).status).toBe(204);
    const published = await server.api('/api/catalogues/testby/publish', { method: 'POST', body: JSON.stringify({ note: 'spring update' }) });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ version: 2 });

    const m = await currentManifest();
    expect(m.version).toBe(2);
    expect(await verifyManifest(m, keys)).toBe(true);
    expect(m.deltas).toHaveLength(1);
    const [ref] = m.deltas;
    expect(ref).toMatchObject({ from: 1, to: 2 });
    expect(ref.url).toBe(`delta-1-2-${ref.sha256}.json`);
    const delta = deltaFile.parse(await fetchChecked(ref.url, ref.sha256, ref.size));
    expect(delta.upsert.offers.map((o) => o.id).sort()).toEqual(['ny-klub', 'voksenven']);
    expect(delta.remove.offers).toEqual(['lektiecafe']);

    const v2 = snapshotFile.parse(await fetchChecked(m.snapshot.url, m.snapshot.sha256, m.snapshot.size));
    const v1snap = snapshotFile.parse(await fetchChecked(v1.snapshot.url, v1.snapshot.sha256, v1.snapshot.size));
    expect(canonicalJson(applyDelta(v1snap.content, delta))).toBe(canonicalJson(v2.content));
    const offers = await (await server.api('/api/catalogues/testby/offers')).json();
    expect(v2.content.offers.map((o) => o.id).sort()).toEqual(offers.offers.map((o: { id: string }) => o.id).sort());
    expect(v2.content.offers.find((o) => o.id === 'voksenven')?.free).toBe(false);
  });

  it('chains consecutive deltas from every recent version to the newest', async () => {
    const snapshots = new Map<number, unknown>();
    const first = await currentManifest();
    snapshots.set(1, snapshotFile.parse(await fetchChecked(first.snapshot.url, first.snapshot.sha256, first.snapshot.size)).content);
    for (let i = 0; i < 4; i++) {
      await server.api(`/api/catalogues/testby/offers/extra-${i}`, { method: 'PUT', body: JSON.stringify(fixtureOffer(`extra-${i}`)) });
      if (i === 2) await server.api('/api/catalogues/testby/offers/extra-0', { method: 'DELETE' });
      const { version } = await (await server.api('/api/catalogues/testby/publish', { method: 'POST' })).json();
      const m = await currentManifest();
      expect(m.version).toBe(version);
      snapshots.set(version, snapshotFile.parse(await fetchChecked(m.snapshot.url, m.snapshot.sha256, m.snapshot.size)).content);
    }
    const m = await currentManifest();
    expect(m.deltas.map((d) => [d.from, d.to])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5]]);
    let content = snapshots.get(1) as Parameters<typeof applyDelta>[0];
    for (const ref of m.deltas) {
      content = applyDelta(content, deltaFile.parse(await fetchChecked(ref.url, ref.sha256, ref.size)));
      expect(canonicalJson(content)).toBe(canonicalJson(snapshots.get(ref.to)));
    }
  });

  it('keeps only the last 20 deltas in the manifest', async () => {
    for (let i = 0; i < 22; i++) await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    const m = await currentManifest();
    expect(m.version).toBe(23);
    expect(m.deltas).toHaveLength(20);
    expect(m.deltas[0]).toMatchObject({ from: 3, to: 4 });
    expect(m.deltas.at(-1)).toMatchObject({ from: 22, to: 23 });
  });

  it('gives five concurrent publishes five distinct consecutive versions', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => server.api('/api/catalogues/testby/publish', { method: 'POST' })));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const versions = (await Promise.all(responses.map((r) => r.json()))).map((b) => b.version).sort((a, b) => a - b);
    expect(versions).toEqual([2, 3, 4, 5, 6]);
    const m = await currentManifest();
    expect(m.version).toBe(6);
    expect(await verifyManifest(m, await trusted())).toBe(true);
    expect(m.deltas.map((d) => [d.from, d.to])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5], [5, 6]]);
    for (const ref of m.deltas) expect(deltaFile.parse(await fetchChecked(ref.url, ref.sha256, ref.size)).to).toBe(ref.to);
  });

  it('refuses an unknown catalogue', async () => {
    expect((await server.api('/api/catalogues/nowhere/publish', { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/catalogues/nowhere/manifest.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/catalogues/testby/snapshot-${'0'.repeat(64)}.json`)).status).toBe(404);
  });
});

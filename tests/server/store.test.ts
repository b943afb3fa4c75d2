// The data folder over restarts and accidents: data survives, a tampered, missing or
// half-written file is detected and rebuilt from the database, and the schema migrates once.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifest, type Manifest } from '../../src/catalogue/manifest.ts';
import { DATABASE_FILE, openDatabase } from '../../src/server/db.ts';
import { migrate, migrations } from '../../src/server/migrations.ts';
import { fixtureOffer, removeDir, startFixtureServer, tempDir, type TestServer } from './helpers.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function started(options: Parameters<typeof startFixtureServer>[0] = {}): Promise<TestServer> {
  const server = await startFixtureServer(options);
  let closed = false;
  const close = async () => {
    if (!closed) await server.close();
    closed = true;
  };
  cleanup.push(close);
  return { ...server, close };
}

function dataDirForTest(): string {
  const dir = tempDir();
  cleanup.unshift(() => removeDir(dir));
  return dir;
}

async function manifestOf(server: TestServer, id = 'testby'): Promise<Manifest> {
  return manifest.parse(await (await fetch(`${server.url}/catalogues/${id}/manifest.json`)).json());
}

const filePath = (server: TestServer, name: string) => join(server.dataDir, 'catalogues', 'testby', name);

describe('restart', () => {
  it('keeps offers, versions and the token, and does not seed again', async () => {
    const dataDir = dataDirForTest();
    const first = await started({ dataDir });
    await first.api('/api/catalogues/testby/offers/ny-klub', { method: 'PUT', body: JSON.stringify(fixtureOffer('ny-klub')) });
    await first.api('/api/catalogues/testby/publish', { method: 'POST' });
    await first.api('/api/catalogues/testby/offers/draft-only', { method: 'PUT', body: JSON.stringify(fixtureOffer('draft-only')) });
    const before = await manifestOf(first);
    await first.close();

    const second = await started({ dataDir });
    expect(second.publishToken).toBe(first.publishToken);
    const after = await manifestOf(second);
    expect(after).toEqual(before);
    expect(after.version).toBe(2);
    const offers = (await (await second.api('/api/catalogues/testby/offers')).json()).offers.map((o: { id: string }) => o.id);
    expect(offers).toEqual(['voksenven', 'lektiecafe', 'ferielejr', 'ny-klub', 'draft-only']);
    expect((await (await second.api('/api/catalogues/testby/publish', { method: 'POST' })).json()).version).toBe(3);
  });
});

describe('tampered files', () => {
  it('never serves an altered file: it is rewritten from the database when served', async () => {
    const server = await started();
    const m = await manifestOf(server);
    const original = readFileSync(filePath(server, m.snapshot.url), 'utf8');
    writeFileSync(filePath(server, m.snapshot.url), original.replace('Voksenvenner', 'Voksenfjender'));
    const res = await fetch(`${server.url}/catalogues/testby/${m.snapshot.url}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(original);
    expect(readFileSync(filePath(server, m.snapshot.url), 'utf8')).toBe(original);
  });

  it('restores an altered manifest and a deleted delta when served', async () => {
    const server = await started();
    await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    const m = await manifestOf(server);
    const manifestText = readFileSync(filePath(server, 'manifest.json'), 'utf8');
    writeFileSync(filePath(server, 'manifest.json'), manifestText.replace('"version":2', '"version":9'));
    unlinkSync(filePath(server, m.deltas[0].url));
    expect(await (await fetch(`${server.url}/catalogues/testby/manifest.json`)).text()).toBe(manifestText);
    expect((await fetch(`${server.url}/catalogues/testby/${m.deltas[0].url}`)).status).toBe(200);
    expect(existsSync(filePath(server, m.deltas[0].url))).toBe(true);
  });

  it('checks every file on start and repairs before serving, removing leftovers of a crash', async () => {
    const dataDir = dataDirForTest();
    const first = await started({ dataDir });
    await first.api('/api/catalogues/testby/publish', { method: 'POST' });
    const m = await manifestOf(first);
    await first.close();
    const snapshot = join(dataDir, 'catalogues', 'testby', m.snapshot.url);
    const good = readFileSync(snapshot, 'utf8');
    writeFileSync(snapshot, good.slice(0, 100));
    writeFileSync(join(dataDir, 'catalogues', 'testby', 'manifest.json.abc123.tmp'), 'half');

    const second = await started({ dataDir });
    expect(readFileSync(snapshot, 'utf8')).toBe(good);
    expect(readdirSync(join(dataDir, 'catalogues', 'testby')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await manifestOf(second)).toEqual(m);
  });
});

describe('publishing an invalid state', () => {
  it('answers 422 naming the record and leaves the published version alone', async () => {
    const server = await started();
    const before = await manifestOf(server);
    // A state the API would refuse, as a faulty import or a later migration might leave it.
    const db = new Database(join(server.dataDir, DATABASE_FILE));
    db.prepare("UPDATE offers SET data = json_set(data, '$.organization_id', 'gone') WHERE id = 'lektiecafe'").run();
    db.close();
    const res = await server.api('/api/catalogues/testby/publish', { method: 'POST' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.message).toMatch(/unknown organisation gone/);
    expect(body.issues[0].path).toBe('offers.1.organization_id');
    expect(await manifestOf(server)).toEqual(before);
  });
});

describe('migrations', () => {
  it('records the schema version once and refuses a newer database', () => {
    const dir = dataDirForTest();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(db.prepare('SELECT version FROM schema_version').all()).toEqual(migrations.map((m) => ({ version: m.version })));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() => migrate(db, migrations.slice(0, -1))).toThrow(/newer than this server/);
    db.close();
  });

  it('applies only the steps a database lacks', () => {
    const db = new Database(':memory:');
    const applied: number[] = [];
    const steps = [1, 2, 3].map((version) => ({ version, description: `step ${version}`, up: () => applied.push(version) }));
    expect(migrate(db, steps.slice(0, 2))).toBe(2);
    expect(migrate(db, steps)).toBe(3);
    expect(applied).toEqual([1, 2, 3]);
    db.close();
  });
});

describe('first start with the demo catalogues', () => {
  it('seeds and publishes aarhus and esslingen once', async () => {
    const dataDir = dataDirForTest();
    const first = await started({ dataDir, seed: undefined, seedDemo: true });
    const index = await (await fetch(`${first.url}/catalogues/index.json`)).json();
    expect(index.catalogues.map((c: { id: string; version: number }) => [c.id, c.version])).toEqual([
      ['aarhus', 1],
      ['esslingen', 1],
    ]);
    await first.close();
    const second = await started({ dataDir, seed: undefined, seedDemo: true });
    expect((await manifestOf(second, 'aarhus')).version).toBe(1);
  });
});

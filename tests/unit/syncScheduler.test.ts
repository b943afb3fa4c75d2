// The scheduler: which catalogues it syncs, how it backs off, what it tells the UI and search.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../src/storage/db.ts';
import { getSetting, setSetting } from '../../src/storage/settings.ts';
import { followCatalogues, retryDelay, SyncScheduler } from '../../src/sync/scheduler.ts';
import { fetchCatalogueIndex } from '../../src/sync/catalogueIndex.ts';
import { createStore, EMPTY_STATUS, heldAsOf, onCataloguesChanged, type SyncStatus } from '../../src/sync/status.ts';
import { BASE, dropDb, FakePublisher, fakeServer, freshDb, makeContent, makeSigner } from './syncFixtures.ts';

let db: AppDatabase;
let aarhus: FakePublisher;
let esslingen: FakePublisher;
let server: ReturnType<typeof fakeServer>;
let now: Date;
let scheduler: SyncScheduler;
let changed: string[][];
let unsubscribe: () => void;

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = freshDb();
  await setSetting(db, 'catalogueBaseUrl', BASE);
  const signer = await makeSigner();
  aarhus = new FakePublisher('aarhus', signer);
  esslingen = new FakePublisher('esslingen', signer);
  await aarhus.publish(makeContent('aarhus'));
  await esslingen.publish(makeContent('esslingen', 2, 1));
  server = fakeServer([aarhus, esslingen]);
  now = new Date('2026-11-23T10:00:00.000Z');
  scheduler = new SyncScheduler({ db, status: createStore<SyncStatus>(EMPTY_STATUS), fetch: server.fetch, now: () => now, random: () => 0.5 });
  changed = [];
  unsubscribe = onCataloguesChanged((ids) => changed.push(ids));
});

afterEach(async () => {
  vi.restoreAllMocks();
  scheduler.stop();
  unsubscribe();
  await dropDb(db);
});

describe('SyncScheduler', () => {
  it('follows every offered catalogue until the user chooses, and tells search what changed', async () => {
    await scheduler.run(true);
    const status = scheduler.status.get();
    expect(status.catalogues.map((c) => [c.catalogueId, c.version])).toEqual([['aarhus', 1], ['esslingen', 1]]);
    expect(status).toMatchObject({ checking: false, updating: false, offline: false, lastError: undefined });
    expect(heldAsOf(status)).toBe(aarhus.now.toISOString());
    expect(changed).toEqual([['aarhus', 'esslingen']]);

    await scheduler.run(true);
    expect(changed).toHaveLength(1);
  });

  it('backs off after a failure, retries when due, and forgets the failure after a success', async () => {
    await setSetting(db, 'followedCatalogues', ['aarhus']);
    await scheduler.run(true);
    const m = await aarhus.publish(makeContent('aarhus', 5));
    const missing = [m.snapshot.url, m.deltas[0].url].map((url) => [`aarhus/${url}`, aarhus.files.get(`aarhus/${url}`)!] as const);
    for (const [name] of missing) aarhus.files.delete(name);

    await scheduler.run(true);
    let state = await db.syncState.get('aarhus');
    expect(state).toMatchObject({ failures: 1, last_error: 'http', next_retry_at: '2026-11-23T10:00:30.000Z' });
    expect(scheduler.status.get().lastError).toBe('http');
    expect(scheduler.status.get().catalogues[0]).toMatchObject({ version: 1, error: 'http' });

    aarhus.requests.length = 0;
    await scheduler.run(false);
    expect(aarhus.requests).toEqual([]);

    now = new Date('2026-11-23T10:00:31.000Z');
    await scheduler.run(false);
    state = await db.syncState.get('aarhus');
    expect(state).toMatchObject({ failures: 2, next_retry_at: '2026-11-23T10:01:31.000Z' });

    for (const [name, data] of missing) aarhus.files.set(name, data);
    await aarhus.publish(makeContent('aarhus', 6));
    now = new Date('2026-11-23T10:02:00.000Z');
    await scheduler.run(false);
    state = await db.syncState.get('aarhus');
    expect(state).toMatchObject({ failures: 0, last_error: undefined, next_retry_at: undefined, last_checked_at: now.toISOString() });
    expect(scheduler.status.get()).toMatchObject({ lastError: undefined, catalogues: [{ catalogueId: 'aarhus', version: 3 }] });
  });

  it('says offline when the server cannot be reached, and clears it once it answers', async () => {
    await scheduler.run(true);
    server.offline = true;
    await scheduler.run(true);
    expect(scheduler.status.get()).toMatchObject({ offline: true, lastError: undefined });
    expect(scheduler.status.get().catalogues.map((c) => c.version)).toEqual([1, 1]);
    server.offline = false;
    await scheduler.run(true);
    expect(scheduler.status.get().offline).toBe(false);
  });

  it('says offline on a first start without connection, holding nothing', async () => {
    server.offline = true;
    await scheduler.run(true);
    expect(scheduler.status.get()).toMatchObject({ offline: true, catalogues: [] });
  });

  it('downloads the whole catalogue after a delta chain could not be applied', async () => {
    await setSetting(db, 'followedCatalogues', ['aarhus']);
    await scheduler.run(true);
    await db.syncState.update('aarhus', { last_error: 'broken-chain', failures: 1 });
    aarhus.requests.length = 0;
    await aarhus.publish(makeContent('aarhus', 4));
    await scheduler.run(true);
    expect(aarhus.requests).toEqual(['aarhus/manifest.json', 'aarhus/snapshot-2.json']);
  });

  it('runs a request made during a run afterwards instead of dropping it', async () => {
    await setSetting(db, 'followedCatalogues', ['aarhus']);
    const first = scheduler.run(true);
    const second = scheduler.run(true);
    await aarhus.publish(makeContent('aarhus', 4));
    await Promise.all([first, second]);
    expect((await db.catalogues.get('aarhus'))?.version).toBe(2);
  });
});

describe('following catalogues', () => {
  it('remembers the choice and removes what is held for a catalogue no longer followed', async () => {
    await scheduler.run(true);
    changed.length = 0;
    await followCatalogues(['esslingen'], db, scheduler);
    expect(await getSetting(db, 'followedCatalogues')).toEqual(['esslingen']);
    expect(await db.catalogues.get('aarhus')).toBeUndefined();
    expect(await db.offers.where('catalogue_id').equals('aarhus').count()).toBe(0);
    expect(await db.organisations.where('catalogue_id').equals('aarhus').count()).toBe(0);
    expect(await db.offers.where('catalogue_id').equals('esslingen').count()).toBe(2);
    expect(changed).toEqual([['aarhus']]);
    expect(scheduler.status.get().catalogues.map((c) => c.catalogueId)).toEqual(['esslingen']);

    await followCatalogues(['esslingen', 'aarhus'], db, scheduler);
    expect((await db.catalogues.get('aarhus'))?.version).toBe(1);
  });

  it('lists the catalogues a server offers', async () => {
    const index = await fetchCatalogueIndex(BASE, { fetch: server.fetch });
    expect(index.map((c) => [c.id, c.version, c.default_language])).toEqual([['aarhus', 1, 'da'], ['esslingen', 1, 'da']]);
  });
});

describe('retryDelay', () => {
  it('doubles from 30 seconds up to an hour, with jitter of at most a fifth', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(20, () => 0.5)).toBe(3_600_000);
    expect(retryDelay(1, () => 0)).toBe(24_000);
    expect(retryDelay(1, () => 1)).toBe(36_000);
  });
});

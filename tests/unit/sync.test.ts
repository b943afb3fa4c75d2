// Sync against an in-memory publisher: updates land whole, and every kind of failure leaves the
// held catalogue exactly as it was and names its reason.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Middleware, DBCore } from 'dexie';
import { sha256Hex } from '../../src/catalogue/signing.ts';
import { readHeldCatalogue } from '../../src/storage/catalogueStore.ts';
import type { AppDatabase } from '../../src/storage/db.ts';
import { SyncError, type SyncErrorCode } from '../../src/sync/errors.ts';
import { syncCatalogue, type SyncOptions } from '../../src/sync/sync.ts';
import { BASE, dropDb, FakePublisher, freshDb, freshDevice, heldState, makeContent, makeOffer, makeSigner, normalised } from './syncFixtures.ts';

let db: AppDatabase;
let pub: FakePublisher;
const options = (extra: Partial<SyncOptions> = {}): SyncOptions => ({ db, base: BASE, fetch: pub.fetch, now: () => pub.now, ...extra });

beforeEach(async () => ({ db, pub } = await freshDevice()));
afterEach(() => dropDb(db));

async function expectCode(work: Promise<unknown>, code: SyncErrorCode) {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SyncError);
  expect((err as SyncError).code, String(err)).toBe(code);
}

/** Version 2 of the catalogue: one offer added, one changed, one removed. */
function edited() {
  const next = makeContent();
  next.offers = next.offers.filter((o) => o.id !== 'offer-2');
  next.offers[0] = { ...next.offers[0], name: { da: 'Lektiecafé' } };
  next.offers.push(makeOffer(9, 2, 'Mentor'));
  return next;
}

describe('syncCatalogue: applying', () => {
  it('downloads the snapshot on first sync and holds exactly its content', async () => {
    const content = makeContent();
    const manifest = await pub.publish(content);
    const result = await syncCatalogue('aarhus', options());
    expect(result).toMatchObject({ outcome: 'updated', version: 1, plan: 'snapshot', expired: false });
    const held = await readHeldCatalogue(db, 'aarhus');
    expect(normalised(held!.content)).toEqual(normalised(content));
    expect(held!.row).toMatchObject({ version: 1, snapshot_sha256: manifest.snapshot.sha256, published_at: manifest.published_at });
    expect((await db.syncState.get('aarhus'))?.etag).toMatch(/^"/);
  });

  it('applies a delta chain to exactly the state a snapshot download gives', async () => {
    await pub.publish(makeContent());
    await syncCatalogue('aarhus', options());
    await pub.publish(edited());
    const v3 = edited();
    v3.organisations.push({ id: 'org-3', name: 'Red Barnet', description: { da: 'Ny forening' }, phones: [] });
    v3.offers.push(makeOffer(10, 3, 'Familiecafé'));
    v3.catalogue = { ...v3.catalogue, region: 'Aarhus og omegn' };
    await pub.publish(v3);
    pub.requests.length = 0;

    const result = await syncCatalogue('aarhus', options());
    expect(result).toMatchObject({ outcome: 'updated', version: 3, plan: 'deltas' });
    expect(pub.requests).toEqual(['aarhus/manifest.json', 'aarhus/delta-1-2.json', 'aarhus/delta-2-3.json']);

    const viaSnapshot = freshDb();
    await syncCatalogue('aarhus', { ...options(), db: viaSnapshot });
    expect(await heldState(db, 'aarhus')).toEqual(await heldState(viaSnapshot, 'aarhus'));
    expect(normalised((await readHeldCatalogue(db, 'aarhus'))!.content)).toEqual(normalised(v3));
    await viaSnapshot.delete();
  });

  it('ends at a 304 when nothing changed and records the check', async () => {
    await pub.publish(makeContent());
    await syncCatalogue('aarhus', options());
    const before = await heldState(db, 'aarhus');
    pub.requests.length = 0;
    pub.now = new Date('2026-11-22T09:00:00.000Z');
    const result = await syncCatalogue('aarhus', options());
    expect(result).toMatchObject({ outcome: 'unchanged', version: 1, bytes: 0 });
    expect(pub.requests).toEqual(['aarhus/manifest.json']);
    expect(await heldState(db, 'aarhus')).toEqual(before);
    expect((await db.syncState.get('aarhus'))?.last_checked_at).toBe('2026-11-22T09:00:00.000Z');
  });

  it('asks for the whole manifest again when nothing is held, whatever ETag was remembered', async () => {
    await pub.publish(makeContent());
    await syncCatalogue('aarhus', options());
    await db.catalogues.delete('aarhus');
    expect((await syncCatalogue('aarhus', options())).outcome).toBe('updated');
  });

  it('warns about an expired manifest but still applies and keeps it', async () => {
    await pub.publish(makeContent(), { expiresInDays: -1 });
    expect(await syncCatalogue('aarhus', options())).toMatchObject({ outcome: 'updated', expired: true });
    expect(await syncCatalogue('aarhus', options())).toMatchObject({ outcome: 'unchanged', expired: true });
    expect((await db.catalogues.get('aarhus'))?.version).toBe(1);
  });
});

describe('syncCatalogue: every failure keeps the held catalogue', () => {
  let before: Awaited<ReturnType<typeof heldState>>;
  let etagBefore: string | undefined;

  beforeEach(async () => {
    await pub.publish(makeContent());
    await syncCatalogue('aarhus', options());
    before = await heldState(db, 'aarhus');
    etagBefore = (await db.syncState.get('aarhus'))?.etag;
  });

  afterEach(async () => {
    expect(await heldState(db, 'aarhus')).toEqual(before);
    expect((await db.syncState.get('aarhus'))?.etag).toBe(etagBefore);
  });

  it('tampered snapshot → hash-mismatch', async () => {
    const m = await pub.publish(edited());
    const file = pub.files.get(`aarhus/${m.snapshot.url}`)!;
    pub.files.set(`aarhus/${m.snapshot.url}`, new TextEncoder().encode(new TextDecoder().decode(file).replace('Mentor', 'Mentur')));
    await expectCode(syncCatalogue('aarhus', options({ preferSnapshot: true })), 'hash-mismatch');
  });

  it('tampered delta → hash-mismatch', async () => {
    const m = await pub.publish(edited());
    const name = `aarhus/${m.deltas[0].url}`;
    pub.files.set(name, new TextEncoder().encode(new TextDecoder().decode(pub.files.get(name)!).replace('Mentor', 'Mentur')));
    await expectCode(syncCatalogue('aarhus', options()), 'hash-mismatch');
  });

  it('manifest changed after signing → bad-signature', async () => {
    const m = await pub.publish(edited());
    pub.files.set('aarhus/manifest.json', new TextEncoder().encode(JSON.stringify({ ...m, expires_at: '2099-01-01T00:00:00.000Z' })));
    await expectCode(syncCatalogue('aarhus', options()), 'bad-signature');
  });

  it('manifest signed by a key nobody endorsed → unknown-key', async () => {
    const m = await pub.publish(edited());
    const stranger = await makeSigner();
    await pub.serveManifest(m, stranger);
    await expectCode(syncCatalogue('aarhus', options()), 'unknown-key');
  });

  it('an older version than the held one → rollback', async () => {
    const v1 = pub.manifest!;
    await pub.publish(edited());
    await syncCatalogue('aarhus', options());
    before = await heldState(db, 'aarhus');
    etagBefore = (await db.syncState.get('aarhus'))?.etag;
    await pub.serveManifest({ ...v1, published_at: '2026-11-22T00:00:00.000Z' });
    await expectCode(syncCatalogue('aarhus', options()), 'rollback');
  });

  it('a delta file that does not link the versions it claims → broken-chain', async () => {
    const m = await pub.publish(edited());
    const name = `aarhus/${m.deltas[0].url}`;
    const wrong = new TextEncoder().encode(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(pub.files.get(name)!)), from: 5, to: 6 }));
    pub.files.set(name, wrong);
    await pub.serveManifest({ ...m, deltas: [{ ...m.deltas[0], sha256: await sha256Hex(wrong), size: wrong.byteLength }] });
    await expectCode(syncCatalogue('aarhus', options()), 'broken-chain');
  });

  it('a record the schema refuses in a snapshot → invalid-record', async () => {
    const bad = edited();
    bad.offers[1] = { ...bad.offers[1], url: 'javascript:alert(1)' };
    await pub.publish(bad);
    await expectCode(syncCatalogue('aarhus', options({ preferSnapshot: true })), 'invalid-record');
  });

  it('a delta that leaves an offer without its organisation → invalid-record', async () => {
    const bad = edited();
    bad.offers.push(makeOffer(11, 77));
    await pub.publish(bad);
    await expectCode(syncCatalogue('aarhus', options()), 'invalid-record');
  });

  it('cancelled in the middle of the download → aborted', async () => {
    const m = await pub.publish(edited());
    const controller = new AbortController();
    pub.beforeAnswer = (path) => {
      if (path.endsWith(m.snapshot.url)) controller.abort();
    };
    await expectCode(syncCatalogue('aarhus', options({ signal: controller.signal, preferSnapshot: true })), 'aborted');
  });

  it('the connection drops mid-download → offline', async () => {
    const m = await pub.publish(edited());
    pub.beforeAnswer = (path) => {
      if (path.endsWith(m.deltas[0].url)) throw new TypeError('network error');
    };
    await expectCode(syncCatalogue('aarhus', options()), 'offline');
  });

  it('the body stops halfway through → offline', async () => {
    const m = await pub.publish(edited());
    const snapshot = pub.files.get(`aarhus/${m.snapshot.url}`)!;
    const fetch = async (url: string, init?: RequestInit) => {
      if (!url.endsWith(m.snapshot.url)) return pub.fetch(url, init);
      const cut = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(snapshot.slice(0, 100));
          controller.error(new TypeError('network connection lost'));
        },
      });
      return new Response(cut, { status: 200 });
    };
    await expectCode(syncCatalogue('aarhus', options({ fetch, preferSnapshot: true })), 'offline');
  });

  it('a download that stalls past the time limit → offline', async () => {
    const m = await pub.publish(edited());
    const fetch = async (url: string, init?: RequestInit) => {
      if (!url.endsWith(m.snapshot.url)) return pub.fetch(url, init);
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(stalled, { status: 200 });
    };
    await expectCode(syncCatalogue('aarhus', options({ fetch, preferSnapshot: true, timeoutMs: 50 })), 'offline');
  });

  it('cancelled while the body streams in → aborted', async () => {
    const m = await pub.publish(edited());
    const controller = new AbortController();
    const fetch = async (url: string, init?: RequestInit) => {
      if (!url.endsWith(m.snapshot.url)) return pub.fetch(url, init);
      const slow = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new Uint8Array(10));
          init?.signal?.addEventListener('abort', () => stream.error(init.signal!.reason));
          setTimeout(() => controller.abort(), 5);
        },
      });
      return new Response(slow, { status: 200 });
    };
    await expectCode(syncCatalogue('aarhus', options({ fetch, preferSnapshot: true, signal: controller.signal })), 'aborted');
  });

  it('a server error for a file → http', async () => {
    const m = await pub.publish(edited());
    pub.files.delete(`aarhus/${m.snapshot.url}`);
    await expectCode(syncCatalogue('aarhus', options({ preferSnapshot: true })), 'http');
  });

  it('a manifest that is not one → bad-manifest', async () => {
    await pub.publish(edited());
    pub.files.set('aarhus/manifest.json', new TextEncoder().encode('{"format":1,"version":"two"}'));
    await expectCode(syncCatalogue('aarhus', options()), 'bad-manifest');
  });

  it('the device runs out of space while writing → quota', async () => {
    await pub.publish(edited());
    const full: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'disk-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name === 'offers'
            ? { ...table, mutate: (req) => (req.type === 'put' ? Promise.reject(new DOMException('disk full', 'QuotaExceededError')) : table.mutate(req)) }
            : table;
        },
      }),
    };
    db.close();
    db.use(full); // middleware stacks are built when the database opens
    await db.open();
    await expectCode(syncCatalogue('aarhus', options({ preferSnapshot: true })), 'quota');
  });
});

// Which keys a device trusts: built in, pinned on first use, or endorsed during a rotation.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../src/storage/db.ts';
import { getSetting } from '../../src/storage/settings.ts';
import { SyncError } from '../../src/sync/errors.ts';
import { syncCatalogue } from '../../src/sync/sync.ts';
import { builtInKeys } from '../../src/sync/trust.ts';
import { BASE, dropDb, freshDevice, makeContent, makeSigner, type FakePublisher } from './syncFixtures.ts';

let db: AppDatabase;
let pub: FakePublisher;
beforeEach(async () => ({ db, pub } = await freshDevice()));
afterEach(() => dropDb(db));

const sync = (builtIn?: { kid: string; jwk: JsonWebKey }[]) => syncCatalogue('aarhus', { db, base: BASE, fetch: pub.fetch, now: () => pub.now, builtInKeys: builtIn ?? [] });
const codeOf = (work: Promise<unknown>) => work.then(() => 'ok', (e: unknown) => (e instanceof SyncError ? e.code : String(e)));

describe('trust on first use', () => {
  it('pins the published keys on first use and only those', async () => {
    await pub.publish(makeContent());
    await sync();
    expect((await getSetting(db, 'pinnedKeys'))?.map((k) => k.kid)).toEqual([pub.signer.kid]);
    expect(pub.requests.filter((r) => r === 'keys.json')).toHaveLength(1);

    // a server that later swaps in a key of its own, unendorsed, is refused
    const stranger = await makeSigner();
    pub.keys.keys.push({ kid: stranger.kid, jwk: stranger.jwk as never });
    pub.signer = stranger;
    await pub.publish(makeContent('aarhus', 4));
    expect(await codeOf(sync())).toBe('unknown-key');
    expect((await db.catalogues.get('aarhus'))?.version).toBe(1);
  });

  it('accepts a rotated key endorsed by the pinned one and remembers it', async () => {
    await pub.publish(makeContent());
    await sync();
    const first = pub.signer.kid;
    const next = await pub.rotate();
    await pub.publish(makeContent('aarhus', 4));
    expect(await codeOf(sync())).toBe('ok');
    expect((await getSetting(db, 'pinnedKeys'))?.map((k) => k.kid)).toEqual([first, next.kid]);

    // the old key may be retired from the list: the new one stays trusted on this device
    pub.keys.keys.splice(0, pub.keys.keys.length);
    await pub.publish(makeContent('aarhus', 5));
    expect(await codeOf(sync())).toBe('ok');
    expect((await db.catalogues.get('aarhus'))?.version).toBe(3);
  });

  it('never pins on first use when the app was built with keys', async () => {
    const builtIn = await makeSigner();
    await pub.publish(makeContent());
    expect(await codeOf(sync([builtIn]))).toBe('unknown-key');
    expect(await getSetting(db, 'pinnedKeys')).toBeUndefined();
    expect(await db.catalogues.get('aarhus')).toBeUndefined();
  });

  it('trusts a key built into the app without asking the server', async () => {
    await pub.publish(makeContent());
    expect(await codeOf(sync([{ kid: pub.signer.kid, jwk: pub.signer.jwk }]))).toBe('ok');
    expect(pub.requests).not.toContain('keys.json');
  });

  it('reads built-in keys from the build environment and ignores a malformed value', async () => {
    const { kid, jwk } = await makeSigner();
    expect(builtInKeys(JSON.stringify([{ kid, jwk }]))).toEqual([{ kid, jwk }]);
    expect(builtInKeys(undefined)).toEqual([]);
    const complaint = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(builtInKeys('{not json')).toEqual([]);
    expect(complaint).toHaveBeenCalledOnce();
    complaint.mockRestore();
  });
});

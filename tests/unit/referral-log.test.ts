// The referral log forgets after 90 days, keeps nothing about the family, and "delete all" empties the device.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/storage/db.ts';
import { logReferral, purgeOldReferrals } from '../../src/storage/referral-log.ts';
import { deleteAllLocalData } from '../../src/storage/wipe.ts';

const DAY = 24 * 60 * 60 * 1000;
let db: AppDatabase;
afterEach(async () => db?.delete());

const offers = [{ catalogue_id: 'aarhus', offer_id: 'lektiecafe-viby' }];

describe('referral log', () => {
  it('stores only offers, language, channel and the day', async () => {
    db = new AppDatabase(`log-${Math.random()}`);
    const id = await logReferral(db, { offers: [{ ...offers[0], note: 'x' } as never], language: 'ar', channel: 'sms' }, new Date('2025-03-04T13:14:15Z'));
    expect(await db.referralLog.get(id)).toEqual({ id, created_at: '2025-03-04', offers, language: 'ar', channel: 'sms' });
  });

  it('removes entries older than 90 days and keeps younger ones', async () => {
    db = new AppDatabase(`log-${Math.random()}`);
    const now = new Date('2025-06-01T08:00:00Z');
    const old = await logReferral(db, { offers, language: 'de', channel: 'copy' }, new Date(now.getTime() - 91 * DAY));
    const edge = await logReferral(db, { offers, language: 'de', channel: 'copy' }, new Date(now.getTime() - 90 * DAY));
    const young = await logReferral(db, { offers, language: 'da', channel: 'print' }, new Date(now.getTime() - 89 * DAY));
    expect(await purgeOldReferrals(db, now)).toBe(1);
    expect((await db.referralLog.toArray()).map((r) => r.id)).toEqual([edge, young]);
    expect(old).toBeLessThan(edge);
  });
});

describe('deleteAllLocalData', () => {
  it('clears every table and localStorage', async () => {
    db = new AppDatabase(`wipe-${Math.random()}`);
    const store = new Map<string, string>();
    globalThis.localStorage = {
      getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k),
      clear: () => store.clear(), key: (i) => [...store.keys()][i] ?? null, get length() { return store.size; },
    };
    localStorage.setItem('ui-language', 'da');
    await db.settings.put({ key: 'followedCatalogues', value: ['aarhus'] });
    await db.shortlist.put({ catalogue_id: 'aarhus', offer_id: 'x', added_at: '2025-01-01' });
    await db.recent.add({ kind: 'search', value: 'lektier', at: '2025-01-01' });
    await db.syncState.put({ catalogue_id: 'aarhus', failures: 0 });
    await logReferral(db, { offers, language: 'da', channel: 'qr' });
    await db.offers.put({ catalogue_id: 'aarhus', id: 'x' } as never);
    await db.organisations.put({ catalogue_id: 'aarhus', id: 'o' } as never);
    await db.catalogues.put({ catalogue_id: 'aarhus' } as never);
    await db.searchIndex.put({ id: 'held', source: 'aarhus', format: '1', index: {} as never });
    expect(await Promise.all(db.tables.map((t) => t.count()))).not.toContain(0);

    await deleteAllLocalData(db);

    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));
    expect(localStorage.length).toBe(0);
  });
});

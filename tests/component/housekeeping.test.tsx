// At every start the app forgets referral log entries past 90 days and sends opted-in counts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { startHousekeeping } from '../../src/app/housekeeping.ts';
import { AppDatabase } from '../../src/storage/db.ts';
import { logReferral } from '../../src/storage/referral-log.ts';
import { setUsageSharing } from '../../src/referral/usage.ts';

const DAY = 24 * 60 * 60 * 1000;
const offers = [{ catalogue_id: 'aarhus', offer_id: 'lektiecafe-viby' }];
let db: AppDatabase;
afterEach(async () => {
  vi.unstubAllGlobals();
  await db?.delete();
});

describe('start-up housekeeping', () => {
  it('drops referral log entries older than 90 days and keeps recent ones', async () => {
    db = new AppDatabase(`hk-${Math.random()}`);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await logReferral(db, { offers, language: 'ar', channel: 'sms' }, new Date(Date.now() - 120 * DAY));
    const recent = await logReferral(db, { offers, language: 'de', channel: 'copy' }, new Date(Date.now() - 2 * DAY));
    const stop = startHousekeeping(db);
    await waitFor(async () => expect((await db.referralLog.toArray()).map((r) => r.id)).toEqual([recent]));
    stop();
  });

  it('sends counts only for catalogues that opted in, again when the connection returns', async () => {
    db = new AppDatabase(`hk-${Math.random()}`);
    const send = vi.fn(async () => new Response(null, { status: 503 }));
    vi.stubGlobal('fetch', send);
    await setUsageSharing(db, 'aarhus', true);
    await logReferral(db, { offers, language: 'da', channel: 'print' });
    const stop = startHousekeeping(db);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/usage');
    expect(JSON.parse(String(init.body))).toMatchObject({ catalogue_id: 'aarhus', counts: { 'lektiecafe-viby': 1 } });
    stop();
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(send).toHaveBeenCalledTimes(2);
  });
});

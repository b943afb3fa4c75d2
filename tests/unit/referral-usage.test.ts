// Usage counts leave the device only when switched on for that catalogue, only as counts, only once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/storage/db.ts';
import { logReferral } from '../../src/storage/referral-log.ts';
import { flushUsage, setUsageSharing, usageSharing } from '../../src/referral/usage.ts';

let db: AppDatabase;
let posted: { url: string; body: unknown }[];
let status: number;
const send = (async (url: string, init: RequestInit) => {
  posted.push({ url, body: JSON.parse(init.body as string) });
  return new Response(null, { status });
}) as typeof fetch;

beforeEach(() => {
  db = new AppDatabase(`usage-${Math.random()}`);
  posted = [];
  status = 204;
});
afterEach(() => db.delete());

const sendTo = (offers: [string, string][], day: string) =>
  logReferral(db, { offers: offers.map(([catalogue_id, offer_id]) => ({ catalogue_id, offer_id })), language: 'ar', channel: 'sms' }, new Date(`${day}T10:00:00Z`));

describe('usage counts', () => {
  it('are off by default: nothing is sent', async () => {
    await sendTo([['aarhus', 'cafe']], '2025-03-01');
    expect(await usageSharing(db)).toEqual({});
    expect(await flushUsage(db, send)).toBe(0);
    expect(posted).toEqual([]);
  });

  it('count only referrals after opting in, per month and offer, for that catalogue only, and only once', async () => {
    await sendTo([['aarhus', 'cafe']], '2025-03-01');
    await setUsageSharing(db, 'aarhus', true);
    await sendTo([['aarhus', 'cafe'], ['aarhus', 'mentor'], ['esslingen', 'elterncafe']], '2025-03-20');
    await sendTo([['aarhus', 'cafe']], '2025-03-21');
    await sendTo([['aarhus', 'mentor']], '2025-04-02');
    expect(await flushUsage(db, send)).toBe(2);
    expect(posted).toEqual([
      { url: '/api/usage', body: { catalogue_id: 'aarhus', month: '2025-03', counts: { cafe: 2, mentor: 1 } } },
      { url: '/api/usage', body: { catalogue_id: 'aarhus', month: '2025-04', counts: { mentor: 1 } } },
    ]);
    expect(await flushUsage(db, send)).toBe(0);
    expect(posted).toHaveLength(2);
  });

  it('keep what a busy server refused for the next try', async () => {
    await setUsageSharing(db, 'aarhus', true);
    await sendTo([['aarhus', 'cafe']], '2025-03-20');
    status = 503;
    expect(await flushUsage(db, send)).toBe(0);
    status = 204;
    expect(await flushUsage(db, send)).toBe(1);
    expect(posted.map((p) => p.body)).toEqual([
      { catalogue_id: 'aarhus', month: '2025-03', counts: { cafe: 1 } },
      { catalogue_id: 'aarhus', month: '2025-03', counts: { cafe: 1 } },
    ]);
  });

  it('stop when switched off', async () => {
    await setUsageSharing(db, 'aarhus', true);
    await setUsageSharing(db, 'aarhus', false);
    await sendTo([['aarhus', 'cafe']], '2025-03-20');
    expect(await flushUsage(db, send)).toBe(0);
  });
});

// Anonymous counts for coordinators ("associations never hear back"): per catalogue, only when
// switched on, how often each offer was sent per month. Only counts leave the device.
import type { AppDatabase, ReferralLogRow } from '../storage/db.ts';
import { getSetting } from '../storage/settings.ts';

/** Per catalogue: true when the user agreed to share counts (absent = off). */
const SHARING_KEY = 'usageSharing';
/** Per catalogue: the id of the last referral log entry already counted and sent. */
const CURSOR_KEY = 'usageCursor';

export interface UsageReport {
  catalogue_id: string;
  /** YYYY-MM */
  month: string;
  counts: Record<string, number>;
}

async function record(db: AppDatabase, key: string): Promise<Record<string, unknown>> {
  return ((await db.settings.get(key))?.value as Record<string, unknown> | undefined) ?? {};
}

export async function usageSharing(db: AppDatabase): Promise<Record<string, boolean>> {
  return (await record(db, SHARING_KEY)) as Record<string, boolean>;
}

/** Switching on counts only referrals from now on, never those made before the user agreed. */
export async function setUsageSharing(db: AppDatabase, catalogueId: string, on: boolean): Promise<void> {
  await db.transaction('rw', db.settings, db.referralLog, async () => {
    const sharing = await usageSharing(db);
    await db.settings.put({ key: SHARING_KEY, value: { ...sharing, [catalogueId]: on } });
    if (!on) return;
    const last = await db.referralLog.orderBy('id').last();
    const cursor = await record(db, CURSOR_KEY);
    await db.settings.put({ key: CURSOR_KEY, value: { ...cursor, [catalogueId]: last?.id ?? 0 } });
  });
}

/** Reports per month, in log order, each with the last log id it covers. */
export function countUsage(entries: ReferralLogRow[], catalogueId: string): (UsageReport & { through: number })[] {
  const months = new Map<string, UsageReport & { through: number }>();
  for (const entry of entries) {
    const offers = entry.offers.filter((o) => o.catalogue_id === catalogueId);
    if (offers.length === 0) continue;
    const month = entry.created_at.slice(0, 7);
    const report = months.get(month) ?? { catalogue_id: catalogueId, month, counts: {}, through: 0 };
    for (const o of offers) report.counts[o.offer_id] = (report.counts[o.offer_id] ?? 0) + 1;
    report.through = Math.max(report.through, entry.id ?? 0);
    months.set(month, report);
  }
  return [...months.values()].sort((a, b) => a.through - b.through);
}

/** Sends what is not yet sent for every catalogue that shares; offline simply waits for next time. */
export async function flushUsage(db: AppDatabase, send: typeof fetch = fetch): Promise<number> {
  const sharing = await usageSharing(db);
  const base = (await getSetting(db, 'catalogueBaseUrl')) ?? '';
  let sent = 0;
  for (const [catalogueId, on] of Object.entries(sharing)) {
    if (!on) continue;
    const since = Number((await record(db, CURSOR_KEY))[catalogueId] ?? 0);
    const entries = await db.referralLog.where('id').above(since).toArray();
    for (const { through, ...report } of countUsage(entries, catalogueId)) {
      try {
        const response = await send(`${base}/api/usage`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(report),
        });
        // Busy or broken server: try again later. A rejected report would be rejected again: skip it.
        if (response.status === 429 || response.status >= 500) break;
      } catch {
        break;
      }
      const cursor = await record(db, CURSOR_KEY);
      await db.settings.put({ key: CURSOR_KEY, value: { ...cursor, [catalogueId]: through } });
      sent++;
    }
  }
  return sent;
}

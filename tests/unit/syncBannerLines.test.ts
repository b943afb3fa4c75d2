// Which lines the sync banner shows for each status, and how it words dates.
import { describe, expect, it } from 'vitest';
import { EMPTY_STATUS, type SyncStatus } from '../../src/sync/status.ts';
import { formatSyncDate, syncBannerLines } from '../../src/ui/syncBannerLines.ts';

const held: SyncStatus['catalogues'] = [
  { catalogueId: 'aarhus', version: 3, publishedAt: '2026-11-21T09:00:00.000Z', lastCheckedAt: '2026-11-22T08:00:00.000Z', expired: false },
  { catalogueId: 'esslingen', version: 7, publishedAt: '2026-11-19T09:00:00.000Z', lastCheckedAt: '2026-11-22T09:00:00.000Z', expired: false },
];
const keys = (s: SyncStatus) => syncBannerLines(s).map((l) => l.key);

describe('syncBannerLines', () => {
  it('is silent when everything is current', () => {
    expect(keys({ ...EMPTY_STATUS, catalogues: held })).toEqual([]);
    expect(keys({ ...EMPTY_STATUS, catalogues: held, checking: true })).toEqual([]);
  });

  it('dates an offline catalogue by its oldest held version and the newest check', () => {
    expect(syncBannerLines({ ...EMPTY_STATUS, catalogues: held, offline: true })).toEqual([
      { key: 'banner.offline', dates: { date: { iso: '2026-11-19T09:00:00.000Z', style: 'day' } } },
      { key: 'banner.lastChecked', dates: { date: { iso: '2026-11-22T09:00:00.000Z', style: 'moment' } }, quiet: true },
    ]);
    expect(keys({ ...EMPTY_STATUS, offline: true })).toEqual(['banner.offlineEmpty']);
  });

  it('gives a plain reason after a failed update, and a different line when nothing is held', () => {
    expect(keys({ ...EMPTY_STATUS, catalogues: held, lastError: 'quota' })).toEqual(['banner.failed', 'errors.quota']);
    expect(keys({ ...EMPTY_STATUS, lastError: 'http' })).toEqual(['banner.failedEmpty', 'errors.http']);
  });

  it('says "updating" only while a new version downloads, over any older news', () => {
    expect(keys({ ...EMPTY_STATUS, catalogues: held, updating: true, offline: true, lastError: 'http' })).toEqual(['banner.updating']);
  });

  it('adds the expiry warning to whatever else it says', () => {
    const expired = [{ ...held[0], expired: true }, held[1]];
    expect(keys({ ...EMPTY_STATUS, catalogues: expired, offline: true })).toEqual(['banner.offline', 'banner.lastChecked', 'banner.expired']);
  });
});

describe('formatSyncDate', () => {
  const now = new Date(2026, 10, 23, 14, 0);
  it('shows day and month, the year only when it is not this one', () => {
    expect(formatSyncDate(new Date(2026, 10, 21, 9).toISOString(), 'day', 'da', now)).toBe('21. november');
    expect(formatSyncDate(new Date(2025, 10, 21, 9).toISOString(), 'day', 'de', now)).toBe('21. November 2025');
  });
  it('shows only the time for a check made today', () => {
    expect(formatSyncDate(new Date(2026, 10, 23, 9, 5).toISOString(), 'moment', 'de', now)).toBe('09:05');
    expect(formatSyncDate(new Date(2026, 10, 22, 9, 5).toISOString(), 'moment', 'de', now)).toBe('22. November um 09:05');
  });
});

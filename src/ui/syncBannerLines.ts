// What the sync banner says for a given sync status, as translation keys: pure, so every state
// can be tested without rendering, and the component only translates and lays out.
import type { SyncStatus } from '../sync/status.ts';
import { heldAsOf, lastChecked } from '../sync/status.ts';

export type DateStyle = 'day' | 'moment';
export interface BannerLine {
  key: string;
  /** ISO dates to format in the UI language, by placeholder name. */
  dates?: Record<string, { iso: string; style: DateStyle }>;
  /** A short line in a quieter style beneath the main message. */
  quiet?: boolean;
}

/** Nothing when all is well: the banner speaks only when the user should know something. */
export function syncBannerLines(status: SyncStatus): BannerLine[] {
  const held = status.catalogues.some((c) => c.version !== undefined);
  const asOf = heldAsOf(status);
  const checked = lastChecked(status);
  const lines: BannerLine[] = [];
  if (status.updating) lines.push({ key: 'banner.updating' });
  else if (status.offline) {
    lines.push(held && asOf ? { key: 'banner.offline', dates: { date: { iso: asOf, style: 'day' } } } : { key: 'banner.offlineEmpty' });
    if (checked) lines.push({ key: 'banner.lastChecked', dates: { date: { iso: checked, style: 'moment' } }, quiet: true });
  } else if (status.lastError) {
    lines.push({ key: held ? 'banner.failed' : 'banner.failedEmpty' });
    lines.push({ key: `errors.${status.lastError}`, quiet: true });
  }
  const expired = status.catalogues.find((c) => c.expired && c.publishedAt);
  if (expired && !status.updating) lines.push({ key: 'banner.expired', dates: { date: { iso: expired.publishedAt!, style: 'day' } } });
  return lines;
}

/** "21 Nov" (with the year when it is not this year), or a time today, or day and time. */
export function formatSyncDate(iso: string, style: DateStyle, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === now.getFullYear();
  if (style === 'moment' && date.toDateString() === now.toDateString())
    return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
    ...(style === 'moment' ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

// Turns the stored anonymous counts (month → offer → count) into the usage table: the last twelve
// months, a total per offer over them, most used first — plain data, so it is tested without a browser.
import type { UsageTotals } from '../catalogue/workspace-api.ts';

export const USAGE_MONTHS = 12;

export interface UsageRow {
  offerId: string;
  /** One count per month of `months`, oldest first; 0 where none was reported. */
  counts: number[];
  total: number;
}

/** "YYYY-MM" of the last `n` months up to `now`, oldest first, in UTC as devices report them. */
export function lastMonths(now: Date, n = USAGE_MONTHS): string[] {
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (n - 1 - i), 1)).toISOString().slice(0, 7));
}

/** Offers counted in `months`, by total then by `label` (the title the coordinator reads). */
export function usageRows(totals: UsageTotals['months'], months: string[], label: (offerId: string) => string): UsageRow[] {
  const ids = new Set(months.flatMap((m) => Object.keys(totals[m] ?? {})));
  return [...ids]
    .map((offerId) => {
      const counts = months.map((m) => totals[m]?.[offerId] ?? 0);
      return { offerId, counts, total: counts.reduce((a, b) => a + b, 0) };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || label(a.offerId).localeCompare(label(b.offerId)));
}

// The usage table's data: twelve UTC months across a year boundary, totals over those months only, most used first.
import { describe, expect, it } from 'vitest';
import { lastMonths, usageRows } from '../../src/coordinator/usage-table.ts';

describe('usage table', () => {
  it('lists the last twelve months oldest first, crossing the year in UTC', () => {
    const months = lastMonths(new Date('2026-02-28T23:30:00-05:00'));
    expect(months).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('adds up only the months shown and sorts by total, then by title', () => {
    const months = ['2026-01', '2026-02'];
    const rows = usageRows({ '2025-12': { a: 50, gone: 9 }, '2026-01': { a: 1, b: 2, c: 1 }, '2026-02': { c: 1 } }, months, (id) => ({ a: 'Zoo', b: 'Bad', c: 'Café' })[id] ?? id);
    expect(rows).toEqual([
      { offerId: 'b', counts: [2, 0], total: 2 },
      { offerId: 'c', counts: [1, 1], total: 2 },
      { offerId: 'a', counts: [1, 0], total: 1 },
    ]);
  });
});

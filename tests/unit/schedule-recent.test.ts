// Recents are the "where was I" of a busy day; they must not grow without end or repeat entries.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '../../src/storage/db.ts';
import { clearRecent, listRecent, recordRecent, recordViewedOffer, RECENT_CAP } from '../../src/storage/recent.ts';

let n = 0;
const fresh = () => new AppDatabase(`recent-${++n}-${Math.random()}`);
const at = (minute: number) => new Date(Date.UTC(2026, 0, 6, 10, minute));

describe('recent', () => {
  it('lists newest first and moves a repeated entry to the top instead of repeating it', async () => {
    const db = fresh();
    await recordViewedOffer(db, 'aarhus', 'a', at(1));
    await recordViewedOffer(db, 'aarhus', 'b', at(2));
    await recordViewedOffer(db, 'aarhus', 'a', at(3));
    expect((await listRecent(db, 'offer')).map((r) => r.value)).toEqual(['aarhus/a', 'aarhus/b']);
  });

  it('treats searches differing only in case as the same and ignores blank ones', async () => {
    const db = fresh();
    await recordRecent(db, 'search', 'Lektiehjælp', at(1));
    await recordRecent(db, 'search', 'lektiehjælp ', at(2));
    await recordRecent(db, 'search', '   ', at(3));
    expect((await listRecent(db, 'search')).map((r) => r.value)).toEqual(['lektiehjælp']);
  });

  it('keeps at most the cap per kind, dropping the oldest, without touching the other kind', async () => {
    const db = fresh();
    await recordRecent(db, 'search', 'kept', at(0));
    for (let i = 0; i < RECENT_CAP + 5; i++) await recordViewedOffer(db, 'esslingen', `o${i}`, at(i + 1));
    const offers = await listRecent(db, 'offer');
    expect(offers).toHaveLength(RECENT_CAP);
    expect(offers[0].value).toBe(`esslingen/o${RECENT_CAP + 4}`);
    expect(offers.at(-1)!.value).toBe('esslingen/o5');
    expect((await listRecent(db, 'search')).map((r) => r.value)).toEqual(['kept']);
  });

  it('clears one kind or everything', async () => {
    const db = fresh();
    await recordRecent(db, 'search', 'x', at(1));
    await recordViewedOffer(db, 'aarhus', 'a', at(2));
    await clearRecent(db, 'offer');
    expect(await listRecent(db, 'offer')).toEqual([]);
    expect(await listRecent(db, 'search')).toHaveLength(1);
    await clearRecent(db);
    expect(await db.recent.count()).toBe(0);
  });
});

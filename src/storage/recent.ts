// Recently viewed offers and recent searches stay on this device only: a short list, the same
// entry moving to the top instead of repeating, and one tap to forget them.
import type { AppDatabase, RecentRow } from './db.ts';

export const RECENT_CAP = 20;

type Kind = RecentRow['kind'];

/** Searches count as the same regardless of case; offers are `catalogue_id/offer_id` keys. */
const sameValue = (kind: Kind, a: string, b: string) => (kind === 'search' ? a.toLocaleLowerCase() === b.toLocaleLowerCase() : a === b);

/** Remembers one entry at the top of its kind, keeping at most `cap` of that kind. */
export async function recordRecent(db: AppDatabase, kind: Kind, value: string, now = new Date(), cap = RECENT_CAP): Promise<void> {
  const v = value.trim();
  if (!v) return;
  await db.transaction('rw', db.recent, async () => {
    const rows = await db.recent.where('kind').equals(kind).toArray();
    const same = rows.filter((r) => sameValue(kind, r.value, v));
    await db.recent.bulkDelete(same.map((r) => r.id!));
    await db.recent.add({ kind, value: v, at: now.toISOString() });
    const older = rows.filter((r) => !same.includes(r)).sort((a, b) => b.at.localeCompare(a.at) || b.id! - a.id!);
    await db.recent.bulkDelete(older.slice(cap - 1).map((r) => r.id!));
  });
}

/** Entries of a kind, newest first. */
export async function listRecent(db: AppDatabase, kind: Kind, limit = RECENT_CAP): Promise<RecentRow[]> {
  const rows = await db.recent.where('kind').equals(kind).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at) || b.id! - a.id!).slice(0, limit);
}

/** Forgets one kind, or everything recent when no kind is given. */
export async function clearRecent(db: AppDatabase, kind?: Kind): Promise<void> {
  if (kind) await db.recent.where('kind').equals(kind).delete();
  else await db.recent.clear();
}

export const offerKey = (catalogueId: string, offerId: string) => `${catalogueId}/${offerId}`;

export function recordViewedOffer(db: AppDatabase, catalogueId: string, offerId: string, now = new Date()): Promise<void> {
  return recordRecent(db, 'offer', offerKey(catalogueId, offerId), now);
}

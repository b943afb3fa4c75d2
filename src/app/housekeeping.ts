// What the app does for the user's privacy and the coordinators at every start: forget old
// referral log entries, and send opted-in anonymous counts whenever a connection is there.
import { flushUsage } from '../referral/usage.ts';
import type { AppDatabase } from '../storage/db.ts';
import { purgeOldReferrals } from '../storage/referral-log.ts';

/** Starts the housekeeping; returns a stop function like the sync does. */
export function startHousekeeping(db: AppDatabase): () => void {
  const flush = () => void flushUsage(db).catch(() => undefined);
  void purgeOldReferrals(db)
    .catch(() => undefined)
    .then(flush);
  window.addEventListener('online', flush);
  return () => window.removeEventListener('online', flush);
}

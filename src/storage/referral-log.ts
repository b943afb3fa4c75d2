// The device's memory of what was sent, for the professional's own follow-up: offer ids, language,
// channel and the day, nothing about the family, and gone after 90 days.
import type { AppDatabase, ReferralLogRow } from './db.ts';

export const REFERRAL_LOG_DAYS = 90;

export type ReferralChannel = 'share' | 'sms' | 'email' | 'copy' | 'print' | 'qr';

/** The calendar day only (UTC): a time of day would say more than follow-up needs. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function logReferral(
  db: AppDatabase,
  entry: { offers: ReferralLogRow['offers']; language: string; channel: ReferralChannel },
  now = new Date(),
): Promise<number> {
  const id = await db.referralLog.add({
    created_at: dayOf(now),
    offers: entry.offers.map(({ catalogue_id, offer_id }) => ({ catalogue_id, offer_id })),
    language: entry.language,
    channel: entry.channel,
  });
  return id as number;
}

/** Deletes entries older than 90 days; run at app start. Returns how many went. */
export function purgeOldReferrals(db: AppDatabase, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - REFERRAL_LOG_DAYS * 24 * 60 * 60 * 1000);
  return db.referralLog.where('created_at').below(dayOf(cutoff)).delete();
}

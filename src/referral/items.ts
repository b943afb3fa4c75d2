// The chosen offers travel in the URL (`?offers=aarhus/lektiecafe,esslingen/elterncafe`) so a
// referral can be started from an offer page or the shortlist and survives a reload.
import type { AppDatabase } from '../storage/db.ts';
import type { ReferralItem } from './message.ts';

export interface OfferKey {
  catalogueId: string;
  offerId: string;
}

const KEY = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/;

export function parseOfferKeys(param: string | null): OfferKey[] {
  const seen = new Set<string>();
  const keys: OfferKey[] = [];
  for (const part of (param ?? '').split(',')) {
    const m = KEY.exec(part.trim());
    if (!m || seen.has(m[0])) continue;
    seen.add(m[0]);
    keys.push({ catalogueId: m[1], offerId: m[2] });
  }
  return keys;
}

export function formatOfferKeys(keys: OfferKey[]): string {
  return keys.map((k) => `${k.catalogueId}/${k.offerId}`).join(',');
}

/** The offers with organisation and catalogue language; keys no longer on the device are counted. */
export async function loadReferralItems(db: AppDatabase, keys: OfferKey[]): Promise<{ items: ReferralItem[]; missing: OfferKey[] }> {
  const offers = await db.offers.bulkGet(keys.map((k) => [k.catalogueId, k.offerId] as [string, string]));
  const organisations = await db.organisations.bulkGet(
    offers.map((o, i) => [keys[i].catalogueId, o?.organization_id ?? ''] as [string, string]),
  );
  const catalogues = await db.catalogues.bulkGet([...new Set(keys.map((k) => k.catalogueId))]);
  const languageOf = new Map(catalogues.filter((c) => !!c).map((c) => [c.catalogue_id, c.info.default_language]));
  const items: ReferralItem[] = [];
  const missing: OfferKey[] = [];
  offers.forEach((stored, i) => {
    const catalogueLanguage = languageOf.get(keys[i].catalogueId);
    if (!stored || !catalogueLanguage) return void missing.push(keys[i]);
    const { catalogue_id: _c, ...offer } = stored;
    const organisation = organisations[i];
    items.push({
      catalogueId: keys[i].catalogueId,
      catalogueLanguage,
      offer,
      organisation: organisation ? (({ catalogue_id: _o, ...rest }) => rest)(organisation) : undefined,
    });
  });
  return { items, missing };
}

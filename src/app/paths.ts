// Addresses of the app's screens, built in one place so links and routes agree.
export function offerPath(catalogueId: string, offerId: string): string {
  return `/offer/${encodeURIComponent(catalogueId)}/${encodeURIComponent(offerId)}`;
}

export function organisationPath(catalogueId: string, organisationId: string): string {
  return `/organisations/${encodeURIComponent(catalogueId)}/${encodeURIComponent(organisationId)}`;
}

/** The referral screen for the given `catalogue_id/offer_id` keys (ids are URL-safe by schema). */
export function sendPath(keys: string[]): string {
  return `/send?offers=${keys.join(',')}`;
}

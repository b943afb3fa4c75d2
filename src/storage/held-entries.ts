// One held catalogue's records as search entries, the same whether they were read back or are
// still in memory from the write, so an index built from either stands for the other.
import type { IndexEntry } from '../catalogue/search-docs.ts';
import type { Organisation } from '../catalogue/schema.ts';
import type { CatalogueVersionRow, StoredOffer, StoredOrganisation } from './db.ts';

/** Entries of one catalogue, its offers in the order given (key order, as a read returns them). */
export function entriesOf(row: CatalogueVersionRow, offers: StoredOffer[], organisations: StoredOrganisation[]): IndexEntry[] {
  const orgs = new Map<string, Organisation>();
  for (const { catalogue_id: _owner, ...org } of organisations) orgs.set(org.id, org);
  return offers.map(({ catalogue_id, ...offer }) => ({
    catalogueId: catalogue_id,
    offer,
    organisation: orgs.get(offer.organization_id),
    needs: row.needs,
    catalogueLanguage: row.info.default_language,
  }));
}

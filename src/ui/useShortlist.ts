// The shortlist as a live list of offer keys, shared by the start screen, shortlist and offer page.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCatalogueData } from '../app/catalogue-context.tsx';
import { shortlistRows } from '../storage/queries.ts';

export interface KeptOffer {
  key: string;
  catalogueId: string;
  offerId: string;
}

export function useShortlist(): KeptOffer[] {
  const { db } = useCatalogueData();
  const rows = useLiveQuery(() => shortlistRows(db), [db]) ?? [];
  return rows.map((r) => ({ key: `${r.catalogue_id}/${r.offer_id}`, catalogueId: r.catalogue_id, offerId: r.offer_id }));
}

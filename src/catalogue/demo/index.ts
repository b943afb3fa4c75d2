// The demo catalogues shipped with the product: the server seeds them on first start and tests
// use them as realistic data. Both share one needs taxonomy so filters mean the same everywhere.
import { catalogueContent, type CatalogueContent } from '../schema.ts';
import needs from './needs.json' with { type: 'json' };
import aarhus from './aarhus.json' with { type: 'json' };
import esslingen from './esslingen.json' with { type: 'json' };

export const DEMO_CATALOGUE_IDS = ['aarhus', 'esslingen'] as const;
export type DemoCatalogueId = (typeof DEMO_CATALOGUE_IDS)[number];

const raw: Record<DemoCatalogueId, unknown> = { aarhus, esslingen };

/** Parses a demo catalogue through the shared schema, so a broken data file fails loudly. */
export function loadDemoCatalogue(catalogueId: DemoCatalogueId): CatalogueContent {
  return catalogueContent.parse({ ...(raw[catalogueId] as object), needs });
}

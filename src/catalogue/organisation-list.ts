// The network at a glance: every actor of the followed catalogues with its offers, narrowed by
// words (folded, so "modrehjaelpen" finds Mødrehjælpen) and by the same need and area filters as offers.
import type { Offer, Organisation } from './schema.ts';
import { searchFold } from './fold.ts';
import { allTexts } from './text.ts';
import { emptyFilters, offerPredicate } from './filters.ts';

export interface OrganisationEntry {
  key: string;
  catalogueId: string;
  organisation: Organisation;
  /** The organisation's active offers. */
  offers: Offer[];
}

export interface OrganisationFilters {
  query: string;
  needs: string[];
  area?: string;
}

/** Pairs organisations with their active offers; organisations keep their place even without offers. */
export function organisationEntries(
  organisations: readonly (Organisation & { catalogue_id: string })[],
  offers: readonly { catalogueId: string; offer: Offer }[],
  collator: Intl.Collator = new Intl.Collator(),
): OrganisationEntry[] {
  const byOrg = new Map<string, Offer[]>();
  for (const { catalogueId, offer } of offers) {
    if (offer.status === 'inactive') continue;
    const key = `${catalogueId}/${offer.organization_id}`;
    const list = byOrg.get(key);
    if (list) list.push(offer);
    else byOrg.set(key, [offer]);
  }
  return organisations
    .map(({ catalogue_id, ...organisation }) => {
      const key = `${catalogue_id}/${organisation.id}`;
      return { key, catalogueId: catalogue_id, organisation, offers: byOrg.get(key) ?? [] };
    })
    .sort((a, b) => collator.compare(a.organisation.name, b.organisation.name));
}

const searchTexts = new WeakMap<OrganisationEntry, string>();

/**
 * The folded words an organisation can be found by: its name and description, and its offers' names;
 * folded once per entry, not on every keystroke.
 */
function searchText(e: OrganisationEntry): string {
  let text = searchTexts.get(e);
  if (text === undefined) {
    text = searchFold([e.organisation.name, ...allTexts(e.organisation.description), ...e.offers.flatMap((o) => allTexts(o.name))].join(' '));
    searchTexts.set(e, text);
  }
  return text;
}

/**
 * Organisations where every typed word occurs (folded), and — when a need or an area is chosen —
 * that have at least one offer matching them the way the offer list does.
 */
export function filterOrganisations(entries: readonly OrganisationEntry[], f: OrganisationFilters): OrganisationEntry[] {
  const words = searchFold(f.query).split(' ').filter(Boolean);
  const narrowed = f.needs.length > 0 || !!f.area?.trim();
  const keep = narrowed ? offerPredicate({ ...emptyFilters(), needs: f.needs, area: f.area }) : undefined;
  return entries.filter((e) => {
    if (words.length) {
      const text = searchText(e);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return !keep || e.offers.some(keep);
  });
}

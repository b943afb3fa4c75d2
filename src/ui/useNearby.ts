// Results in distance order when the URL names an origin (the device's position or a typed
// postcode/town), measured against every held catalogue's place table; relevance order otherwise.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { originFromParams, sortByDistance, type OfferDistance, type Origin } from '../catalogue/distance.ts';
import type { Offer, Place } from '../catalogue/schema.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';

export interface Nearby<T> {
  items: T[];
  /** Distance per item key; empty without a known origin. */
  distances: Map<string, OfferDistance>;
}

/** The origin the URL names, and the places it was looked up in. */
export function useOrigin(): { origin?: Origin; places: Place[] } {
  const [params] = useSearchParams();
  const { catalogues } = useCatalogueData();
  const places = useMemo(() => catalogues.flatMap((c) => c.places), [catalogues]);
  const origin = useMemo(() => originFromParams(params, places), [params, places]);
  return { origin, places };
}

/** Whether results go in distance order: then every hit is needed, not just the best page. */
export function sortsByDistance(origin: Origin | undefined): origin is Exclude<Origin, { kind: 'unknownPlace' }> {
  return origin !== undefined && origin.kind !== 'unknownPlace';
}

export function useNearby<T extends { key: string; offer: Offer }>(items: T[], { origin, places }: ReturnType<typeof useOrigin>): Nearby<T> {
  return useMemo(() => {
    if (!sortsByDistance(origin)) return { items, distances: new Map() };
    const sorted = sortByDistance(items, (i) => i.offer, origin.point, places);
    return { items: sorted.map((s) => s.item), distances: new Map(sorted.map((s) => [s.item.key, s.distance])) };
  }, [origin, items, places]);
}

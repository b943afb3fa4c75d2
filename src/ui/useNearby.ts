// Results in distance order when the URL names an origin (the device's position or a typed
// postcode/town), measured against every held catalogue's place table; relevance order otherwise.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { originFromParams, sortByDistance, type OfferDistance, type Origin } from '../catalogue/distance.ts';
import type { Offer } from '../catalogue/schema.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';

export interface Nearby<T> {
  origin?: Origin;
  items: T[];
  /** Distance per item key; empty without an origin. */
  distances: Map<string, OfferDistance>;
}

export function useNearby<T extends { key: string; offer: Offer }>(items: T[]): Nearby<T> {
  const [params] = useSearchParams();
  const { catalogues } = useCatalogueData();
  const places = useMemo(() => catalogues.flatMap((c) => c.places), [catalogues]);
  const origin = useMemo(() => originFromParams(params, places), [params, places]);
  return useMemo(() => {
    if (!origin || origin.kind === 'unknownPlace') return { origin, items, distances: new Map() };
    const sorted = sortByDistance(items, (i) => i.offer, origin.point, places);
    return { origin, items: sorted.map((s) => s.item), distances: new Map(sorted.map((s) => [s.item.key, s.distance])) };
  }, [origin, items, places]);
}

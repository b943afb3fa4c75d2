// "How far is it": distances from where the user stands or from a postcode/town they type, and
// results ordered by them, with phone/online offers kept in the list rather than dropped.
import type { Location, Offer, Place } from './schema.ts';
import { foldText } from './fold.ts';

export interface LatLon {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine); plenty for "which club is closer". */
export function haversineMeters(a: LatLon, b: LatLon): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "8000", "80 00" and "8000 " are one postcode; filters compare postcodes the same way. */
export const normalisePostcode = (s: string) => s.replace(/\s+/g, '').toLowerCase();

const postcodeIndexes = new WeakMap<readonly Place[], Map<string, Place>>();

/** A place table by postcode (the first place of each), made once per table: distances are measured for every hit. */
function placeByPostcode(places: readonly Place[]): Map<string, Place> {
  let index = postcodeIndexes.get(places);
  if (!index) {
    index = new Map();
    for (const p of places) {
      const code = normalisePostcode(p.postal_code);
      if (!index.has(code)) index.set(code, p);
    }
    postcodeIndexes.set(places, index);
  }
  return index;
}

/**
 * The place a typed postcode or town name means: an exact postcode first, then a town name
 * (folded, so "Aabyhoj" finds Åbyhøj; a town with several postcodes gives their centre), then
 * the one town the text starts.
 */
export function findPlace(places: readonly Place[], query: string): Place | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const byCode = placeByPostcode(places).get(normalisePostcode(q));
  if (byCode) return byCode;
  const folded = foldText(q);
  const named = (match: (name: string) => boolean) => places.filter((p) => match(foldText(p.name)));
  let hits = named((n) => n === folded);
  if (hits.length === 0) {
    hits = named((n) => n.startsWith(folded));
    if (new Set(hits.map((p) => foldText(p.name))).size !== 1) return undefined;
  }
  if (hits.length === 0) return undefined;
  return {
    postal_code: hits[0].postal_code,
    name: hits[0].name,
    latitude: hits.reduce((s, p) => s + p.latitude, 0) / hits.length,
    longitude: hits.reduce((s, p) => s + p.longitude, 0) / hits.length,
  };
}

/** A location's point: its own coordinates, else its postcode's place. */
export function locationPoint(location: Location, places: readonly Place[] = []): LatLon | undefined {
  if (location.latitude !== undefined && location.longitude !== undefined) return { latitude: location.latitude, longitude: location.longitude };
  const place = placeByPostcode(places).get(normalisePostcode(location.postal_code));
  return place && { latitude: place.latitude, longitude: place.longitude };
}

/**
 * How an offer stands to a point: the nearest of its places (`near`), given by phone or online
 * with no place at all (`remote`), or with places whose position is unknown (`unknown`).
 */
export type OfferDistance =
  | { kind: 'near'; meters: number; location: Location }
  | { kind: 'remote' }
  | { kind: 'unknown' };

export function offerDistance(offer: Pick<Offer, 'locations'>, from: LatLon, places: readonly Place[] = []): OfferDistance {
  if (offer.locations.length === 0) return { kind: 'remote' };
  let best: { kind: 'near'; meters: number; location: Location } | undefined;
  for (const location of offer.locations) {
    const point = locationPoint(location, places);
    if (!point) continue;
    const meters = haversineMeters(from, point);
    if (!best || meters < best.meters) best = { kind: 'near', meters, location };
  }
  return best ?? { kind: 'unknown' };
}

const RANK: Record<OfferDistance['kind'], number> = { near: 0, unknown: 1, remote: 2 };

/**
 * Items ordered nearest first; then those with an unknown position; then phone/online ones.
 * Ties keep their incoming (relevance) order.
 */
export function sortByDistance<T>(
  items: readonly T[],
  offerOf: (item: T) => Pick<Offer, 'locations'>,
  from: LatLon,
  places: readonly Place[] = [],
): { item: T; distance: OfferDistance }[] {
  return items
    .map((item, index) => ({ item, index, distance: offerDistance(offerOf(item), from, places) }))
    .sort((a, b) => {
      const rank = RANK[a.distance.kind] - RANK[b.distance.kind];
      if (rank !== 0) return rank;
      if (a.distance.kind === 'near' && b.distance.kind === 'near') return a.distance.meters - b.distance.meters || a.index - b.index;
      return a.index - b.index;
    })
    .map(({ item, distance }) => ({ item, distance }));
}

const unitFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale, unit and precision: every result row shows a distance on every render. */
function unitFormat(locale: string, unit: 'meter' | 'kilometer', maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale} ${unit} ${maximumFractionDigits}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits });
    unitFormats.set(key, format);
  }
  return format;
}

/** "350 m", "2.3 km", "18 km" in the locale's way of writing numbers and units. */
export function formatDistance(meters: number, locale: string): string {
  if (meters < 950) return unitFormat(locale, 'meter', 0).format(Math.max(10, Math.round(meters / 10) * 10));
  const km = meters / 1000;
  return unitFormat(locale, 'kilometer', km < 10 ? 1 : 0).format(km);
}

/**
 * A point kept in the URL (`near=56.130,10.160`). Three decimals (about 100 m) are enough to sort
 * by and keep the exact position out of history and shared links.
 */
export function pointToParam(p: LatLon): string {
  return `${p.latitude.toFixed(3)},${p.longitude.toFixed(3)}`;
}

export function pointFromParam(s: string | null | undefined): LatLon | undefined {
  const m = s?.trim().match(/^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  if (!m) return undefined;
  const latitude = Number(m[1]);
  const longitude = Number(m[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

/** Where distances are measured from, as the URL holds it: the device's position or a typed place. */
export const NEAR_PARAM = 'near';
export const FROM_PARAM = 'from';

export type Origin =
  | { kind: 'device'; point: LatLon }
  | { kind: 'place'; point: LatLon; place: Place; typed: string }
  | { kind: 'unknownPlace'; typed: string };

export function originFromParams(p: URLSearchParams, places: readonly Place[]): Origin | undefined {
  const point = pointFromParam(p.get(NEAR_PARAM));
  if (point) return { kind: 'device', point };
  const typed = p.get(FROM_PARAM)?.trim();
  if (!typed) return undefined;
  const place = findPlace(places, typed);
  return place ? { kind: 'place', point: place, place, typed } : { kind: 'unknownPlace', typed };
}

/** Carries the origin from the current URL into a rebuilt one, so changing filters keeps the order. */
export function keepOrigin(next: URLSearchParams, current: URLSearchParams): URLSearchParams {
  for (const key of [NEAR_PARAM, FROM_PARAM]) {
    const value = current.get(key);
    if (value !== null && !next.has(key)) next.set(key, value);
  }
  return next;
}

/** The URL with a new origin (or none), everything else unchanged. */
export function withOrigin(current: URLSearchParams, origin: { near: LatLon } | { from: string } | undefined): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete(NEAR_PARAM);
  next.delete(FROM_PARAM);
  if (origin && 'near' in origin) next.set(NEAR_PARAM, pointToParam(origin.near));
  if (origin && 'from' in origin && origin.from.trim()) next.set(FROM_PARAM, origin.from.trim());
  return next;
}

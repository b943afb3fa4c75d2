// What narrows a result list (age, needs, languages, cost, area, day) and how it lives in the URL,
// so Back works and a shared link reopens the same view.
import { WEEKDAYS, type Weekday } from './codes.ts';
import type { Offer } from './schema.ts';
import { searchFold } from './fold.ts';
import { isOpenAt, runsOnDay } from './schedule.ts';
import { normalisePostcode } from './distance.ts';

export interface OfferFilters {
  /** The child's age in years: offers whose age range covers it. */
  age?: number;
  /** Need (taxonomy term) ids: an offer matches when it has any of them. */
  needs: string[];
  /** ISO 639-1 codes: an offer matches when it is given in any of them. */
  languages: string[];
  /** Only offers free of charge. */
  free?: boolean;
  /** A municipality (or town) name, or a postcode. */
  area?: string;
  /** Only offers that run on this weekday. */
  day?: Weekday;
  /** Only offers open at the time of the search. */
  openNow?: boolean;
}

export function emptyFilters(): OfferFilters {
  return { needs: [], languages: [] };
}

/** True when no filter narrows anything. */
export function hasActiveFilters(f: OfferFilters): boolean {
  return (
    f.age !== undefined ||
    f.needs.length > 0 ||
    f.languages.length > 0 ||
    f.free === true ||
    !!f.area?.trim() ||
    f.day !== undefined ||
    f.openNow === true
  );
}

/**
 * A predicate for the filters, with everything that does not depend on the offer worked out once
 * (a search applies it to thousands of offers per keystroke).
 */
export function offerPredicate(f: OfferFilters, now: Date = new Date()): (offer: Offer) => boolean {
  const { age, free, day, openNow } = f;
  const needs = f.needs.length ? new Set(f.needs) : undefined;
  const languages = f.languages.length ? new Set(f.languages) : undefined;
  const area = f.area?.trim() ? { folded: searchFold(f.area), postcode: normalisePostcode(f.area) } : undefined;
  return (offer) => {
    if (age !== undefined) {
      if ((offer.minimum_age ?? 0) > age) return false;
      if (offer.maximum_age !== undefined && offer.maximum_age < age) return false;
    }
    if (needs && !offer.categories.some((c) => needs.has(c))) return false;
    if (languages && !offer.languages.some((l) => languages.has(l))) return false;
    if (free && !offer.free) return false;
    if (area && !inArea(offer, area.folded, area.postcode)) return false;
    if (day && !runsOnDay(offer, day, now)) return false;
    if (openNow && !isOpenAt(offer, now)) return false;
    return true;
  };
}

/** Folded municipality and town names, kept: held catalogues name a few hundred places, each checked per offer per keystroke. */
const foldedPlaces = new Map<string, string>();

function foldedPlace(name: string): string {
  let folded = foldedPlaces.get(name);
  if (folded === undefined) {
    folded = searchFold(name);
    foldedPlaces.set(name, folded);
  }
  return folded;
}

/**
 * Offers given by phone or online have no location and are available everywhere, so they match
 * any area. Otherwise one of the offer's places must lie in the area: same municipality or town
 * (folded, so "Aabyhoj" finds Åbyhøj) or same postcode.
 */
function inArea(offer: Offer, folded: string, postcode: string): boolean {
  if (offer.locations.length === 0) return true;
  return offer.locations.some(
    (l) => foldedPlace(l.municipality) === folded || foldedPlace(l.city) === folded || normalisePostcode(l.postal_code) === postcode,
  );
}

export function matchesFilters(offer: Offer, f: OfferFilters, now: Date = new Date()): boolean {
  return offerPredicate(f, now)(offer);
}

const isWeekday = (s: string | null): s is Weekday => s !== null && (WEEKDAYS as readonly string[]).includes(s);

/** Reads query and filters from a URL; anything malformed is ignored rather than failing the page. */
export function filtersFromParams(p: URLSearchParams): { query: string; filters: OfferFilters } {
  const filters = emptyFilters();
  const age = p.get('age');
  if (age !== null && /^\d{1,3}$/.test(age.trim()) && Number(age) <= 120) filters.age = Number(age);
  filters.needs = unique(p.getAll('need').filter(Boolean));
  filters.languages = unique(p.getAll('lang').filter((l) => /^[a-z]{2}$/.test(l)));
  if (p.get('free') === '1') filters.free = true;
  const area = p.get('area')?.trim();
  if (area) filters.area = area;
  const day = p.get('day');
  if (isWeekday(day)) filters.day = day;
  if (p.get('open') === '1') filters.openNow = true;
  return { query: p.get('q') ?? '', filters };
}

/** The inverse of `filtersFromParams`, in a fixed key order so equal views give equal URLs. */
export function filtersToParams(query: string, f: OfferFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (query.trim()) p.set('q', query);
  if (f.age !== undefined) p.set('age', String(f.age));
  for (const n of f.needs) p.append('need', n);
  for (const l of f.languages) p.append('lang', l);
  if (f.free) p.set('free', '1');
  if (f.area?.trim()) p.set('area', f.area.trim());
  if (f.day) p.set('day', f.day);
  if (f.openNow) p.set('open', '1');
  return p;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

// Sorting by distance answers "what is near Viby"; a wrong order or a dropped phone service
// sends a family to the wrong place or hides help from them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Location, Place } from '../../src/catalogue/schema.ts';
import {
  findPlace,
  formatDistance,
  haversineMeters,
  offerDistance,
  pointFromParam,
  pointToParam,
  originFromParams,
  keepOrigin,
  withOrigin,
  sortByDistance,
} from '../../src/catalogue/distance.ts';

const places: Place[] = [
  { postal_code: '8000', name: 'Aarhus C', latitude: 56.1567, longitude: 10.2108 },
  { postal_code: '8260', name: 'Viby J', latitude: 56.1269, longitude: 10.1649 },
  { postal_code: '8230', name: 'Åbyhøj', latitude: 56.1553, longitude: 10.1619 },
  { postal_code: '73728', name: 'Esslingen am Neckar', latitude: 48.742, longitude: 9.3075 },
  { postal_code: '73730', name: 'Esslingen am Neckar', latitude: 48.7345, longitude: 9.3395 },
  { postal_code: '72622', name: 'Nürtingen', latitude: 48.6267, longitude: 9.3353 },
];

const loc = (id: string, postal_code: string, lat?: number, lon?: number): Location => ({
  id,
  address_1: 'Vej 1',
  postal_code,
  city: 'X',
  municipality: 'Aarhus',
  country: 'DK',
  ...(lat !== undefined && lon !== undefined ? { latitude: lat, longitude: lon } : {}),
});

describe('haversineMeters', () => {
  it('measures known distances', () => {
    // Aarhus C to Copenhagen City Hall: about 157 km as the crow flies.
    const d = haversineMeters({ latitude: 56.1567, longitude: 10.2108 }, { latitude: 55.6761, longitude: 12.5683 });
    expect(d / 1000).toBeGreaterThan(155);
    expect(d / 1000).toBeLessThan(159);
    // One degree of latitude is about 111.2 km.
    expect(haversineMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111_195, -2);
  });

  it('is symmetric, zero on the same point, and obeys the triangle inequality', () => {
    const point = fc.record({ latitude: fc.double({ min: -89, max: 89, noNaN: true }), longitude: fc.double({ min: -179, max: 179, noNaN: true }) });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(haversineMeters(a, a)).toBeCloseTo(0, 6);
        expect(Math.abs(haversineMeters(a, b) - haversineMeters(b, a))).toBeLessThan(1e-6);
        expect(haversineMeters(a, c)).toBeLessThanOrEqual(haversineMeters(a, b) + haversineMeters(b, c) + 1e-6);
      }),
    );
  });
});

describe('findPlace', () => {
  it('finds a postcode, ignoring spaces', () => {
    expect(findPlace(places, ' 8260 ')?.name).toBe('Viby J');
  });

  it('finds a town by folded name, typed without æ/ø/å or umlauts', () => {
    expect(findPlace(places, 'aabyhoej')?.postal_code).toBe('8230');
    expect(findPlace(places, 'Nuertingen')?.postal_code).toBe('72622');
    expect(findPlace(places, 'viby')?.postal_code).toBe('8260');
  });

  it('takes the centre of a town with several postcodes', () => {
    const p = findPlace(places, 'Esslingen am Neckar')!;
    expect(p.latitude).toBeCloseTo((48.742 + 48.7345) / 2, 6);
    expect(findPlace(places, 'esslingen')?.longitude).toBeCloseTo((9.3075 + 9.3395) / 2, 6);
  });

  it('gives nothing for an unknown or ambiguous beginning', () => {
    expect(findPlace(places, 'Odense')).toBeUndefined();
    expect(findPlace(places, 'a')).toBeUndefined();
    expect(findPlace(places, '  ')).toBeUndefined();
  });
});

describe('offerDistance and sortByDistance', () => {
  const viby = { latitude: 56.1269, longitude: 10.1649 };
  const offers = {
    centre: { id: 'centre', locations: [loc('c', '8000', 56.1567, 10.2108)] },
    twoPlaces: { id: 'two', locations: [loc('far', '8000', 56.1567, 10.2108), loc('near', '8260', 56.128, 10.166)] },
    phone: { id: 'phone', locations: [] as Location[] },
    byPostcode: { id: 'postcode', locations: [loc('p', '8230')] },
    nowhere: { id: 'nowhere', locations: [loc('n', '9999')] },
  };

  it('measures to the nearest of an offer’s places', () => {
    const d = offerDistance(offers.twoPlaces, viby);
    expect(d.kind).toBe('near');
    if (d.kind === 'near') {
      expect(d.location.id).toBe('near');
      expect(d.meters).toBeLessThan(300);
    }
  });

  it('falls back to the postcode’s place when a location has no coordinates', () => {
    const d = offerDistance(offers.byPostcode, viby, places);
    expect(d.kind).toBe('near');
    expect(offerDistance(offers.byPostcode, viby).kind).toBe('unknown');
  });

  it('marks phone/online offers as remote', () => {
    expect(offerDistance(offers.phone, viby)).toEqual({ kind: 'remote' });
  });

  it('orders nearest first, then unknown positions, then phone/online, keeping everything', () => {
    const input = [offers.phone, offers.nowhere, offers.centre, offers.byPostcode, offers.twoPlaces];
    const sorted = sortByDistance(input, (o) => o, viby, places);
    expect(sorted.map((s) => s.item.id)).toEqual(['two', 'postcode', 'centre', 'nowhere', 'phone']);
    expect(sorted.map((s) => s.distance.kind)).toEqual(['near', 'near', 'near', 'unknown', 'remote']);
  });

  it('keeps the incoming order among equals', () => {
    const a = { id: 'a', locations: [] as Location[] };
    const b = { id: 'b', locations: [] as Location[] };
    expect(sortByDistance([b, a], (o) => o, viby).map((s) => s.item.id)).toEqual(['b', 'a']);
  });
});

describe('formatDistance', () => {
  it('writes metres below a kilometre and kilometres with one decimal below ten', () => {
    expect(formatDistance(347, 'en-GB')).toBe('350 m');
    expect(formatDistance(2_345, 'en-GB')).toBe('2.3 km');
    expect(formatDistance(2_345, 'da')).toBe('2,3 km');
    expect(formatDistance(2_345, 'de')).toBe('2,3 km');
    expect(formatDistance(18_420, 'de')).toBe('18 km');
    expect(formatDistance(3, 'en-GB')).toBe('10 m');
  });
});

describe('point in the URL', () => {
  it('round-trips at about 100 m precision and rejects anything else', () => {
    expect(pointToParam({ latitude: 56.12694, longitude: 10.16491 })).toBe('56.127,10.165');
    expect(pointFromParam('56.127,10.165')).toEqual({ latitude: 56.127, longitude: 10.165 });
    expect(pointFromParam('-33.9,-151.2')).toEqual({ latitude: -33.9, longitude: -151.2 });
    expect(pointFromParam('91,10')).toBeUndefined();
    expect(pointFromParam('abc')).toBeUndefined();
    expect(pointFromParam(null)).toBeUndefined();
  });
});

describe('origin in the URL', () => {
  it('reads the device position before a typed place, and says when a typed place is unknown', () => {
    expect(originFromParams(new URLSearchParams('near=56.127,10.165&from=8000'), places)).toEqual({ kind: 'device', point: { latitude: 56.127, longitude: 10.165 } });
    const o = originFromParams(new URLSearchParams('from=viby'), places);
    expect(o?.kind === 'place' && o.place.postal_code).toBe('8260');
    expect(originFromParams(new URLSearchParams('from=Odense'), places)).toEqual({ kind: 'unknownPlace', typed: 'Odense' });
    expect(originFromParams(new URLSearchParams('q=x'), places)).toBeUndefined();
  });

  it('survives a rebuilt filter URL and is replaced as a whole', () => {
    const current = new URLSearchParams('q=a&from=8260');
    expect(keepOrigin(new URLSearchParams('q=b&age=7'), current).toString()).toBe('q=b&age=7&from=8260');
    expect(withOrigin(current, { near: { latitude: 56.12694, longitude: 10.16491 } }).toString()).toBe('q=a&near=56.127%2C10.165');
    expect(withOrigin(current, undefined).toString()).toBe('q=a');
  });
});

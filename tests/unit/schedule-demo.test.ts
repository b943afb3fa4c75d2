// The demo catalogues are what people try first: every offer must say when, every place must be
// findable by distance, and every actor of the network must show up with offers.
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE_IDS, loadDemoCatalogue } from '../../src/catalogue/demo/index.ts';
import { findPlace, offerDistance } from '../../src/catalogue/distance.ts';
import { describeOfferTimes, scheduleLabels } from '../../src/catalogue/schedule-text.ts';
import { nextSession } from '../../src/catalogue/schedule.ts';
import { organisationEntries } from '../../src/catalogue/organisation-list.ts';

const labels = scheduleLabels((key, o) => `${key} ${JSON.stringify(o)}`);

describe.each(DEMO_CATALOGUE_IDS)('demo catalogue %s', (id) => {
  const c = loadDemoCatalogue(id);

  it('says when for every offer: weekly rules, or words such as "by appointment"', () => {
    for (const o of c.offers) {
      for (const locale of ['da', 'de', 'en-GB']) {
        const t = describeOfferTimes(o, { locale, labels, catalogueLanguage: c.catalogue.default_language });
        expect(t.rules.length > 0 || t.description !== undefined, o.id).toBe(true);
      }
      for (const s of o.schedules) if (s.location_id) expect(o.locations.map((l) => l.id), o.id).toContain(s.location_id);
    }
  });

  it('anchors every every-n-weeks rule, so its weeks (and so its next session) are known', () => {
    for (const o of c.offers) for (const s of o.schedules) if ((s.interval ?? 1) > 1) expect(s.valid_from, o.id).toBeDefined();
  });

  it('has a next session for every offer with weekly rules that are still running', () => {
    const from = new Date('2026-11-23T12:00:00Z');
    const running = c.offers.filter((o) => o.schedules.some((s) => !s.valid_to || s.valid_to >= '2026-11-23'));
    expect(running.length).toBeGreaterThan(c.offers.length / 2);
    for (const o of running) expect(nextSession(o, from), o.id).toBeDefined();
  });

  it('places every location on the map and knows every postcode used', () => {
    const centre = c.places[0];
    for (const o of c.offers) if (o.locations.length) expect(offerDistance(o, centre, c.places).kind, o.id).toBe('near');
    for (const l of c.offers.flatMap((o) => o.locations)) expect(findPlace(c.places, l.postal_code), l.postal_code).toBeDefined();
    expect(c.offers.some((o) => o.locations.length === 0)).toBe(true);
  });

  it('gives every organisation at least one offer', () => {
    const entries = organisationEntries(
      c.organisations.map((o) => ({ ...o, catalogue_id: id })),
      c.offers.map((offer) => ({ catalogueId: id, offer })),
    );
    expect(entries.filter((e) => e.offers.length === 0).map((e) => e.organisation.id)).toEqual([]);
  });
});

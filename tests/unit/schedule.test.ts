// Opening times decide "open now" and "next session": wrong across midnight or a DST change, a
// family stands in front of a closed door.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offer, WEEKDAYS, type Location, type Offer, type Schedule } from '../../src/catalogue/schema.ts';
import { isOpenAt, nextSession, offerTimeZone, runsOnDay, sessionsAt, weekdayAt, zonedInstant } from '../../src/catalogue/schedule.ts';

const aarhus: Location = {
  id: 'viby',
  address_1: 'Skanderborgvej 1',
  postal_code: '8260',
  city: 'Viby J',
  municipality: 'Aarhus',
  country: 'DK',
  latitude: 56.13,
  longitude: 10.16,
};
const esslingen: Location = { ...aarhus, id: 'es', postal_code: '73728', city: 'Esslingen', municipality: 'Esslingen', country: 'DE' };

function offerWith(schedules: Partial<Schedule>[], locations: Location[] = [aarhus], status: Offer['status'] = 'active'): Offer {
  return offer.parse({
    id: 'o',
    organization_id: 'org',
    status,
    name: { en: 'Offer' },
    summary: { en: 'S' },
    description: { en: 'D' },
    categories: ['learning'],
    languages: ['da'],
    free: true,
    access: 'self',
    locations,
    schedules: schedules.map((s) => ({ byday: ['TU'], opens_at: '16:00', closes_at: '18:00', ...s })),
    assured_date: '2026-01-01',
  });
}

/** Instants written as UTC so the tests do not depend on the machine's zone. */
const utc = (s: string) => new Date(`${s}Z`);

describe('zonedInstant', () => {
  it('reads wall-clock times in the place’s zone, winter and summer', () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 6 }, 16 * 60, 'Europe/Copenhagen').toISOString()).toBe('2026-01-06T15:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 7, day: 7 }, 16 * 60, 'Europe/Berlin').toISOString()).toBe('2026-07-07T14:00:00.000Z');
  });

  it('moves a time skipped by the spring change an hour on, and keeps times around it exact', () => {
    const day = { year: 2026, month: 3, day: 29 };
    expect(zonedInstant(day, 90, 'Europe/Copenhagen').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant(day, 150, 'Europe/Copenhagen').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant(day, 210, 'Europe/Copenhagen').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('rolls minutes past midnight into the next day', () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 31 }, 24 * 60 + 60, 'Europe/Copenhagen').toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('runsOnDay', () => {
  it('is true for the rule’s weekdays only, over all rules', () => {
    const o = offerWith([{ byday: ['MO', 'WE'] }, { byday: ['FR'] }]);
    expect(runsOnDay(o, 'MO')).toBe(true);
    expect(runsOnDay(o, 'FR')).toBe(true);
    expect(runsOnDay(o, 'TU')).toBe(false);
    expect(runsOnDay(offerWith([]), 'MO')).toBe(false);
  });

  it('drops rules that ended before the given day, and inactive offers', () => {
    const o = offerWith([{ byday: ['SA'], valid_to: '2026-07-09' }]);
    expect(runsOnDay(o, 'SA', utc('2026-07-01T10:00'))).toBe(true);
    expect(runsOnDay(o, 'SA', utc('2026-07-09T21:59'))).toBe(true);
    expect(runsOnDay(o, 'SA', utc('2026-07-09T22:00'))).toBe(false);
    expect(runsOnDay(offerWith([{}], [aarhus], 'inactive'), 'TU')).toBe(false);
  });
});

describe('isOpenAt', () => {
  const tuesdays = offerWith([{ byday: ['TU'], opens_at: '16:00', closes_at: '18:00' }]);

  it('is open from the opening minute up to, not including, the closing minute (local time)', () => {
    // Tuesday 6 January 2026, Copenhagen is UTC+1.
    expect(isOpenAt(tuesdays, utc('2026-01-06T14:59'))).toBe(false);
    expect(isOpenAt(tuesdays, utc('2026-01-06T15:00'))).toBe(true);
    expect(isOpenAt(tuesdays, utc('2026-01-06T16:59'))).toBe(true);
    expect(isOpenAt(tuesdays, utc('2026-01-06T17:00'))).toBe(false);
    expect(isOpenAt(tuesdays, utc('2026-01-07T15:30'))).toBe(false);
    // Summer: UTC+2.
    expect(isOpenAt(tuesdays, utc('2026-07-07T14:30'))).toBe(true);
    expect(isOpenAt(tuesdays, utc('2026-07-07T16:30'))).toBe(false);
  });

  it('keeps a session that crosses midnight open into the next day', () => {
    const night = offerWith([{ byday: ['FR'], opens_at: '22:00', closes_at: '02:00' }]);
    // Friday 9 January 2026 22:30 and Saturday 01:30 local.
    expect(isOpenAt(night, utc('2026-01-09T21:30'))).toBe(true);
    expect(isOpenAt(night, utc('2026-01-10T00:30'))).toBe(true);
    expect(isOpenAt(night, utc('2026-01-10T01:00'))).toBe(false);
    // Thursday night is not Friday night.
    expect(isOpenAt(night, utc('2026-01-09T00:30'))).toBe(false);
  });

  it('treats 24:00 as the end of the day', () => {
    const late = offerWith([{ byday: ['SU'], opens_at: '20:00', closes_at: '24:00' }]);
    expect(isOpenAt(late, utc('2026-01-11T22:59'))).toBe(true);
    expect(isOpenAt(late, utc('2026-01-11T23:00'))).toBe(false);
  });

  it('uses the new offset on the morning of the spring change (last Sunday of March)', () => {
    const sunday = offerWith([{ byday: ['SU'], opens_at: '10:00', closes_at: '12:00' }], [esslingen]);
    // 29 March 2026: from 03:00 Berlin is UTC+2, so 10:00 local is 08:00 UTC.
    expect(isOpenAt(sunday, utc('2026-03-29T08:00'))).toBe(true);
    expect(isOpenAt(sunday, utc('2026-03-29T10:15'))).toBe(false);
    expect(isOpenAt(sunday, utc('2026-03-29T07:30'))).toBe(false);
  });

  it('makes a night session over the spring change an hour shorter and over the autumn change an hour longer', () => {
    const night = offerWith([{ byday: ['SA'], opens_at: '22:00', closes_at: '06:00' }]);
    const spring = sessionsAt(night, utc('2026-03-29T01:00'))[0];
    expect(spring.start.toISOString()).toBe('2026-03-28T21:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(isOpenAt(night, utc('2026-03-29T03:59'))).toBe(true);
    expect(isOpenAt(night, utc('2026-03-29T04:00'))).toBe(false);

    const autumn = sessionsAt(night, utc('2026-10-25T01:00'))[0];
    expect(autumn.start.toISOString()).toBe('2026-10-24T20:00:00.000Z');
    expect(autumn.end.toISOString()).toBe('2026-10-25T05:00:00.000Z');
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(9);
    expect(isOpenAt(night, utc('2026-10-25T04:30'))).toBe(true);
  });

  it('counts a day only within valid_from and valid_to, both inclusive', () => {
    const camp = offerWith([{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '15:00', valid_from: '2027-07-05', valid_to: '2027-07-09' }]);
    expect(isOpenAt(camp, utc('2027-07-05T07:00'))).toBe(true);
    expect(isOpenAt(camp, utc('2027-07-09T12:00'))).toBe(true);
    expect(isOpenAt(camp, utc('2027-07-12T08:00'))).toBe(false);
    expect(isOpenAt(camp, utc('2027-07-02T08:00'))).toBe(false);
  });

  it('runs an every-other-week rule in the weeks counted from valid_from, and never claims an unknown phase', () => {
    const fortnightly = offerWith([{ byday: ['TU'], interval: 2, valid_from: '2026-01-05' }]);
    expect(isOpenAt(fortnightly, utc('2026-01-06T15:30'))).toBe(true);
    expect(isOpenAt(fortnightly, utc('2026-01-13T15:30'))).toBe(false);
    expect(isOpenAt(fortnightly, utc('2026-01-20T15:30'))).toBe(true);
    expect(isOpenAt(offerWith([{ byday: ['TU'], interval: 2 }]), utc('2026-01-06T15:30'))).toBe(false);
  });

  it('reads a rule for a German place in Berlin time and an offer override zone when given', () => {
    const o = offerWith([{ byday: ['TU'] }], [esslingen]);
    expect(offerTimeZone(o)).toBe('Europe/Berlin');
    expect(isOpenAt(o, utc('2026-01-06T15:30'))).toBe(true);
    expect(isOpenAt(o, utc('2026-01-06T15:30'), { timeZone: 'America/New_York' })).toBe(false);
    expect(isOpenAt(o, utc('2026-01-06T21:30'), { timeZone: 'America/New_York' })).toBe(true);
  });

  it('is never open for an inactive offer', () => {
    expect(isOpenAt(offerWith([{}], [aarhus], 'inactive'), utc('2026-01-06T15:30'))).toBe(false);
  });
});

describe('nextSession', () => {
  const o = offerWith([
    { byday: ['TU'], opens_at: '16:00', closes_at: '18:00' },
    { byday: ['TH'], opens_at: '09:30', closes_at: '11:30' },
  ]);

  it('finds the next start across rules and weeks', () => {
    // Wednesday 7 January 2026 noon: Thursday 09:30 comes first.
    const s = nextSession(o, utc('2026-01-07T11:00'))!;
    expect(s.start.toISOString()).toBe('2026-01-08T08:30:00.000Z');
    expect(s.end.toISOString()).toBe('2026-01-08T10:30:00.000Z');
    // Thursday after closing: next Tuesday.
    expect(nextSession(o, utc('2026-01-08T12:00'))!.start.toISOString()).toBe('2026-01-13T15:00:00.000Z');
  });

  it('returns the running session while it runs', () => {
    expect(nextSession(o, utc('2026-01-06T16:00'))!.start.toISOString()).toBe('2026-01-06T15:00:00.000Z');
  });

  it('returns a session that started yesterday and still runs', () => {
    const night = offerWith([{ byday: ['FR'], opens_at: '22:00', closes_at: '02:00' }]);
    expect(nextSession(night, utc('2026-01-10T00:30'))!.start.toISOString()).toBe('2026-01-09T21:00:00.000Z');
  });

  it('jumps to a future valid_from and gives nothing after valid_to', () => {
    const camp = offerWith([{ byday: ['MO'], opens_at: '09:00', closes_at: '15:00', valid_from: '2027-07-05', valid_to: '2027-07-09' }]);
    expect(nextSession(camp, utc('2026-11-01T10:00'))!.start.toISOString()).toBe('2027-07-05T07:00:00.000Z');
    expect(nextSession(camp, utc('2027-07-06T10:00'))).toBeUndefined();
  });

  it('lands on the right hour after the autumn change', () => {
    const sunday = offerWith([{ byday: ['SU'], opens_at: '10:00', closes_at: '12:00' }]);
    // Saturday 24 October 2026 (UTC+2) → Sunday 25 October 10:00 is UTC+1.
    expect(nextSession(sunday, utc('2026-10-24T12:00'))!.start.toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('is undefined without weekly rules', () => {
    expect(nextSession(offerWith([]), utc('2026-01-07T11:00'))).toBeUndefined();
  });
});

describe('weekdayAt', () => {
  it('gives the local weekday, which differs from the UTC one near midnight', () => {
    expect(weekdayAt(utc('2026-01-06T23:30'), 'Europe/Copenhagen')).toBe('WE');
    expect(weekdayAt(utc('2026-01-06T23:30'), 'UTC')).toBe('TU');
  });
});

describe('open now and next session agree', () => {
  const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const rule = fc.record({
    byday: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    opens_at: hhmm,
    closes_at: hhmm,
  });
  // Instants through 2026, with extra weight on both DST change weekends.
  const instant = fc.oneof(
    fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
    fc.integer({ min: Date.UTC(2026, 2, 27), max: Date.UTC(2026, 2, 31) }),
    fc.integer({ min: Date.UTC(2026, 9, 23), max: Date.UTC(2026, 9, 27) }),
  ).map((t) => new Date(Math.floor(t / 60_000) * 60_000));

  it('is open exactly when the next session has already started, and sessions last their wall-clock length ±1 h', () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 3 }), instant, (rules, at) => {
        const o = offerWith(rules);
        const s = nextSession(o, at);
        expect(s).toBeDefined();
        expect(s!.end.getTime()).toBeGreaterThan(at.getTime());
        expect(isOpenAt(o, at)).toBe(s!.start <= at);
        const [oh, om] = s!.schedule.opens_at.split(':').map(Number);
        const [ch, cm] = s!.schedule.closes_at.split(':').map(Number);
        let wall = ch * 60 + cm - (oh * 60 + om);
        if (wall <= 0) wall += 24 * 60;
        const real = (s!.end.getTime() - s!.start.getTime()) / 60_000;
        expect(Math.abs(real - wall)).toBeLessThanOrEqual(60);
      }),
      { numRuns: 300 },
    );
  });
});

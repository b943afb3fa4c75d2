// Times in words are what a parent reads; they must be natural in every UI language and still work
// for family languages the UI does not have.
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import da from '../../locales/da/schedule.json' with { type: 'json' };
import de from '../../locales/de/schedule.json' with { type: 'json' };
import en from '../../locales/en/schedule.json' with { type: 'json' };
import type { Schedule } from '../../src/catalogue/schema.ts';
import { describeNextSession, describeOfferTimes, describeSchedule, intlLocale, scheduleLabels, SCHEDULE_LABEL_KEYS, type ScheduleLabels } from '../../src/catalogue/schedule-text.ts';
import { nextSession } from '../../src/catalogue/schedule.ts';

function labelsFor(lng: 'da' | 'de' | 'en'): ScheduleLabels {
  const i18n = createInstance();
  void i18n.init({ lng, resources: { [lng]: { schedule: { da, de, en }[lng] } }, ns: ['schedule'], defaultNS: 'schedule', initAsync: false, interpolation: { escapeValue: false } });
  return scheduleLabels(i18n.getFixedT(lng, 'schedule'));
}
const opts = (lng: 'da' | 'de' | 'en') => ({ locale: intlLocale(lng), labels: labelsFor(lng), language: lng });

const rule = (s: Partial<Schedule>): Schedule => ({ freq: 'WEEKLY', byday: ['TU'], opens_at: '16:00', closes_at: '18:00', ...s });
/** ICU puts thin and no-break spaces into some ranges; the words are what is checked here. */
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
const texts = (schedules: Schedule[], lng: 'da' | 'de' | 'en') => describeSchedule(schedules, opts(lng)).map((r) => plain(r.text));

describe('describeSchedule', () => {
  it('says a single weekday with its times in each UI language', () => {
    expect(texts([rule({})], 'en')).toEqual(['Tuesday 16:00–18:00']);
    expect(texts([rule({})], 'da')).toEqual(['tirsdag 16.00–18.00']);
    expect(texts([rule({})], 'de')).toEqual(['Dienstag 16:00–18:00 Uhr']);
  });

  it('lists several days with the language’s "and", and turns runs of three or more into a range', () => {
    const mwf = rule({ byday: ['FR', 'MO', 'WE'], opens_at: '09:30', closes_at: '11:30' });
    expect(texts([mwf], 'en')).toEqual(['Monday, Wednesday and Friday 09:30–11:30']);
    expect(texts([mwf], 'de')).toEqual(['Montag, Mittwoch und Freitag 09:30–11:30 Uhr']);
    expect(texts([rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SU'] })], 'da')).toEqual(['mandag–fredag og søndag 16.00–18.00']);
  });

  it('writes a session past midnight as its two clock times', () => {
    expect(texts([rule({ byday: ['FR'], opens_at: '22:00', closes_at: '02:00' })], 'en')).toEqual(['Friday 22:00–02:00']);
  });

  it('merges rules that differ only in days and orders lines by weekday', () => {
    const lines = texts([rule({ byday: ['TH'], opens_at: '10:00', closes_at: '12:00' }), rule({ byday: ['MO'] }), rule({ byday: ['WE'] })], 'en');
    expect(lines).toEqual(['Monday and Wednesday 16:00–18:00', 'Thursday 10:00–12:00']);
  });

  it('adds the interval and the period it is valid in', () => {
    const camp = rule({ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '15:00', valid_from: '2027-07-05', valid_to: '2027-07-09' });
    expect(texts([camp], 'en')).toEqual(['Monday–Friday 09:00–15:00, 5 – 9 July 2027']);
    expect(texts([camp], 'da')).toEqual(['mandag–fredag 09.00–15.00, 5.–9. juli 2027']);
    expect(texts([camp], 'de')).toEqual(['Montag–Freitag 09:00–15:00 Uhr, 5.–9. Juli 2027']);
    expect(texts([rule({ interval: 2, valid_from: '2026-09-01' })], 'de')).toEqual(['Dienstag 16:00–18:00 Uhr, alle 2 Wochen, ab 1. September 2026']);
    expect(texts([rule({ valid_to: '2026-12-18' })], 'da')).toEqual(['tirsdag 16.00–18.00, indtil 18. december 2026']);
  });

  it('carries the rule’s note in the wanted language, falling back to the catalogue’s', () => {
    const r = rule({ notes: { da: 'ikke i skoleferier', de: 'nicht in den Schulferien' } });
    expect(describeSchedule([r], opts('de'))[0].note).toEqual({ text: 'nicht in den Schulferien', lang: 'de' });
    expect(describeSchedule([r], { ...opts('en'), catalogueLanguage: 'da' })[0].note).toEqual({ text: 'ikke i skoleferier', lang: 'da' });
  });

  it('uses Intl names for languages without UI translations, with labels the caller translated', () => {
    const tr: ScheduleLabels = {
      everyWeeks: (n) => `${n} haftada bir`,
      from: (d) => `${d} tarihinden itibaren`,
      until: (d) => `${d} tarihine kadar`,
      today: (t) => `bugün ${t}`,
      tomorrow: (t) => `yarın ${t}`,
      next: (w) => `sonraki: ${w}`,
      openUntil: (t) => `şu an açık, ${t} saatine kadar`,
    };
    expect(describeSchedule([rule({ byday: ['MO', 'WE'], interval: 2, valid_from: '2026-01-05' })], { locale: 'tr', labels: tr })[0].text).toBe(
      'Pazartesi ve Çarşamba 16:00–18:00, 2 haftada bir, 5 Ocak 2026 tarihinden itibaren',
    );
    const ar = describeSchedule([rule({})], { locale: 'ar', labels: tr })[0];
    expect(ar.days).toBe('الثلاثاء');
  });
});

describe('describeOfferTimes', () => {
  it('gives "by appointment" from schedule_description when there are no weekly rules', () => {
    const t = describeOfferTimes({ schedules: [], schedule_description: { da: 'Efter aftale', de: 'Nach Vereinbarung' } }, opts('de'));
    expect(t.rules).toEqual([]);
    expect(t.description).toEqual({ text: 'Nach Vereinbarung', lang: 'de' });
  });
});

describe('describeNextSession', () => {
  const offer = { status: 'active' as const, locations: [], schedules: [rule({}), rule({ byday: ['TH'], opens_at: '09:30', closes_at: '11:30' })] };
  const tz = 'Europe/Copenhagen';
  const at = (iso: string, lng: 'da' | 'de' | 'en') => {
    const now = new Date(`${iso}Z`);
    return plain(describeNextSession(nextSession(offer, now)!, now, tz, opts(lng)));
  };

  it('says today, tomorrow, a weekday, or open now with the closing time', () => {
    // Tuesday 6 January 2026 (UTC+1).
    expect(at('2026-01-06T09:00', 'en')).toBe('Next: today 16:00');
    expect(at('2026-01-06T15:30', 'en')).toBe('Open now, until 18:00');
    expect(at('2026-01-06T18:00', 'en')).toBe('Next: Thursday 09:30');
    expect(at('2026-01-07T10:00', 'da')).toBe('Næste gang: i morgen 09.30');
    expect(at('2026-01-08T12:00', 'de')).toBe('Nächster Termin: Dienstag 16:00');
  });

  it('counts days by the local calendar, not UTC', () => {
    // 23:30 UTC on Monday is already Tuesday in Copenhagen.
    expect(at('2026-01-05T23:30', 'en')).toBe('Next: today 16:00');
  });

  it('names the date when the next session is more than a week away', () => {
    const camp = { status: 'active' as const, locations: [], schedules: [rule({ byday: ['MO'], valid_from: '2027-07-05' })] };
    const now = new Date('2027-06-01T10:00Z');
    expect(plain(describeNextSession(nextSession(camp, now)!, now, tz, opts('en')))).toBe('Next: Monday 5 July at 16:00');
  });
});

describe('locale files', () => {
  it('have every label key in da, de and en', () => {
    for (const file of [da, de, en]) for (const key of SCHEDULE_LABEL_KEYS) expect(file).toHaveProperty(key);
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});

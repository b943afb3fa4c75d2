// Opening times in plain words for any language: weekday, month and time formats come from Intl,
// the few connecting words ("next", "today", "every 2 weeks") from labels the caller translates,
// so the UI and the family-facing referral (Arabic, Turkish …) share one wording.
import { WEEKDAYS, type ContentLanguage, type Weekday } from './codes.ts';
import type { Offer, Schedule } from './schema.ts';
import { pickText, type PickedText } from './text.ts';
import { zonedParts, type Session } from './schedule.ts';

/** The connecting words, already in the target language; placeholders are filled by the caller's translator. */
export interface ScheduleLabels {
  everyWeeks(count: number): string;
  from(date: string): string;
  until(date: string): string;
  today(time: string): string;
  tomorrow(time: string): string;
  next(when: string): string;
  openUntil(time: string): string;
}

/** The keys `scheduleLabels` reads; a translation file (schedule.json, family.json …) provides them. */
export const SCHEDULE_LABEL_KEYS = ['everyWeeks', 'from', 'until', 'today', 'tomorrow', 'next', 'openUntil'] as const;

type Translate = (key: string, options: Record<string, string | number>) => string;

/** Labels from an i18next-style `t` (plural and interpolation stay with i18next); `prefix` selects a sub-object. */
export function scheduleLabels(t: Translate, prefix = ''): ScheduleLabels {
  const k = (key: (typeof SCHEDULE_LABEL_KEYS)[number]) => prefix + key;
  return {
    everyWeeks: (count) => t(k('everyWeeks'), { count }),
    from: (date) => t(k('from'), { date }),
    until: (date) => t(k('until'), { date }),
    today: (time) => t(k('today'), { time }),
    tomorrow: (time) => t(k('tomorrow'), { time }),
    next: (when) => t(k('next'), { when }),
    openUntil: (time) => t(k('openUntil'), { time }),
  };
}

/**
 * The Intl locale for a UI language: English here is read in Denmark and Germany, so it gets
 * British (24-hour) conventions rather than American ones.
 */
export function intlLocale(lng: string): string {
  return lng === 'en' ? 'en-GB' : lng;
}

/** One weekly rule (or several rules differing only in their days) in words. */
export interface RuleText {
  /** "Monday, Wednesday and Friday", "Monday–Friday". */
  days: string;
  /** "9:30–11:30" as the locale writes it. */
  time: string;
  /** "every 2 weeks", "5–9 July 2027", "from 1 September 2026"; empty when none. */
  extras: string[];
  /** days, time and extras as one line. */
  text: string;
  /** The rule's own note ("not in school holidays") in the best language available. */
  note?: PickedText;
  location_id?: string;
}

/** 1 January 2024 was a Monday; formatting fixed UTC dates keeps names independent of any zone. */
const dayDate = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
const clockDate = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, h % 24, m));
};
const isoDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
};

/** Days in week order; three or more consecutive days read as a range ("Monday–Friday"). */
function describeDays(days: readonly Weekday[], locale: string): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    if (run && WEEKDAYS.indexOf(run[run.length - 1]) === WEEKDAYS.indexOf(d) - 1) run.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${weekday.format(dayDate(run[0]))}–${weekday.format(dayDate(run[run.length - 1]))}`]
      : run.map((d) => weekday.format(dayDate(d))),
  );
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

/** "16:00–18:00"; a session past midnight is still written as its two clock times ("22:00–02:00"). */
export function describeTimeRange(opens: string, closes: string, locale: string): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return time.formatRange(clockDate(opens), clockDate(closes));
}

function describePeriod(rule: Schedule, locale: string, labels: ScheduleLabels): string | undefined {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (rule.valid_from && rule.valid_to) return date.formatRange(isoDate(rule.valid_from), isoDate(rule.valid_to));
  if (rule.valid_from) return labels.from(date.format(isoDate(rule.valid_from)));
  if (rule.valid_to) return labels.until(date.format(isoDate(rule.valid_to)));
  return undefined;
}

/** Rules that differ only in their weekdays are told as one line. */
function mergeKey(r: Schedule): string {
  return JSON.stringify([r.opens_at, r.closes_at, r.interval ?? 1, r.valid_from, r.valid_to, r.location_id, r.notes ?? null]);
}

export interface DescribeOptions {
  locale: string;
  labels: ScheduleLabels;
  /** The language wanted for notes (ISO 639-1), usually the language of `locale`. */
  language?: string;
  /** The catalogue's own language, the first fallback for notes. */
  catalogueLanguage?: ContentLanguage;
}

/** Each weekly rule as a line of words, in week order of its first day. */
export function describeSchedule(schedules: readonly Schedule[], options: DescribeOptions): RuleText[] {
  const { locale, labels } = options;
  const language = options.language ?? locale.split('-')[0];
  const merged = new Map<string, Schedule>();
  for (const rule of schedules) {
    const key = mergeKey(rule);
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, byday: [...seen.byday, ...rule.byday] } : rule);
  }
  const firstDay = (r: Schedule) => Math.min(...r.byday.map((d) => WEEKDAYS.indexOf(d)));
  return [...merged.values()]
    .sort((a, b) => firstDay(a) - firstDay(b) || a.opens_at.localeCompare(b.opens_at))
    .map((rule) => {
      const days = describeDays(rule.byday, locale);
      const time = describeTimeRange(rule.opens_at, rule.closes_at, locale);
      const period = describePeriod(rule, locale, labels);
      const extras = [rule.interval && rule.interval > 1 ? labels.everyWeeks(rule.interval) : undefined, period].filter(
        (x): x is string => !!x,
      );
      return {
        days,
        time,
        extras,
        text: [`${days} ${time}`, ...extras].join(', '),
        note: pickText(rule.notes, language, options.catalogueLanguage),
        location_id: rule.location_id,
      };
    });
}

/**
 * When the next session is, relative to `now` in the place's zone: "Open now, until 18:00",
 * "Next: today 16:00", "Next: tomorrow 09:30", "Next: Tuesday 16:00", or a date further ahead.
 */
export function describeNextSession(session: Session, now: Date, timeZone: string, options: DescribeOptions): string {
  const { locale, labels } = options;
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  if (session.start <= now) return labels.openUntil(time.format(session.end));
  const day = (d: Date) => {
    const p = zonedParts(d, timeZone);
    return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
  };
  const ahead = day(session.start) - day(now);
  const at = time.format(session.start);
  if (ahead === 0) return labels.next(labels.today(at));
  if (ahead === 1) return labels.next(labels.tomorrow(at));
  if (ahead < 7) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(session.start);
    return labels.next(`${weekday} ${at}`);
  }
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone });
  return labels.next(date.format(session.start));
}

/** Everything the "when" part of an offer says, ready to show. */
export function describeOfferTimes(
  offer: Pick<Offer, 'schedules' | 'schedule_description'>,
  options: DescribeOptions,
): { rules: RuleText[]; description?: PickedText } {
  const language = options.language ?? options.locale.split('-')[0];
  return {
    rules: describeSchedule(offer.schedules, options),
    // Times that are not weekly rules ("by appointment").
    description: pickText(offer.schedule_description, language, options.catalogueLanguage),
  };
}

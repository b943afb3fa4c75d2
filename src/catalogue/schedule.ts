// When an offer runs: weekly HSDS rules turned into real sessions in the offer's own time zone, so
// "open now", "next session" and the weekday filter are right across midnight and DST changes.
import { WEEKDAYS, type Weekday } from './codes.ts';
import type { Location, Offer, Schedule } from './schema.ts';

/** The zone a place's wall-clock times are in. */
export function timeZoneForCountry(country: Location['country']): string {
  return country === 'DE' ? 'Europe/Berlin' : 'Europe/Copenhagen';
}

/** The zone an offer's times are read in: its first place's country; Copenhagen without a place. */
export function offerTimeZone(offer: Pick<Offer, 'locations'>): string {
  const first = offer.locations[0];
  return first ? timeZoneForCountry(first.country) : 'Europe/Copenhagen';
}

/** A calendar day as numbers; kept as a UTC-midnight day count so stepping days is plain arithmetic. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface Session {
  start: Date;
  end: Date;
  schedule: Schedule;
}

const DAY_MS = 86_400_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

type WallClock = Readonly<LocalDate & { hour: number; minute: number; second: number }>;

/**
 * Wall clocks already read, by zone and instant: the open-now filter asks for the same few instants
 * (now, today's and yesterday's opening times) for every offer on every keystroke, and reading one
 * through Intl costs microseconds. Emptied when full.
 */
const wallClocks = new Map<string, WallClock>();
const WALL_CLOCKS_MAX = 4096;

/** The wall clock in `timeZone` at instant `at`. */
export function zonedParts(at: Date, timeZone: string): WallClock {
  const key = `${timeZone} ${at.getTime()}`;
  let clock = wallClocks.get(key);
  if (!clock) {
    const out: Record<string, number> = {};
    for (const p of partsFormatter(timeZone).formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
    clock = { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
    if (wallClocks.size >= WALL_CLOCKS_MAX) wallClocks.clear();
    wallClocks.set(key, clock);
  }
  return clock;
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `t`. */
function zoneOffset(t: number, timeZone: string): number {
  const p = zonedParts(new Date(t), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(t / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` after midnight of `date`
 * (minutes may exceed a day). A time skipped by the spring change lands one hour later; a time
 * the autumn change shows twice resolves to one of its two instants.
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = wall - zoneOffset(wall, timeZone);
  const second = zoneOffset(first, timeZone);
  return new Date(second === zoneOffset(wall, timeZone) ? first : wall - second);
}

function dayNumber(d: LocalDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** MO..SU of a day number (1970-01-01 was a Thursday). */
function weekdayOf(n: number): Weekday {
  return WEEKDAYS[(((n + 3) % 7) + 7) % 7];
}

function parseIsoDay(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return dayNumber({ year: y, month: m, day: d });
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The weekday of an instant as the wall clock in `timeZone` shows it. */
export function weekdayAt(at: Date, timeZone: string): Weekday {
  return weekdayOf(dayNumber(zonedParts(at, timeZone)));
}

/** A rule repeating every n weeks counts weeks from the week of its valid_from; without it the phase is unknown. */
function weekMatches(rule: Schedule, day: number): boolean | undefined {
  const every = rule.interval ?? 1;
  if (every === 1) return true;
  if (!rule.valid_from) return undefined;
  const monday = (n: number) => n - WEEKDAYS.indexOf(weekdayOf(n));
  const weeks = Math.round((monday(day) - monday(parseIsoDay(rule.valid_from))) / 7);
  return weeks % every === 0;
}

/** Whether a rule has a session starting on local day number `day`. */
function startsOn(rule: Schedule, day: number): boolean {
  if (!rule.byday.includes(weekdayOf(day))) return false;
  if (rule.valid_from && day < parseIsoDay(rule.valid_from)) return false;
  if (rule.valid_to && day > parseIsoDay(rule.valid_to)) return false;
  return weekMatches(rule, day) === true;
}

/** The session of `rule` starting on local day number `day`; closing at or before opening means the next day. */
function sessionOn(rule: Schedule, day: number, timeZone: string): Session {
  const opens = minutesOf(rule.opens_at);
  let closes = minutesOf(rule.closes_at);
  if (closes <= opens) closes += 24 * 60;
  const date = fromDayNumber(day);
  return { start: zonedInstant(date, opens, timeZone), end: zonedInstant(date, closes, timeZone), schedule: rule };
}

/** The zone of one rule: the country of the place it names, else the offer's zone. */
function ruleTimeZone(offer: Pick<Offer, 'locations'>, rule: Schedule, fallback: string): string {
  const place = rule.location_id ? offer.locations.find((l) => l.id === rule.location_id) : undefined;
  return place ? timeZoneForCountry(place.country) : fallback;
}

export interface ScheduleOptions {
  /** Overrides the zone derived from the offer's places. */
  timeZone?: string;
}

/** Rules an offer has in force: an inactive offer has none. */
function rulesOf(offer: Pick<Offer, 'schedules' | 'status'>): Schedule[] {
  return offer.status === 'inactive' ? [] : offer.schedules;
}

/**
 * Whether the offer has sessions on this weekday. With `asOf`, rules that ended before that
 * day (valid_to in the past) no longer count.
 */
export function runsOnDay(offer: Pick<Offer, 'schedules' | 'status' | 'locations'>, day: Weekday, asOf?: Date, options: ScheduleOptions = {}): boolean {
  const zone = options.timeZone ?? offerTimeZone(offer);
  return rulesOf(offer).some((rule) => {
    if (!rule.byday.includes(day)) return false;
    if (!asOf || !rule.valid_to) return true;
    return parseIsoDay(rule.valid_to) >= dayNumber(zonedParts(asOf, ruleTimeZone(offer, rule, zone)));
  });
}

/** Every session of the offer that is running at instant `at`. */
export function sessionsAt(offer: Pick<Offer, 'schedules' | 'status' | 'locations'>, at: Date, options: ScheduleOptions = {}): Session[] {
  const zone = options.timeZone ?? offerTimeZone(offer);
  const out: Session[] = [];
  for (const rule of rulesOf(offer)) {
    const tz = options.timeZone ?? ruleTimeZone(offer, rule, zone);
    const today = dayNumber(zonedParts(at, tz));
    // A session that started yesterday may still run past midnight.
    for (const day of [today - 1, today]) {
      if (!startsOn(rule, day)) continue;
      const s = sessionOn(rule, day, tz);
      if (s.start <= at && at < s.end) out.push(s);
    }
  }
  return out;
}

/** Whether any of the offer's weekly sessions is running at `at`. */
export function isOpenAt(offer: Pick<Offer, 'schedules' | 'status' | 'locations'>, at: Date, options: ScheduleOptions = {}): boolean {
  return sessionsAt(offer, at, options).length > 0;
}

/** How far ahead a next session is looked for: a year covers a summer camp announced in autumn. */
const HORIZON_DAYS = 400;

/**
 * The session running at `from`, or else the next one to start; undefined when no rule has a
 * session within about a year (or only rules whose every-n-weeks phase is unknown).
 */
export function nextSession(
  offer: Pick<Offer, 'schedules' | 'status' | 'locations'>,
  from: Date,
  options: ScheduleOptions = {},
): Session | undefined {
  const zone = options.timeZone ?? offerTimeZone(offer);
  let best: Session | undefined;
  for (const rule of rulesOf(offer)) {
    const tz = options.timeZone ?? ruleTimeZone(offer, rule, zone);
    const today = dayNumber(zonedParts(from, tz));
    const first = rule.valid_from ? Math.max(today - 1, parseIsoDay(rule.valid_from)) : today - 1;
    const last = Math.min(today + HORIZON_DAYS, rule.valid_to ? parseIsoDay(rule.valid_to) : Infinity);
    for (let day = first; day <= last; day++) {
      if (!startsOn(rule, day)) continue;
      const s = sessionOn(rule, day, tz);
      if (s.end <= from) continue;
      if (!best || s.start < best.start) best = s;
      break;
    }
  }
  return best;
}

// Weekly opening times in words in the family's language (weekday names come from Intl, so
// Arabic or Somali need no translation files). Stand-in until src/catalogue/schedule.ts exists.
import type { Schedule, Weekday } from '../catalogue/schema.ts';
import { WEEKDAYS } from '../catalogue/schema.ts';

/** 1 January 2024 was a Monday: day i of WEEKDAYS is 1 + i January. */
function dayDate(day: Weekday, hh = 0, mm = 0): Date {
  return new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), hh, mm));
}

function clock(day: Weekday, hhmm: string): Date {
  const [hh, mm] = hhmm.split(':').map(Number);
  return dayDate(day, hh, mm);
}

/** One line per weekly rule, e.g. "Monday and Wednesday 15:00–17:00". */
export function describeWeekly(schedules: Schedule[], lng: string): string[] {
  const weekday = new Intl.DateTimeFormat(lng, { weekday: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(lng, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const list = new Intl.ListFormat(lng, { type: 'conjunction' });
  return schedules.map((s) => {
    const days = [...s.byday].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
    const first = days[0];
    const range = time.formatRange(clock(first, s.opens_at), clock(first, s.closes_at === '24:00' ? '23:59' : s.closes_at));
    return `${list.format(days.map((d) => weekday.format(dayDate(d))))} ${range}`;
  });
}

// Dates, numbers, language names and ages through Intl in the UI language, in one place so every
// screen says them the same way.
import type { Offer } from '../catalogue/schema.ts';

/** One formatter per UI language, made on first use: a result list names languages and dates in
 *  every row on every keystroke, and making an Intl formatter costs far more than using one. */
function perLanguage<F>(make: (uiLanguage: string) => F): (uiLanguage: string) => F {
  const made = new Map<string, F>();
  return (uiLanguage) => {
    let f = made.get(uiLanguage);
    if (f === undefined) {
      f = make(uiLanguage);
      made.set(uiLanguage, f);
    }
    return f;
  };
}

const languageNames = perLanguage((lng) => new Intl.DisplayNames([lng], { type: 'language' }));
const lists = perLanguage((lng) => new Intl.ListFormat([lng], { style: 'long', type: 'conjunction' }));
const dates = perLanguage((lng) => new Intl.DateTimeFormat([lng], { dateStyle: 'medium' }));
const dateTimes = perLanguage((lng) => new Intl.DateTimeFormat([lng], { dateStyle: 'medium', timeStyle: 'short' }));
const relativeTimes = perLanguage((lng) => new Intl.RelativeTimeFormat([lng], { numeric: 'auto' }));

/** "Arabic" / "arabisk" / "Arabisch" for an ISO 639-1 code. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return languageNames(uiLanguage).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's own name ("dansk", "Deutsch"), for the language switcher. */
export function endonym(code: string): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function listOf(items: string[], uiLanguage: string): string {
  return lists(uiLanguage).format(items);
}

export function money(amount: number, currency: string, uiLanguage: string): string {
  return new Intl.NumberFormat([uiLanguage], { style: 'currency', currency, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
}

export function formatDate(iso: string, uiLanguage: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return dates(uiLanguage).format(d);
}

export function formatDateTime(iso: string, uiLanguage: string): string {
  return dateTimes(uiLanguage).format(new Date(iso));
}

export function formatBytes(bytes: number, uiLanguage: string): string {
  const mb = bytes / 1_000_000;
  return new Intl.NumberFormat([uiLanguage], { style: 'unit', unit: 'megabyte', maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb);
}

/** Whole calendar months from `from` to `to` (never negative). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
  if (to.getDate() < from.getDate()) months -= 1;
  return Math.max(0, months);
}

export interface VerifiedAge {
  /** "14 months ago", "3 days ago", "today". */
  text: string;
  /** Older than twelve months: the entry may be out of date and should stand out. */
  stale: boolean;
}

export function verifiedAge(assuredDate: string, now: Date, uiLanguage: string): VerifiedAge {
  const then = new Date(`${assuredDate}T12:00:00`);
  const rtf = relativeTimes(uiLanguage);
  const months = monthsBetween(then, now);
  const days = Math.max(0, Math.round((now.getTime() - then.getTime()) / 86_400_000));
  let text: string;
  if (months < 1) text = rtf.format(-days, 'day');
  else if (months < 24) text = rtf.format(-months, 'month');
  else text = rtf.format(-Math.floor(months / 12), 'year');
  return { text, stale: months >= 12 };
}

/** Which sentence describes the age range, and its numbers, for `t('common:age.<kind>', …)`. */
export function ageRangeKey(offer: Pick<Offer, 'minimum_age' | 'maximum_age'>): { kind: 'range' | 'from' | 'upTo' | 'all'; min?: number; max?: number } {
  const { minimum_age: min, maximum_age: max } = offer;
  if (min !== undefined && max !== undefined) return { kind: 'range', min, max };
  if (min !== undefined && min > 0) return { kind: 'from', min };
  if (max !== undefined) return { kind: 'upTo', max };
  return { kind: 'all' };
}

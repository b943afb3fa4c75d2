// The languages a family can receive a referral in, with their writing direction and names.
import { languageName as nameIn, listOf } from '../ui/format.ts';

export const FAMILY_LANGUAGES = ['da', 'de', 'en', 'ar', 'tr', 'uk', 'pl', 'so', 'fa'] as const;
export type FamilyLanguage = (typeof FAMILY_LANGUAGES)[number];

const RTL = new Set<string>(['ar', 'fa']);

export function isFamilyLanguage(lng: string): lng is FamilyLanguage {
  return (FAMILY_LANGUAGES as readonly string[]).includes(lng);
}

export function direction(lng: string): 'rtl' | 'ltr' {
  return RTL.has(lng) ? 'rtl' : 'ltr';
}

/** A language's name written in `inLanguage` (its own name when both are the same), capitalised as a choice. */
export function languageName(lng: string, inLanguage: string = lng): string {
  const name = nameIn(lng, inLanguage);
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

/** Several language names as one phrase in `inLanguage` ("Danish and English"). */
export function languageList(lngs: string[], inLanguage: string): string {
  return listOf(lngs.map((l) => nameIn(l, inLanguage)), inLanguage);
}

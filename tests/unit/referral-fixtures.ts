// Small, fictional catalogue entries for the referral tests (the demo catalogues are not needed).
import { readFileSync } from 'node:fs';
import { offer, organisation, type Offer, type Organisation } from '../../src/catalogue/schema.ts';
import { familyTranslator } from '../../src/referral/family-i18n.ts';
import type { ReferralItem } from '../../src/referral/message.ts';

export const org: Organisation = organisation.parse({
  id: 'boerns-voksenvenner',
  name: 'Børns Voksenvenner Aarhus',
  description: { da: 'Frivillige voksenvenner til børn.' },
  email: 'kontakt@example.org',
  phones: [{ number: '+45 00 00 00 01' }],
});

/** Danish and English texts, a weekly schedule, free. */
export const lektiecafe: Offer = offer.parse({
  id: 'lektiecafe-viby',
  organization_id: 'boerns-voksenvenner',
  name: { da: 'Lektiecafé i Viby', en: 'Homework café in Viby' },
  summary: { da: 'Hjælp til lektier hver uge.', en: 'Help with homework every week.' },
  description: { da: 'Frivillige hjælper med lektier.' },
  application_process: { da: 'Mød bare op.', en: 'Just come along.' },
  categories: ['learning'],
  languages: ['da', 'en', 'ar'],
  free: true,
  access: 'self',
  phones: [{ number: '+45 00 00 12 34', description: { da: 'Koordinator', en: 'Coordinator' } }],
  locations: [{ id: 'viby', address_1: 'Viby Torv 5', postal_code: '8260', city: 'Viby J', municipality: 'Aarhus', country: 'DK' }],
  schedules: [{ byday: ['WE', 'MO'], opens_at: '15:00', closes_at: '17:00' }],
  url: 'https://lektiecafe.example.org/viby',
  assured_date: '2025-01-10',
});

/** Only Danish texts and a price: every family language but Danish falls back. */
export const mentor: Offer = offer.parse({
  id: 'voksenven',
  organization_id: 'boerns-voksenvenner',
  name: { da: 'En voksenven til dit barn' },
  summary: { da: 'En fast voksen, der har tid.' },
  description: { da: 'Frivillig voksenven i et år.' },
  categories: ['loneliness'],
  languages: ['da'],
  free: false,
  cost_options: [{ option: { da: 'Kontingent' }, amount: 50, currency: 'DKK' }],
  access: 'both',
  locations: [{ id: 'centrum', address_1: 'Æblegade 7', postal_code: '8000', city: 'Aarhus C', municipality: 'Aarhus', country: 'DK' }],
  schedule_description: { da: 'Efter aftale' },
  assured_date: '2025-01-10',
});

export const item = (o: Offer): ReferralItem => ({ catalogueId: 'aarhus', catalogueLanguage: 'da', offer: o, organisation: org });

export function familyTexts(lng: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../locales/${lng}/family.json`, import.meta.url), 'utf8'));
}

export const translatorFor = (lng: string) => familyTranslator(lng, familyTexts(lng));

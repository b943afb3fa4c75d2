// The family message in each of the nine languages: frame, offer texts, fallback note, contact data, direction.
import { describe, expect, it } from 'vitest';
import { FAMILY_LANGUAGES, direction, languageName } from '../../src/referral/languages.ts';
import { composeMessage } from '../../src/referral/message.ts';
import { fullLines, shortLines, toPlainText } from '../../src/referral/layout.ts';
import { familyTexts, item, lektiecafe, mentor, translatorFor } from './referral-fixtures.ts';

const compose = (lng: string, note?: string) =>
  composeMessage({ items: [item(lektiecafe), item(mentor)], language: lng, t: translatorFor(lng), note });

const mondayIn = (lng: string) =>
  new Intl.DateTimeFormat(lng, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1)));

describe.each(FAMILY_LANGUAGES)('message in %s', (lng) => {
  const texts = familyTexts(lng) as Record<string, string>;
  const msg = compose(lng, 'Ring gerne til Anne på mandag.');
  const text = toPlainText(fullLines(msg), msg.dir);

  it('frames the message in the family language', () => {
    expect(msg.lang).toBe(lng);
    expect(msg.subject).toBe(texts.subject);
    const plural = new Intl.PluralRules(lng).select(2);
    expect(msg.intro).toBe((texts[`intro_${plural}`] ?? texts.intro_other).replace('{{count}}', '2'));
    for (const key of ['contact', 'phone', 'address', 'times', 'free', 'note', 'cost']) expect(text).toContain(texts[key]);
  });

  it('puts contact details first: phone numbers, addresses and weekday times in the family language', () => {
    expect(text).toContain('+45 00 00 12 34');
    expect(text).toContain('+45 00 00 00 01');
    expect(text).toContain('Viby Torv 5, 8260 Viby J');
    expect(text).toContain('Æblegade 7, 8000 Aarhus C');
    expect(text).toContain(mondayIn(lng));
    const first = text.indexOf(texts.contact);
    expect(first).toBeLessThan(text.indexOf(lng === 'en' ? 'Help with homework' : 'Hjælp til lektier'));
    expect(text.indexOf('+45 00 00 12 34')).toBeLessThan(text.indexOf(lng === 'en' ? 'Help with homework' : 'Hjælp til lektier'));
  });

  it('uses the offer texts in the family language where present, else Danish with a note', () => {
    const [cafe, friend] = msg.offers;
    expect(friend.name).toEqual({ text: 'En voksenven til dit barn', lang: 'da' });
    const danishNote = texts.languageNote.replace('{{language}}', new Intl.DisplayNames([lng], { type: 'language' }).of('da')!);
    if (lng === 'da') {
      expect(friend.fallbackNote).toBeUndefined();
      expect(cafe.fallbackNote).toBeUndefined();
    } else {
      expect(friend.fallbackNote).toBe(danishNote);
      expect(text).toContain(danishNote);
    }
    if (lng === 'en') {
      expect(cafe.name.text).toBe('Homework café in Viby');
      expect(cafe.fallbackNote).toBeUndefined();
    } else if (lng !== 'da') {
      expect(cafe.name).toEqual({ text: 'Lektiecafé i Viby', lang: 'da' });
      expect(cafe.fallbackNote).toBe(danishNote);
    }
  });

  it('keeps the personal note and writes in the right direction', () => {
    expect(text).toContain('Ring gerne til Anne på mandag.');
    expect(msg.dir).toBe(lng === 'ar' || lng === 'fa' ? 'rtl' : 'ltr');
  });

  it('has a native name for the language picker', () => {
    expect(languageName(lng).length).toBeGreaterThan(1);
  });
});

describe('details', () => {
  it('names languages natively', () => {
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('tr')).toBe('Türkçe');
    expect(languageName('uk')).toBe('Українська');
    expect(languageName('pl')).toBe('Polski');
    expect(languageName('so')).toBe('Soomaali');
    expect(languageName('fa')).toBe('فارسی');
    expect(direction('ar')).toBe('rtl');
    expect(direction('de')).toBe('ltr');
  });

  it('fences phone numbers with left-to-right marks in RTL text only', () => {
    const ar = compose('ar');
    expect(toPlainText(fullLines(ar), ar.dir)).toContain('\u200E+45 00 00 12 34\u200E');
    const de = compose('de');
    expect(toPlainText(fullLines(de), de.dir)).not.toContain('\u200E');
  });

  it('leaves out the note section when no note is given, and never invents one', () => {
    const msg = compose('en', '   ');
    expect(msg.note).toBeUndefined();
    expect(toPlainText(fullLines(msg), msg.dir)).not.toContain('A note for you');
  });

  it('writes a price the way the sentence around it is written, and says "free" for free offers', () => {
    const msg = compose('ar');
    expect(msg.offers[0].free).toBe(true);
    expect(msg.offers[1].costs[0]).toEqual({ text: expect.stringMatching(/^Kontingent: 50,00\skr\.$/), lang: 'da' });
  });

  it('orders weekdays and shows one intro for a single offer', () => {
    const msg = composeMessage({ items: [item(lektiecafe)], language: 'en', t: translatorFor('en') });
    expect(msg.intro).toBe('Here is information about an offer for you and your family.');
    expect(msg.offers[0].times[0].text).toMatch(/^Monday and Wednesday 15:00\s?–\s?17:00$/);
  });

  it.each([
    ['pl', 'co 2 tygodnie'],
    ['ar', 'كل أسبوعين'],
    ['de', 'alle 2 Wochen'],
  ])('words a fortnightly rule with an end date in %s', (lng, every) => {
    const fortnightly = { ...lektiecafe, schedules: [{ freq: 'WEEKLY' as const, interval: 2, byday: ['TU' as const], opens_at: '10:00', closes_at: '12:00', valid_to: '2027-06-30' }] };
    const msg = composeMessage({ items: [item(fortnightly)], language: lng, t: translatorFor(lng) });
    const until = (familyTexts(lng) as { schedule: { until: string } }).schedule.until.split('{{date}}')[0].trim();
    expect(msg.offers[0].times[0].text).toContain(every);
    expect(msg.offers[0].times[0].text).toContain(until);
    expect(msg.offers[0].times[0].text).toContain('2027');
  });

  it('keeps the SMS form to names, numbers, addresses and times', () => {
    const msg = compose('en');
    const sms = toPlainText(shortLines(msg), msg.dir);
    expect(sms).toContain('1. Homework café in Viby');
    expect(sms).toContain('+45 00 00 12 34');
    expect(sms).toContain('Æblegade 7, 8000 Aarhus C');
    expect(sms).toContain('Efter aftale');
    expect(sms).not.toContain('Help with homework');
    expect(sms).not.toContain('https://');
  });
});

// Composes what a family receives about the chosen offers, in their language where the catalogue
// has it: one structure that every channel (text, SMS, e-mail, print, QR) renders from.
import type { ContentLanguage, Offer, Organisation } from '../catalogue/schema.ts';
import { pickText } from '../catalogue/text.ts';
import type { FamilyTranslate } from './family-i18n.ts';
import { direction, languageList } from './languages.ts';
import { describeOfferTimes, intlLocale, scheduleLabels } from '../catalogue/schedule-text.ts';

export interface ReferralItem {
  catalogueId: string;
  /** The catalogue's own language: the fallback for texts missing in the family's language. */
  catalogueLanguage: ContentLanguage;
  offer: Offer;
  organisation?: Organisation;
}

/** A text together with the language it is actually written in. */
export interface Piece {
  text: string;
  lang: string;
}

export interface OfferMessage {
  key: string;
  name: Piece;
  organisation?: string;
  phones: { number: string; description?: Piece }[];
  email?: string;
  website?: string;
  addresses: { name?: Piece; line: string }[];
  times: Piece[];
  free: boolean;
  costs: Piece[];
  summary?: Piece;
  howToStart?: Piece;
  /** Names of the languages spoken at the offer, in the family's language. */
  languages: string;
  /** Set when some of the offer's own texts are not in the family's language. */
  fallbackNote?: string;
}

export interface FamilyMessage {
  lang: string;
  dir: 'ltr' | 'rtl';
  subject: string;
  intro: string;
  note?: string;
  labels: Record<'note' | 'contact' | 'phone' | 'email' | 'website' | 'address' | 'times' | 'free' | 'cost' | 'howToStart' | 'languages', string>;
  offers: OfferMessage[];
}

export interface ComposeInput {
  items: ReferralItem[];
  language: string;
  t: FamilyTranslate;
  /** The professional's short personal note; never anything identifying the family. */
  note?: string;
}

function costText(cost: Offer['cost_options'][number], lng: string, catalogueLanguage: ContentLanguage): Piece | undefined {
  const option = pickText(cost.option, lng, catalogueLanguage);
  if (!option) return undefined;
  if (cost.amount === undefined || !cost.currency) return option;
  // The amount joins a sentence in the option's language, so it is written the way that language writes it.
  const amount = new Intl.NumberFormat(option.lang, { style: 'currency', currency: cost.currency }).format(cost.amount);
  return { text: `${option.text}: ${amount}`, lang: option.lang };
}

/** Weekly rules in words in the family's language (Intl), then notes and free-text times as the catalogue has them. */
function timePieces(offer: Offer, lng: string, catalogueLanguage: ContentLanguage, t: FamilyTranslate): Piece[] {
  const labels = scheduleLabels((key, options) => t(key, options), 'schedule.');
  const { rules, description } = describeOfferTimes(offer, { locale: intlLocale(lng), labels, language: lng, catalogueLanguage });
  return [...rules.flatMap((r) => [{ text: r.text, lang: lng }, r.note]), description].filter((p): p is Piece => p !== undefined);
}

function composeOffer(item: ReferralItem, lng: string, t: FamilyTranslate): OfferMessage {
  const { offer, organisation, catalogueLanguage } = item;
  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lng, catalogueLanguage);
  const phones = offer.phones.length > 0 ? offer.phones : (organisation?.phones ?? []);
  const message: OfferMessage = {
    key: `${item.catalogueId}/${offer.id}`,
    name: pick(offer.name)!,
    organisation: organisation?.name,
    phones: phones.map((p) => ({ number: p.number, description: pick(p.description) })),
    email: offer.email ?? organisation?.email,
    website: offer.url ?? organisation?.website,
    addresses: offer.locations.map((l) => ({ name: pick(l.name), line: `${l.address_1}, ${l.postal_code} ${l.city}` })),
    times: timePieces(offer, lng, catalogueLanguage, t),
    free: offer.free,
    costs: offer.free ? [] : offer.cost_options.map((c) => costText(c, lng, catalogueLanguage)).filter((p): p is Piece => !!p),
    summary: pick(offer.summary),
    howToStart: pick(offer.application_process),
    languages: languageList(offer.languages, lng),
  };
  const pieces = [message.name, message.summary, message.howToStart, ...message.times, ...message.costs,
    ...message.phones.map((p) => p.description), ...message.addresses.map((a) => a.name)];
  const foreign = [...new Set(pieces.filter((p): p is Piece => !!p && p.lang !== lng).map((p) => p.lang))];
  if (foreign.length > 0) message.fallbackNote = t('languageNote', { language: languageList(foreign, lng) });
  return message;
}

export function composeMessage({ items, language, t, note }: ComposeInput): FamilyMessage {
  const trimmed = note?.trim();
  return {
    lang: language,
    dir: direction(language),
    subject: t('subject'),
    intro: t('intro', { count: items.length }),
    note: trimmed ? trimmed : undefined,
    labels: {
      note: t('note'),
      contact: t('contact'),
      phone: t('phone'),
      email: t('email'),
      website: t('website'),
      address: t('address'),
      times: t('times'),
      free: t('free'),
      cost: t('cost'),
      howToStart: t('howToStart'),
      languages: t('languages'),
    },
    offers: items.map((item) => composeOffer(item, language, t)),
  };
}

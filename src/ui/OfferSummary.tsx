// One offer in a list (results, shortlist): title, organisation, one line, ages and badges (open
// now, free, languages), and the whole entry is one link to the offer page.
import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ContentLanguage, Offer, Organisation } from '../catalogue/schema.ts';
import type { Range, SearchHit } from '../catalogue/search.ts';
import { pickText } from '../catalogue/text.ts';
import { Highlighted } from './Highlighted.tsx';
import { fallbackLang } from './LocalText.tsx';
import { ageText } from './AgeRange.tsx';
import { isOpenAt } from '../catalogue/schedule.ts';
import { DistanceText } from './DistanceText.tsx';
import { useNow } from './useNow.ts';
import type { OfferDistance } from '../catalogue/distance.ts';
import { offerPath } from '../app/paths.ts';
import { languageName } from './format.ts';
import { useOpenLink } from './useOpenLink.ts';
import './offer-summary.css';

interface Props {
  catalogueId: string;
  offer: Offer;
  organisation?: Organisation;
  catalogueLanguage?: ContentLanguage;
  highlights?: SearchHit['highlights'];
  /** How far it is, when the list is sorted by distance. */
  distance?: OfferDistance;
  /** Heading level of the title inside the list's section. */
  level?: 2 | 3;
}

/** The words every entry of a list shares, translated once per list and language, not once per entry. */
export interface SummaryTexts {
  ui: string;
  badges: string;
  free: string;
  openNow: string;
  age(offer: Pick<Offer, 'minimum_age' | 'maximum_age'>): string;
  language(code: string): string;
}

function summaryTexts(t: TFunction, ui: string): SummaryTexts {
  const ages = new Map<string, string>();
  const languages = new Map<string, string>();
  const remembered = (cache: Map<string, string>, key: string, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = make()));
    return text;
  };
  return {
    ui,
    badges: t('common:badges.label'),
    free: t('common:badges.free'),
    openNow: t('schedule:openNow'),
    age: (offer) => remembered(ages, `${offer.minimum_age}-${offer.maximum_age}`, () => ageText(t, offer)),
    language: (code) => remembered(languages, code, () => languageName(code, ui)),
  };
}

/** For a list of entries: call once in the list, hand the result to each `OfferSummaryEntry`. */
export function useSummaryTexts(): SummaryTexts {
  const { t, i18n } = useTranslation(['common', 'schedule']);
  const ui = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => summaryTexts(t, ui), [t, ui]);
}

/** One entry on its own (short lists); long lists use `OfferSummaryEntry` with texts and a click handler of their own. */
export function OfferSummary(props: Props) {
  return <OfferSummaryEntry {...props} texts={useSummaryTexts()} now={useNow()} onOpen={useOpenLink()} />;
}

interface EntryProps extends Props {
  texts: SummaryTexts;
  now: Date;
  /** Opens the offer inside the app (see useOpenLink): one handler for the whole list. */
  onOpen: (e: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * A result list draws a page of these on every keystroke: an entry whose offer, highlights and
 * distance stay the same is not drawn again, and no entry asks for translations, the clock or the
 * router itself (a plain link with the list's click handler).
 */
export const OfferSummaryEntry = memo(function OfferSummaryEntry({
  catalogueId,
  offer,
  organisation,
  catalogueLanguage,
  highlights,
  distance,
  level = 2,
  onOpen,
  texts,
  now,
}: EntryProps) {
  const { ui } = texts;
  const Heading = `h${level}` as const;
  const name = pickText(offer.name, ui, catalogueLanguage);
  const summary = pickText(offer.summary, ui, catalogueLanguage);
  return (
    <a className="offer-summary" href={offerPath(catalogueId, offer.id)} onClick={onOpen}>
      {name && (
        <Heading className="offer-summary__title" lang={fallbackLang(name, ui)}>
          <Highlighted text={name.text} ranges={highlights?.name} />
        </Heading>
      )}
      {organisation && (
        <p className="offer-summary__org">
          <Highlighted text={organisation.name} ranges={highlights?.organisation} />
        </p>
      )}
      {summary && (
        <p className="offer-summary__line" lang={fallbackLang(summary, ui)}>
          <Highlighted text={summary.text} ranges={highlights?.summary} />
        </p>
      )}
      <p className="offer-summary__meta">{texts.age(offer)}</p>
      {distance && <DistanceText distance={distance} className="offer-summary__distance" />}
      <ul className="badges" aria-label={texts.badges}>
        {isOpenAt(offer, now) && <li className="badge badge--open">{texts.openNow}</li>}
        {offer.free && <li className="badge badge--free">{texts.free}</li>}
        {offer.languages.map((l) => (
          <li key={l} className="badge">
            {texts.language(l)}
          </li>
        ))}
      </ul>
    </a>
  );
}, sameSummary);

function sameSummary(a: EntryProps, b: EntryProps): boolean {
  return (
    a.texts === b.texts &&
    a.now === b.now &&
    a.catalogueId === b.catalogueId &&
    a.offer === b.offer &&
    a.organisation === b.organisation &&
    a.catalogueLanguage === b.catalogueLanguage &&
    a.level === b.level &&
    a.onOpen === b.onOpen &&
    sameDistance(a.distance, b.distance) &&
    sameRanges(a.highlights?.name, b.highlights?.name) &&
    sameRanges(a.highlights?.summary, b.highlights?.summary) &&
    sameRanges(a.highlights?.organisation, b.highlights?.organisation)
  );
}

function sameDistance(a: OfferDistance | undefined, b: OfferDistance | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== 'near' || (b.kind === 'near' && a.meters === b.meters);
}

function sameRanges(a: Range[] | undefined, b: Range[] | undefined): boolean {
  if (a === b) return true;
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}

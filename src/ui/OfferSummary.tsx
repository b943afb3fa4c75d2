// One offer in a list (results, shortlist): title, organisation, one line, ages and badges, and
// the whole entry is one link to the offer page.
import { memo, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage, Offer, Organisation } from '../catalogue/schema.ts';
import type { Range, SearchHit } from '../catalogue/search.ts';
import { pickText } from '../catalogue/text.ts';
import { Highlighted } from './Highlighted.tsx';
import { fallbackLang } from './LocalText.tsx';
import { ageText } from './AgeRange.tsx';
import { openNowBadge } from './OpenNowBadge.tsx';
import { DistanceText } from './DistanceText.tsx';
import { useNow } from './useNow.ts';
import type { OfferDistance } from '../catalogue/distance.ts';
import { offerPath } from '../app/paths.ts';
import { languageName } from './format.ts';
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
  onOpen?: (e: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * A result list draws 30 of these on every keystroke: an entry whose offer, highlights and distance
 * stay the same is not drawn again, and each entry asks for translations once, not once per part.
 */
export const OfferSummary = memo(function OfferSummary({ catalogueId, offer, organisation, catalogueLanguage, highlights, distance, level = 2, onOpen }: Props) {
  const { t, i18n } = useTranslation(['common', 'schedule']);
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const now = useNow();
  const Heading = `h${level}` as const;
  const name = pickText(offer.name, ui, catalogueLanguage);
  const summary = pickText(offer.summary, ui, catalogueLanguage);
  return (
    <Link className="offer-summary" to={offerPath(catalogueId, offer.id)} onClick={onOpen}>
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
      <p className="offer-summary__meta">{ageText(t, offer)}</p>
      {distance && <DistanceText distance={distance} className="offer-summary__distance" />}
      <ul className="badges" aria-label={t('badges.label')}>
        {openNowBadge(t, offer, now, 'li')}
        {offer.free && <li className="badge badge--free">{t('badges.free')}</li>}
        {offer.languages.map((l) => (
          <li key={l} className="badge">
            {languageName(l, ui)}
          </li>
        ))}
      </ul>
    </Link>
  );
}, sameSummary);

function sameSummary(a: Props, b: Props): boolean {
  return (
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

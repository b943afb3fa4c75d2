// One offer in a list (results, shortlist): title, organisation, one line, ages and badges, and
// the whole entry is one link to the offer page.
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage, Offer, Organisation } from '../catalogue/schema.ts';
import type { SearchHit } from '../catalogue/search.ts';
import { Highlighted } from './Highlighted.tsx';
import { LocalText } from './LocalText.tsx';
import { AgeRange } from './AgeRange.tsx';
import { OpenNowBadge } from './OpenNowBadge.tsx';
import { DistanceText } from './DistanceText.tsx';
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

export function OfferSummary({ catalogueId, offer, organisation, catalogueLanguage, highlights, distance, level = 2, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const Heading = `h${level}` as const;
  return (
    <Link className="offer-summary" to={offerPath(catalogueId, offer.id)} onClick={onOpen}>
      <LocalText
        as={Heading}
        className="offer-summary__title"
        text={offer.name}
        catalogueLanguage={catalogueLanguage}
        render={(p) => <Highlighted text={p.text} ranges={highlights?.name} />}
      />
      {organisation && (
        <p className="offer-summary__org">
          <Highlighted text={organisation.name} ranges={highlights?.organisation} />
        </p>
      )}
      <LocalText
        as="p"
        className="offer-summary__line"
        text={offer.summary}
        catalogueLanguage={catalogueLanguage}
        render={(p) => <Highlighted text={p.text} ranges={highlights?.summary} />}
      />
      <p className="offer-summary__meta">
        <AgeRange offer={offer} />
      </p>
      {distance && <DistanceText distance={distance} className="offer-summary__distance" />}
      <ul className="badges" aria-label={t('badges.label')}>
        <OpenNowBadge offer={offer} as="li" />
        {offer.free && <li className="badge badge--free">{t('badges.free')}</li>}
        {offer.languages.map((l) => (
          <li key={l} className="badge">
            {languageName(l, ui)}
          </li>
        ))}
      </ul>
    </Link>
  );
}

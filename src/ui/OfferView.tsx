// The one rendering of an offer, shared by the offer page on a device and the coordinator's
// preview, so what a coordinator checks is exactly what a teacher will see in front of a family.
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../app/catalogue-context.tsx';
import { LocalText } from './LocalText.tsx';
import { AgeRange } from './AgeRange.tsx';
import { Paragraphs } from './Paragraphs.tsx';
import { OfferActions } from './OfferActions.tsx';
import { OfferTimes } from './OfferTimes.tsx';
import { Verified } from './Verified.tsx';
import { languageName, listOf, money } from './format.ts';
import './offer-view.css';

interface Props {
  held: HeldOffer;
  /** Heading level of the title (1 on the page; lower where the view sits inside another page). Sections take the next level; the look stays the same. */
  level?: 1 | 2 | 3 | 4;
  /** The organisation's page; its name is plain text without it. */
  organisationTo?: string;
  /** Controls that only make sense on a device, shown under the actions (the shortlist toggle). */
  deviceControls?: ReactNode;
  /** Marks a preview: the actions look as in the app but lead nowhere, and this note says so. */
  previewNote?: ReactNode;
  now?: Date;
}

export function OfferView({ held, level = 1, organisationTo, deviceControls, previewNote, now }: Props) {
  const { t, i18n } = useTranslation('offer');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const id = useId();
  const { offer, organisation, catalogue } = held;
  const cl = catalogue.default_language;
  const Title = `h${level}` as 'h1';
  const Heading = `h${level + 1}` as 'h2';
  const section = (name: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${id}-${name}`}>
      <Heading id={`${id}-${name}`} className="offer__h">
        {title}
      </Heading>
      {body}
    </section>
  );

  return (
    <article className="offer">
      <header className="offer__head">
        <LocalText as={Title} className="offer__title" text={offer.name} catalogueLanguage={cl} />
        {organisation && <p className="offer__org">{organisationTo ? <Link to={organisationTo}>{organisation.name}</Link> : organisation.name}</p>}
        <LocalText as="p" className="offer__summary" text={offer.summary} catalogueLanguage={cl} />
      </header>

      {previewNote && <p className="offer__preview-note">{previewNote}</p>}
      <OfferActions held={held} inert={previewNote !== undefined} />
      {deviceControls}

      {section(
        'who',
        t('who'),
        <>
          <p className="offer__ages">
            <AgeRange offer={offer} />
          </p>
          {offer.eligibility_description && <Paragraphs text={offer.eligibility_description} catalogueLanguage={cl} />}
        </>,
      )}
      {section('what', t('what'), <Paragraphs text={offer.description} catalogueLanguage={cl} />)}

      <OfferTimes held={held} now={now} level={level + 1} />

      {section(
        'access',
        t('access.title'),
        <>
          <p>{t(`access.${offer.access}`)}</p>
          {offer.application_process && <Paragraphs text={offer.application_process} catalogueLanguage={cl} />}
        </>,
      )}
      {section(
        'cost',
        t('cost.title'),
        <>
          {offer.free && <p>{t('cost.free')}</p>}
          {offer.cost_options.length > 0 && (
            <ul>
              {offer.cost_options.map((c, i) => (
                <li key={i}>
                  <LocalText text={c.option} catalogueLanguage={cl} />
                  {c.amount !== undefined && c.currency && <> — {money(c.amount, c.currency, ui)}</>}
                </li>
              ))}
            </ul>
          )}
          {!offer.free && offer.cost_options.length === 0 && <p>{t('cost.unknown')}</p>}
        </>,
      )}
      {section('languages', t('languages'), <p>{listOf(offer.languages.map((l) => languageName(l, ui)), ui)}</p>)}
      {organisation &&
        section(
          'organisation',
          t('organisation'),
          <>
            <p className="offer__org-name">{organisation.name}</p>
            <LocalText as="p" text={organisation.description} catalogueLanguage={cl} />
          </>,
        )}

      <Verified assuredDate={offer.assured_date} now={now} />
    </article>
  );
}

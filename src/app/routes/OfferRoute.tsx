// One offer, read in front of a family: who it is for, what happens, how to reach it, how to get in,
// cost, languages and how fresh the entry is — with big actions to call, write or send it on.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalogueData } from '../catalogue-context.tsx';
import { LocalText, usePick, useFallbackLang } from '../../ui/LocalText.tsx';
import { AgeRange } from '../../ui/AgeRange.tsx';
import { Paragraphs } from '../../ui/Paragraphs.tsx';
import { KeepButton } from '../../ui/KeepButton.tsx';
import { OfferActions } from '../../ui/OfferActions.tsx';
import { OfferTimes } from '../../ui/OfferTimes.tsx';
import { Verified } from '../../ui/Verified.tsx';
import { languageName, listOf, money } from '../../ui/format.ts';
import { recordViewedOffer } from '../../storage/recent.ts';
import { organisationPath } from '../paths.ts';
import './offer.css';

export default function OfferRoute() {
  const { t, i18n } = useTranslation('offer');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const { catalogueId = '', offerId = '' } = useParams();
  const { db, offers, loading } = useCatalogueData();
  const pick = usePick();
  const langOf = useFallbackLang();
  const held = offers.get(`${catalogueId}/${offerId}`);
  const found = held !== undefined;
  useEffect(() => {
    if (found) void recordViewedOffer(db, catalogueId, offerId);
  }, [db, found, catalogueId, offerId]);

  if (!held) {
    if (loading) return <p role="status">{t('common:app.loading')}</p>;
    return (
      <div className="offer">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </div>
    );
  }

  const { offer, organisation, catalogue } = held;
  const cl = catalogue.default_language;
  const name = pick(offer.name, cl);

  return (
    <article className="offer">
      <header className="offer__head">
        <h1 lang={langOf(name)}>{name?.text}</h1>
        {organisation && (
          <p className="offer__org">
            <Link to={organisationPath(held.catalogueId, organisation.id)}>{organisation.name}</Link>
          </p>
        )}
        <LocalText as="p" className="offer__summary" text={offer.summary} catalogueLanguage={cl} />
      </header>

      <OfferActions held={held} />
      <KeepButton catalogueId={held.catalogueId} offerId={offer.id} />

      <section aria-labelledby="who">
        <h2 id="who">{t('who')}</h2>
        <p className="offer__ages">
          <AgeRange offer={offer} />
        </p>
        {offer.eligibility_description && <Paragraphs text={offer.eligibility_description} catalogueLanguage={cl} />}
      </section>

      <section aria-labelledby="what">
        <h2 id="what">{t('what')}</h2>
        <Paragraphs text={offer.description} catalogueLanguage={cl} />
      </section>

      <OfferTimes held={held} />

      <section aria-labelledby="access">
        <h2 id="access">{t('access.title')}</h2>
        <p>{t(`access.${offer.access}`)}</p>
        {offer.application_process && <Paragraphs text={offer.application_process} catalogueLanguage={cl} />}
      </section>

      <section aria-labelledby="cost">
        <h2 id="cost">{t('cost.title')}</h2>
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
      </section>

      <section aria-labelledby="languages">
        <h2 id="languages">{t('languages')}</h2>
        <p>{listOf(offer.languages.map((l) => languageName(l, ui)), ui)}</p>
      </section>

      {organisation && (
        <section aria-labelledby="organisation">
          <h2 id="organisation">{t('organisation')}</h2>
          <p className="offer__org-name">{organisation.name}</p>
          <LocalText as="p" text={organisation.description} catalogueLanguage={cl} />
        </section>
      )}

      <Verified assuredDate={offer.assured_date} />
    </article>
  );
}

// Preview of an offer as a phone will show it, built from the app's own offer components (the
// offer page itself reads from the device database, so it cannot be mounted here as is).
import { useTranslation } from 'react-i18next';
import type { CatalogueInfo, Offer, Organisation } from '../catalogue/schema.ts';
import { AgeRange } from '../ui/AgeRange.tsx';
import { LocalText } from '../ui/LocalText.tsx';
import { OfferTimes } from '../ui/OfferTimes.tsx';
import { Paragraphs } from '../ui/Paragraphs.tsx';
import { Verified } from '../ui/Verified.tsx';
import { languageName, listOf, money } from '../ui/format.ts';
import '../app/routes/offer.css';

export function OfferPreview({ offer, organisation, catalogue }: { offer: Offer; organisation?: Organisation; catalogue: CatalogueInfo }) {
  const { t, i18n } = useTranslation('offer');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const cl = catalogue.default_language;
  const held = { key: `${catalogue.id}/${offer.id}`, catalogueId: catalogue.id, offer, organisation, catalogue };
  return (
    <article className="offer cw-preview-offer">
      <header className="offer__head">
        <LocalText as="h3" text={offer.name} catalogueLanguage={cl} />
        {organisation && <p className="offer__org">{organisation.name}</p>}
        <LocalText as="p" className="offer__summary" text={offer.summary} catalogueLanguage={cl} />
      </header>
      <section>
        <h4>{t('who')}</h4>
        <p className="offer__ages">
          <AgeRange offer={offer} />
        </p>
        {offer.eligibility_description && <Paragraphs text={offer.eligibility_description} catalogueLanguage={cl} />}
      </section>
      <section>
        <h4>{t('what')}</h4>
        <Paragraphs text={offer.description} catalogueLanguage={cl} />
      </section>
      <OfferTimes held={held} />
      <section>
        <h4>{t('access.title')}</h4>
        <p>{t(`access.${offer.access}`)}</p>
        {offer.application_process && <Paragraphs text={offer.application_process} catalogueLanguage={cl} />}
      </section>
      <section>
        <h4>{t('cost.title')}</h4>
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
      <section>
        <h4>{t('languages')}</h4>
        <p>{listOf(offer.languages.map((l) => languageName(l, ui)), ui)}</p>
      </section>
      <Verified assuredDate={offer.assured_date} />
    </article>
  );
}

// "When and where": the places an offer happens at and its times in plain words.
import { useTranslation } from 'react-i18next';
import type { HeldOffer } from '../app/catalogue-context.tsx';
import { LocalText } from './LocalText.tsx';
import { Paragraphs } from './Paragraphs.tsx';

export function OfferPlaces({ held }: { held: HeldOffer }) {
  const { t } = useTranslation('offer');
  const { offer, catalogue } = held;
  const cl = catalogue.default_language;
  return (
    <section aria-labelledby="where">
      <h2 id="where">{t('where.title')}</h2>
      {offer.schedule_description && <Paragraphs text={offer.schedule_description} catalogueLanguage={cl} />}
      {offer.locations.length > 0 ? (
        <ul role="list" className="places">
          {offer.locations.map((l) => (
            <li key={l.id}>
              <address>
                {l.name && <LocalText as="strong" text={l.name} catalogueLanguage={cl} />}
                {l.name && <br />}
                {l.address_1}
                <br />
                {l.postal_code} {l.city}
              </address>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('where.noPlace')}</p>
      )}
    </section>
  );
}

// The offers kept on this device, to come back to or to send several to a family at once.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalogueData } from '../catalogue-context.tsx';
import { useShortlist } from '../../ui/useShortlist.ts';
import { sendPath } from '../paths.ts';
import { OfferSummary } from '../../ui/OfferSummary.tsx';
import { setKept } from '../../storage/queries.ts';
import { usePick } from '../../ui/LocalText.tsx';
import '../../ui/action.css';
import './find.css';

export default function ShortlistRoute() {
  const { t } = useTranslation('find');
  const { db, offers, loading } = useCatalogueData();
  const pick = usePick();
  const kept = useShortlist();
  const held = kept.map((k) => ({ k, held: offers.get(k.key) }));

  return (
    <div className="shortlist">
      <h1>{t('shortlist.title')}</h1>
      {kept.length === 0 ? (
        <>
          <p>{t('shortlist.empty')}</p>
          <p>
            <Link to="/">{t('shortlist.find')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('shortlist.count', { count: kept.length })}</p>
          <p>
            <Link className="action action--primary" to={sendPath(held.filter((h) => h.held).map((h) => h.k.key))}>
              <span className="action__label">{t('shortlist.sendAll')}</span>
            </Link>
          </p>
          <ul role="list" className="results__list">
            {held.map(({ k, held: h }) => (
              <li key={k.key} className="shortlist__item">
                {h ? (
                  <OfferSummary catalogueId={h.catalogueId} offer={h.offer} organisation={h.organisation} catalogueLanguage={h.catalogue.default_language} />
                ) : (
                  <p className="shortlist__gone">{loading ? t('common:app.loading') : t('shortlist.gone')}</p>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('shortlist.removeNamed', { name: (h && pick(h.offer.name, h.catalogue.default_language)?.text) ?? k.offerId })}
                  onClick={() => void setKept(db, k.catalogueId, k.offerId, false)}
                >
                  {t('shortlist.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

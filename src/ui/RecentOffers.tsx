// Offers opened lately on this device, for "that club I looked at this morning"; one tap forgets them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { clearRecent, listRecent } from '../storage/recent.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';
import { OfferSummary } from './OfferSummary.tsx';

const SHOWN = 5;

export function RecentOffers() {
  const { t } = useTranslation('schedule');
  const { db, offers } = useCatalogueData();
  const rows = useLiveQuery(() => listRecent(db, 'offer'), [db]) ?? [];
  // Offers that left the catalogue since are skipped rather than shown broken.
  const held = rows.flatMap((r) => offers.get(r.value) ?? []).slice(0, SHOWN);
  if (held.length === 0) return null;
  return (
    <section aria-labelledby="recent-offers-title">
      <h2 id="recent-offers-title">{t('recentOffers')}</h2>
      <ul role="list" className="results__list">
        {held.map((h) => (
          <li key={h.key}>
            <OfferSummary catalogueId={h.catalogueId} offer={h.offer} organisation={h.organisation} catalogueLanguage={h.catalogue.default_language} level={3} />
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => void clearRecent(db, 'offer')}>
        {t('clearRecentOffers')}
      </button>
    </section>
  );
}

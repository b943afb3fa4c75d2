// What the start screen offers before anything is typed: needs as big tiles, the shortlist and
// recent searches — the three ways people come back to an offer.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { filtersToParams, emptyFilters } from '../catalogue/filters.ts';
import { clearRecent, listRecent } from '../storage/recent.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';
import { LocalText } from './LocalText.tsx';
import { useShortlist } from './useShortlist.ts';
import { OfferSummary } from './OfferSummary.tsx';
import { RecentOffers } from './RecentOffers.tsx';

const SHORTLIST_PREVIEW = 3;
const RECENT_SHOWN = 5;

export function StartPanels({ onSearch }: { onSearch: (query: string) => void }) {
  const { t } = useTranslation('find');
  const { db, needs, offers } = useCatalogueData();
  const recents = useLiveQuery(() => listRecent(db, 'search', RECENT_SHOWN), [db]) ?? [];
  const kept = useShortlist();

  return (
    <div className="start">
      {needs.length > 0 && (
        <section aria-labelledby="needs-title">
          <h2 id="needs-title">{t('start.needs')}</h2>
          <ul role="list" className="tiles">
            {needs.map((n) => (
              <li key={n.id}>
                <Link className="tile" to={{ search: `?${filtersToParams('', { ...emptyFilters(), needs: [n.id] })}` }}>
                  <LocalText text={n.name} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {kept.length > 0 && (
        <section aria-labelledby="kept-title">
          <h2 id="kept-title">{t('start.shortlist')}</h2>
          <ul role="list" className="results__list">
            {kept.slice(0, SHORTLIST_PREVIEW).map((k) => {
              const held = offers.get(k.key);
              return (
                held && (
                  <li key={k.key}>
                    <OfferSummary catalogueId={held.catalogueId} offer={held.offer} organisation={held.organisation} catalogueLanguage={held.catalogue.default_language} level={3} />
                  </li>
                )
              );
            })}
          </ul>
          <p>
            <Link to="/shortlist">{t('start.allShortlist', { count: kept.length })}</Link>
          </p>
        </section>
      )}

      <RecentOffers />

      {recents.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('start.recent')}</h2>
          <ul role="list" className="recent">
            {recents.map((r) => (
              <li key={r.id}>
                <button type="button" className="button button--link" onClick={() => onSearch(r.value)}>
                  {r.value}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={() => void clearRecent(db, 'search')}>
            {t('start.clearRecent')}
          </button>
        </section>
      )}
    </div>
  );
}

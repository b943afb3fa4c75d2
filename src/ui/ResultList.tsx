// The results of a search: a spoken count, the list, or an empty state that says what to try next.
import { memo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../catalogue/search.ts';
import { OfferSummary } from './OfferSummary.tsx';
import type { OfferDistance } from '../catalogue/distance.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';

interface Props {
  hits: SearchHit[];
  /** Per hit key, when the list is sorted by distance. */
  distances?: Map<string, OfferDistance>;
  loading: boolean;
  /** No catalogue is held on this device yet. */
  empty: boolean;
  query: string;
  filtered: boolean;
  onClearFilters: () => void;
  /** A result is being opened (a plain click may be held back, see FindRoute). */
  onOpen: (e: MouseEvent<HTMLAnchorElement>) => void;
}

/** Entries drawn at first and per "show more": a phone never pays for drawing hundreds at once. */
export const RESULT_PAGE = 30;

/** Memoised: it gets the deferred search, so the keystroke's own render passes it by. */
export const ResultList = memo(function ResultList({ hits, distances, loading, empty, query, filtered, onClearFilters, onOpen }: Props) {
  const { t } = useTranslation('find');
  // A new result set starts again at one page; "show more" widens only the set it was pressed for.
  const [more, setMore] = useState({ hits, count: RESULT_PAGE });
  const count = more.hits === hits ? more.count : RESULT_PAGE;
  const { catalogues } = useCatalogueData();
  const languageOf = (id: string) => catalogues.find((c) => c.catalogue_id === id)?.info.default_language;
  if (loading) return <p role="status">{t('common:app.loading')}</p>;
  return (
    <section className="results" aria-labelledby="result-count">
      <p id="result-count" className="results__count" role="status">
        {t('results.count', { count: hits.length })}
      </p>
      {hits.length > 0 ? (
        <ul role="list" className="results__list" aria-labelledby="result-count">
          {hits.slice(0, count).map((h) => (
            <li key={h.key}>
              <OfferSummary
                catalogueId={h.catalogueId}
                offer={h.offer}
                organisation={h.organisation}
                highlights={h.highlights}
                distance={distances?.get(h.key)}
                catalogueLanguage={languageOf(h.catalogueId)}
                onOpen={onOpen}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {hits.length > count && (
        <button type="button" className="button results__more" onClick={() => setMore({ hits, count: count + RESULT_PAGE })}>
          {t('results.more', { shown: count, count: hits.length })}
        </button>
      )}
      {hits.length === 0 && (
        <div className="results__empty">
          <h2>{empty ? t('results.noCatalogue') : query.trim() ? t('results.noneFor', { query: query.trim() }) : t('results.none')}</h2>
          {!empty && (
            <ul>
              {query.trim() && <li>{t('results.trySpelling')}</li>}
              {query.trim().includes(' ') && <li>{t('results.tryFewerWords')}</li>}
              {filtered && <li>{t('results.tryFilters')}</li>}
              <li>{t('results.tryNeeds')}</li>
            </ul>
          )}
          {filtered && (
            <button type="button" className="button" onClick={onClearFilters}>
              {t('results.clearFilters')}
            </button>
          )}
        </div>
      )}
    </section>
  );
});

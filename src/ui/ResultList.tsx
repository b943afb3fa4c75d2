// The results of a search: a spoken count, the list, or an empty state that says what to try next.
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../catalogue/search.ts';
import { OfferSummaryEntry, useSummaryTexts } from './OfferSummary.tsx';
import { useNow } from './useNow.ts';
import type { OfferDistance } from '../catalogue/distance.ts';
import { useCatalogueData } from '../app/catalogue-context.tsx';

interface Props {
  /** The best hits, at least `shown` of them where there are that many. */
  hits: SearchHit[];
  /** How many offers match in all. */
  total: number;
  /** How many entries are drawn; "show more" asks for a page more. */
  shown: number;
  onMore: () => void;
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

/**
 * Entries drawn at first and per "show more": two to three phone screens. Every keystroke draws the
 * page again, and each entry costs about 0.2 ms of it in Chromium (keystroke to painted results at
 * 10,000 offers: p50 / p95 13 / 23 ms with 30 entries, 9 / 17 with 12).
 */
export const RESULT_PAGE = 12;

/** Memoised: it gets the deferred search, so the keystroke's own render passes it by. */
export const ResultList = memo(function ResultList({ hits, total, shown, onMore, distances, loading, empty, query, filtered, onClearFilters, onOpen }: Props) {
  const { t } = useTranslation('find');
  const texts = useSummaryTexts();
  const now = useNow();
  const { catalogues } = useCatalogueData();
  const languageOf = (id: string) => catalogues.find((c) => c.catalogue_id === id)?.info.default_language;
  if (loading) return <p role="status">{t('common:app.loading')}</p>;
  return (
    <section className="results" aria-labelledby="result-count">
      <p id="result-count" className="results__count" role="status">
        {t('results.count', { count: total })}
      </p>
      {hits.length > 0 ? (
        <ul role="list" className="results__list" aria-labelledby="result-count">
          {/* Keyed by place, not by offer: each keystroke brings a new set of offers, and the entries
              already drawn then take the new texts instead of being torn down and built again. */}
          {hits.slice(0, shown).map((h, place) => (
            <li key={place}>
              <OfferSummaryEntry
                catalogueId={h.catalogueId}
                offer={h.offer}
                organisation={h.organisation}
                highlights={h.highlights}
                distance={distances?.get(h.key)}
                catalogueLanguage={languageOf(h.catalogueId)}
                onOpen={onOpen}
                texts={texts}
                now={now}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {total > shown && (
        <button type="button" className="button results__more" onClick={onMore}>
          {t('results.more', { shown, count: total })}
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

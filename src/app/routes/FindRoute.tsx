// The start screen: search as you type over every held catalogue, narrowed by filters that live in
// the URL (Back works, a link reopens the view); with nothing typed, needs, shortlist and recents.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useNavigationType, useSearchParams, type NavigateOptions } from 'react-router';
import { useTranslation } from 'react-i18next';
import { filtersFromParams, filtersToParams, hasActiveFilters, emptyFilters, type OfferFilters } from '../../catalogue/filters.ts';
import { recordRecent } from '../../storage/recent.ts';
import { useCatalogueData } from '../catalogue-context.tsx';
import { FilterSheet } from '../../ui/FilterSheet.tsx';
import { FilterChips } from '../../ui/FilterChips.tsx';
import { RESULT_PAGE, ResultList } from '../../ui/ResultList.tsx';
import { StartPanels } from '../../ui/StartPanels.tsx';
import { useOpenLink } from '../../ui/useOpenLink.ts';
import { laterWrite } from '../later-write.ts';
import { NearControl } from '../../ui/NearControl.tsx';
import { sortsByDistance, useNearby, useOrigin } from '../../ui/useNearby.ts';
import { keepOrigin } from '../../catalogue/distance.ts';
import { warmUpSearch } from '../../catalogue/search-warmup.ts';
import { idleTask } from '../../catalogue/next-task.ts';
import './find.css';

// Not memoised where it is defined; the start screen must not re-render on each keystroke either.
const StartScreen = memo(StartPanels);

export default function FindRoute() {
  const { t, i18n } = useTranslation('find');
  const ui = i18n.resolvedLanguage ?? i18n.language;
  const data = useCatalogueData();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Filter changes rebuild the URL; the distance origin (near=/from=) rides along.
  const setParams = (next: URLSearchParams, options?: NavigateOptions) => navigate({ search: `?${keepOrigin(next, params)}` }, options);
  const { query, filters: parsed } = filtersFromParams(params);
  // Typing changes only q in the URL: the filters keep their identity while their value stays, so the
  // search runs again only when the text or the filters change, not when the URL catches up.
  const filtersKey = filtersToParams('', parsed).toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(filtersKey)).filters, [filtersKey]);
  const [text, setText] = useState(query);
  const location = useLocation();
  const navigationType = useNavigationType();
  const input = useRef<HTMLInputElement>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const searchId = useId();

  // Back/forward or a link changed the URL: the field follows. The URL updates of the user's own
  // keystrokes arrive later than the keystrokes, so they must never set the field back.
  const ownKeystroke = navigationType === 'REPLACE' && (location.state as { typing?: boolean } | null)?.typing === true;
  const urlQuery = useLaterUrlWrite((value) => setParams(filtersToParams(value, filters), { replace: true, state: { typing: true } }));
  useEffect(() => {
    if (ownKeystroke) return;
    urlQuery.cancel();
    setText(query);
  }, [location.key, ownKeystroke, query, urlQuery]);
  useEffect(() => input.current?.focus(), []);

  const near = useOrigin();
  const byDistance = sortsByDistance(near.origin);
  // "Show more" widens only the result set it was pressed for; any other starts again at one page.
  const resultSet = useMemo(() => ({}), [data.index, text, filters, ui, near.origin]);
  const [more, setMore] = useState({ of: resultSet, count: RESULT_PAGE });
  const shown = more.of === resultSet ? more.count : RESULT_PAGE;
  // Searched and drawn in the keystroke's own render, one frame for field and results (a deferred
  // render cost a frame of its own): only the page on screen is ranked and built, the count is of
  // all (distance order needs every hit).
  const found = useMemo(
    () => data.index.find(text, { filters, uiLanguage: ui, limit: byDistance ? undefined : shown }),
    [data.index, text, filters, ui, byDistance, shown],
  );
  const nearby = useNearby(found.hits, near);
  // Before the first key, while the user has not typed yet, the search runs as the first keys will.
  useEffect(() => {
    let left = false;
    void warmUpSearch(data.index, ui, RESULT_PAGE, idleTask, () => left);
    return () => {
      left = true;
    };
  }, [data.index, ui]);
  const searching = text.trim() !== '' || hasActiveFilters(filters) || near.origin !== undefined;

  // A keystroke re-renders this component; everything below it that does not show the typed text or
  // its results is memoised and gets handlers of fixed identity, so it is passed by.
  const type = (value: string) => {
    setText(value);
    urlQuery.later(value);
  };
  const applyFilters = useHandler((next: OfferFilters) => {
    urlQuery.cancel();
    setSheetOpen(false);
    setParams(filtersToParams(text, next));
  });
  const clearFilters = useHandler(() => applyFilters(emptyFilters()));
  const closeSheet = useHandler(() => setSheetOpen(false));
  const search = useHandler((value: string) => {
    urlQuery.cancel();
    setText(value);
    setParams(filtersToParams(value, filters));
    void recordRecent(data.db, 'search', value);
  });
  const showMore = useHandler(() => setMore({ of: resultSet, count: shown + RESULT_PAGE }));
  const countFor = useCallback((draft: OfferFilters) => data.index.find(text, { filters: draft, uiLanguage: ui, limit: 0 }).total, [data.index, text, ui]);
  const remember = () => void recordRecent(data.db, 'search', text);
  // A URL write still under way would be cancelled by the link's own navigation (or cancel it): the
  // offer opens once it is written, so Back returns to the query that was on screen.
  const open = useOpenLink(() => {
    remember();
    return urlQuery.now();
  });

  return (
    <div className="find">
      <form
        role="search"
        className="find__search"
        onSubmit={(e) => {
          e.preventDefault();
          remember();
          input.current?.blur();
        }}
      >
        <h1 className="find__title">
          <label htmlFor={searchId}>{t('title')}</label>
        </h1>
        <p className="hint" id={`${searchId}-hint`}>
          {t('hint')}
        </p>
        <div className="find__row">
          <input
            ref={input}
            id={searchId}
            type="search"
            className="find__input"
            aria-describedby={`${searchId}-hint`}
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            value={text}
            onChange={(e) => type(e.currentTarget.value)}
            onBlur={() => void urlQuery.now()}
          />
          <button type="button" className="button find__filters" aria-haspopup="dialog" onClick={() => setSheetOpen(true)}>
            {hasActiveFilters(filters) ? t('filters.buttonActive', { count: activeCount(filters) }) : t('filters.button')}
          </button>
        </div>
      </form>

      <FilterChips filters={filters} needs={data.needs} onChange={applyFilters} />
      <NearControl origin={near.origin} />

      {searching ? (
        <ResultList
          hits={nearby.items}
          total={found.total}
          shown={shown}
          onMore={showMore}
          distances={nearby.distances}
          loading={data.loading}
          empty={data.catalogues.length === 0}
          query={text}
          filtered={hasActiveFilters(filters)}
          onClearFilters={clearFilters}
          onOpen={open}
        />
      ) : (
        <StartScreen onSearch={search} />
      )}

      <FilterSheet
        open={sheetOpen}
        filters={filters}
        needs={data.needs}
        languages={data.languages}
        municipalities={data.municipalities}
        postcodes={data.postcodes}
        countFor={countFor}
        onApply={applyFilters}
        onClose={closeSheet}
      />
    </div>
  );
}

/** After a typing pause the URL catches up with the field. */
const URL_PAUSE_MS = 350;

/**
 * The query reaches the URL after a pause (see laterWrite), and at once when the view is about to be
 * left or shared (`now`: blur, submit, opening a result, the page being hidden), so Back and links
 * still reopen exactly what was on screen. Leaving the page without a blur (unmount) drops the
 * write: it would land on the next page's history entry.
 */
function useLaterUrlWrite(write: (query: string) => void | Promise<void>) {
  const latest = useHandler(write);
  const control = useMemo(() => laterWrite(latest, URL_PAUSE_MS), [latest]);
  useEffect(() => {
    const hidden = () => void (document.visibilityState === 'hidden' && control.now());
    const leaving = () => void control.now();
    addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      control.cancel();
    };
  }, [control]);
  return control;
}

/** An event handler of fixed identity that runs the latest render's version of `fn`. */
function useHandler<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

function activeCount(f: OfferFilters): number {
  return (f.age !== undefined ? 1 : 0) + f.needs.length + f.languages.length + (f.free ? 1 : 0) + (f.area ? 1 : 0) + (f.day || f.openNow ? 1 : 0);
}

// The routes of the app (each screen its own lazily loaded, precached chunk) inside the shell.
import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { BrowserRouter, matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { appDb, type AppDatabase } from '../storage/db.ts';
import { loadSync, loadedSync } from '../sync/load.ts';
import { CatalogueProvider } from './catalogue-context.tsx';
import { Shell, type ShellProps } from './Shell.tsx';
import { NotFound, Loading } from './NotFound.tsx';
// The screen most launches open comes with the shell, in the start chunk, not after it.
import FindRoute from './routes/FindRoute.tsx';

// Screens are React.lazy elements, not a data router's route.lazy: the app runs in the plain
// BrowserRouter, since the data router's loader/action/fetcher machinery (about 16 KB gzipped of the
// start screen's JavaScript) serves nothing here; tests still mount the same routes in a memory router.
// `handle.load` lets the app fetch the screen it opens at alongside the shell, as the data router did.
function screen(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'element' | 'handle'> {
  const Screen = lazy(load);
  return { element: <Screen />, handle: { load } };
}

const offer = screen(() => import('./routes/OfferRoute.tsx'));
const shortlist = screen(() => import('./routes/ShortlistRoute.tsx'));
const settings = screen(() => import('./routes/SettingsRoute.tsx'));
const send = screen(() => import('./routes/SendRoute.tsx'));
const organisations = screen(() => import('./routes/OrganisationsRoute.tsx'));
const workspace = screen(() => import('../coordinator/Workspace.tsx'));

export function appRoutes({ sync }: ShellProps): RouteObject[] {
  return [
    {
      path: '/',
      // the shell shows "loading" around its screens while their code arrives
      element: <Shell sync={sync} />,
      children: [
        { index: true, element: <FindRoute /> },
        { path: 'offer/:catalogueId/:offerId', ...offer },
        { path: 'shortlist', ...shortlist },
        { path: 'settings', ...settings },
        { path: 'send', ...send },
        { path: 'organisations/*', ...organisations },
        { path: '*', element: <NotFound /> },
      ],
    },
    // The coordinator workspace: its own frame, loaded only by those who open it.
    { path: '/coordinator/*', element: <Suspense fallback={<Loading />}>{workspace.element}</Suspense>, handle: workspace.handle },
  ];
}

function Routes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/**
 * Starts background work whose code is a chunk of its own just after the next frame is painted, so
 * the start screen never waits for that code; the returned stop also holds before the code arrived.
 */
function startAfterPaint<M>(load: () => Promise<M>, start: (module: M) => () => void): () => void {
  let stop: (() => void) | undefined;
  let begun = false;
  let stopped = false;
  const begin = () => {
    if (begun || stopped) return;
    begun = true;
    load().then(
      (module) => {
        if (!stopped) stop = start(module);
      },
      (err: unknown) => console.error('loading background work failed', err),
    );
  };
  // a rAF callback runs just before a frame is drawn, so one requested from it runs as the next
  // frame begins, after the screen just rendered is on display; a hidden tab draws no frames, hence
  // the timer (long enough not to overtake frames held up by a busy main thread)
  let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(begin)));
  const fallback = setTimeout(begin, 1000);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    stop?.();
  };
}

export function App({ db = appDb() }: { db?: AppDatabase }) {
  const routes = useMemo(() => {
    const sync = () => {
      // On first run the chooser has loaded the sync already: it starts at once, nothing to wait for.
      const here = loadedSync();
      const stops = [
        here ? here.startSync(db) : startAfterPaint(loadSync, (m) => m.startSync(db)),
        startAfterPaint(() => import('./housekeeping.ts'), (m) => m.startHousekeeping(db)),
      ];
      return () => stops.forEach((stop) => stop());
    };
    return appRoutes({ sync });
  }, [db]);
  // The screen the app opens at loads alongside the shell and the held catalogue, not after them.
  useEffect(() => {
    for (const { route } of matchRoutes(routes, window.location) ?? []) {
      const { load } = (route.handle ?? {}) as { load?: () => Promise<unknown> };
      load?.().catch(() => undefined); // a failure shows where the screen renders
    }
  }, [routes]);
  return (
    <CatalogueProvider db={db}>
      <BrowserRouter>
        <Routes routes={routes} />
      </BrowserRouter>
    </CatalogueProvider>
  );
}

// The routes of the app (each screen its own lazily loaded, precached chunk) inside the shell.
import { useMemo, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { appDb, type AppDatabase } from '../storage/db.ts';
import { loadSync, loadedSync } from '../sync/load.ts';
import { CatalogueProvider } from './catalogue-context.tsx';
import { Shell, type ShellProps } from './Shell.tsx';
import { NotFound, Loading } from './NotFound.tsx';

const page = (load: () => Promise<{ default: ComponentType }>) => () => load().then((m) => ({ Component: m.default }));

export function appRoutes({ sync }: ShellProps): RouteObject[] {
  return [
    {
      path: '/',
      element: <Shell sync={sync} />,
      HydrateFallback: Loading,
      children: [
        { index: true, lazy: page(() => import('./routes/FindRoute.tsx')) },
        { path: 'offer/:catalogueId/:offerId', lazy: page(() => import('./routes/OfferRoute.tsx')) },
        { path: 'shortlist', lazy: page(() => import('./routes/ShortlistRoute.tsx')) },
        { path: 'settings', lazy: page(() => import('./routes/SettingsRoute.tsx')) },
        { path: 'send', lazy: page(() => import('./routes/SendRoute.tsx')) },
        { path: 'organisations/*', lazy: page(() => import('./routes/OrganisationsRoute.tsx')) },
        { path: '*', Component: NotFound },
      ],
    },
    // The coordinator workspace: its own frame, loaded only by those who open it.
    { path: '/coordinator/*', lazy: page(() => import('../coordinator/Workspace.tsx')), HydrateFallback: Loading },
  ];
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
  // a rAF callback runs just before the frame is drawn, a task queued from it after; a hidden tab
  // draws no frames, hence the timer
  const frame = requestAnimationFrame(() => setTimeout(begin, 0));
  const fallback = setTimeout(begin, 200);
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    stop?.();
  };
}

export function App({ db = appDb() }: { db?: AppDatabase }) {
  const router = useMemo(() => {
    const sync = () => {
      // On first run the chooser has loaded the sync already: it starts at once, nothing to wait for.
      const here = loadedSync();
      const stops = [
        here ? here.startSync(db) : startAfterPaint(loadSync, (m) => m.startSync(db)),
        startAfterPaint(() => import('./housekeeping.ts'), (m) => m.startHousekeeping(db)),
      ];
      return () => stops.forEach((stop) => stop());
    };
    return createBrowserRouter(appRoutes({ sync }));
  }, [db]);
  return (
    <CatalogueProvider db={db}>
      <RouterProvider router={router} />
    </CatalogueProvider>
  );
}

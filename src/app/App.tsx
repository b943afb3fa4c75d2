// The routes of the app (each screen its own lazily loaded, precached chunk) inside the shell.
import { useMemo, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { startHousekeeping } from './housekeeping.ts';
import { appDb, type AppDatabase } from '../storage/db.ts';
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

export function App({ db = appDb() }: { db?: AppDatabase }) {
  const router = useMemo(() => {
    // The sync (and the validator it carries) loads after the first screen, not before it.
    const sync = () => {
      let stopSync: (() => void) | undefined;
      let stopped = false;
      void import('../sync/scheduler.ts').then(({ startSync }) => {
        if (!stopped) stopSync = startSync(db);
      });
      const stopHousekeeping = startHousekeeping(db);
      return () => {
        stopped = true;
        stopSync?.();
        stopHousekeeping();
      };
    };
    return createBrowserRouter(appRoutes({ sync }));
  }, [db]);
  return (
    <CatalogueProvider db={db}>
      <RouterProvider router={router} />
    </CatalogueProvider>
  );
}

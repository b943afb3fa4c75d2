// The routes of the app (each screen its own lazily loaded, precached chunk) inside the shell.
import { useMemo, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { startSync } from '../sync/scheduler.ts';
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
    const sync = () => {
      const stops = [startSync(db), startHousekeeping(db)];
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

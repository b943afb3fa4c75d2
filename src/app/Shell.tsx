// The frame around every screen: skip link, header with navigation and language, the sync line,
// the update prompt, and <main>; on first run it asks which catalogue to follow before anything else.
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../storage/settings.ts';
import { useCatalogueData } from './catalogue-context.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { SyncBanner } from '../ui/SyncBanner.tsx';
import { UpdatePrompt } from '../ui/UpdatePrompt.tsx';
import { FirstRun } from './FirstRun.tsx';
import { NAV_ITEMS } from './nav.ts';
import './base.css';
import './shell.css';

export interface ShellProps {
  /** Starts the background catalogue sync and returns its stop function. */
  sync: () => () => void;
}

export function Shell({ sync }: ShellProps) {
  const { t, i18n } = useTranslation();
  const { db, catalogues, loading } = useCatalogueData();
  const followed = useLiveQuery(async () => (await getSetting(db, 'followedCatalogues')) ?? null, [db]);
  const choosing = followed === null && !loading && catalogues.length === 0;
  // With a catalogue held, screens show before its offers are read; they say "loading" where they need them.
  const waiting = followed === undefined || (loading && catalogues.length === 0);
  const syncing = followed !== undefined && !loading && !choosing;
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (syncing) return sync();
  }, [syncing, sync]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);

  // After a navigation, a screen reader starts reading the new page unless the page focused something itself.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    if (!main.current?.contains(document.activeElement)) main.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to="/" className="brand shell__brand">
            {t('app.name')}
          </Link>
          <LanguageSwitcher className="language-switcher language-switcher--compact" />
        </div>
        {!choosing && (
          <nav aria-label={t('nav.label')} className="shell__nav">
            <ul role="list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <SyncBanner />
      <UpdatePrompt />
      <main id="main" ref={main} tabIndex={-1} className="shell__main">
        {waiting ? (
          <p role="status">{t('app.loading')}</p>
        ) : choosing ? (
          <FirstRun />
        ) : (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}

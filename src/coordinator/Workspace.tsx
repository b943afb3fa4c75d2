// The coordinator workspace at /coordinator/*: its own desktop-first frame (it needs a
// connection and says so), login, the catalogue picker, and per catalogue the offers, review,
// freshness, publish, history, audit and invitation pages.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { pickText } from '../catalogue/text.ts';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { pagePath, workspacePath } from './api.ts';
import { AuditPage } from './AuditPage.tsx';
import { FreshnessPage } from './FreshnessPage.tsx';
import { HistoryPage } from './HistoryPage.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { InvitationPage, LoginPage } from './LoginPage.tsx';
import { OfferEditor } from './OfferEditor.tsx';
import { OffersPage } from './OffersPage.tsx';
import { OpenDataPage } from './OpenDataPage.tsx';
import { Problem } from './Problem.tsx';
import { PublishPage } from './PublishPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { SessionProvider, useSession } from './session.tsx';
import type { WorkspaceContext, WorkspaceCatalogue } from '../catalogue/workspace-api.ts';
import { useApi } from './useApi.ts';
import { UsagePage } from './UsagePage.tsx';
import { UsersPage } from './UsersPage.tsx';
import '../app/base.css';
import '../app/shell.css';
import './coordinator.css';

function useOffline(): boolean {
  const [offline, setOffline] = useState(typeof navigator !== 'undefined' && navigator.onLine === false);
  useEffect(() => {
    const on = () => setOffline(false);
    const off = () => setOffline(true);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return offline;
}

function CataloguePicker() {
  const { t, i18n } = useTranslation('coordinator');
  const isAdmin = useSession().account?.is_admin === true;
  const { data, error } = useApi<{ catalogues: WorkspaceCatalogue[] }>('/api/workspace');
  return (
    <section aria-labelledby="pick-title">
      <h1 id="pick-title">{t('pick.title')}</h1>
      <Problem error={error} />
      {data && data.catalogues.length === 0 && <p>{t('pick.none')}</p>}
      {isAdmin && (
        <p>
          <Link to="/coordinator/users">{t('users.title')}</Link>
        </p>
      )}
      {data && (
        <ul className="cw-catalogues">
          {data.catalogues.map((c) => (
            <li key={c.id}>
              <Link to={pagePath(c.id)}>{pickText(c.name, i18n.resolvedLanguage ?? 'en')?.text ?? c.id}</Link> — {c.region} · {t('pick.version', { version: c.version })} ·{' '}
              {c.coordinator ? t('pick.coordinator') : t('pick.contributor')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CatalogueArea() {
  const { t, i18n } = useTranslation('coordinator');
  const { catalogueId = '' } = useParams();
  const { data: context, error } = useApi<WorkspaceContext>(workspacePath(catalogueId, '/context'));
  if (error) return <Problem error={error} />;
  if (!context) return <p role="status">{t('state.loading')}</p>;
  const name = pickText(context.catalogue.name, i18n.resolvedLanguage ?? 'en')?.text;
  const tabs = context.coordinator
    ? (['offers', 'review', 'freshness', 'publish', 'history', 'audit', 'invite', 'data', 'usage'] as const)
    : (['offers', 'review'] as const);
  return (
    <>
      <nav className="cw-tabs" aria-label={t('nav.catalogue', { name })}>
        <span className="cw-tabs__name">{name}</span>
        <ul>
          {tabs.map((tab) => (
            <li key={tab}>
              <NavLink to={pagePath(catalogueId, tab === 'offers' ? '' : `/${tab}`)} end={tab === 'offers'}>
                {t(`nav.${tab}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<OffersPage catalogueId={catalogueId} context={context} />} />
        <Route path="offer/:offerId" element={<OfferEditor key={catalogueId} context={context} />} />
        <Route path="review" element={<ReviewPage catalogueId={catalogueId} context={context} />} />
        {context.coordinator && (
          <>
            <Route path="freshness" element={<FreshnessPage catalogueId={catalogueId} />} />
            <Route path="publish" element={<PublishPage catalogueId={catalogueId} />} />
            <Route path="history" element={<HistoryPage catalogueId={catalogueId} />} />
            <Route path="audit" element={<AuditPage catalogueId={catalogueId} />} />
            <Route path="invite" element={<InvitePanel catalogueId={catalogueId} context={context} />} />
            <Route path="data" element={<OpenDataPage catalogueId={catalogueId} defaultLanguage={context.catalogue.default_language} />} />
            <Route path="usage" element={<UsagePage catalogueId={catalogueId} context={context} />} />
          </>
        )}
      </Routes>
    </>
  );
}

function Frame() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const offline = useOffline() || session.offline;
  useEffect(() => {
    document.title = t('title');
  }, [t]);

  return (
    <div className="cw">
      <a className="skip-link" href="#cw-main">
        {t('skip')}
      </a>
      <header className="cw-header">
        <Link to="/coordinator" className="brand">
          {t('title')}
        </Link>
        <div className="cw-header__end">
          {session.account && (
            <>
              <span>{t('header.user', { name: session.account.display_name })}</span>
              <button type="button" className="button button--quiet" onClick={() => void session.logout()}>
                {t('header.logout')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => void session.logout(true)}>
                {t('header.logoutEverywhere')}
              </button>
            </>
          )}
          <LanguageSwitcher className="language-switcher language-switcher--compact" />
          <Link to="/">{t('header.toApp')}</Link>
        </div>
      </header>
      {offline && (
        <div className="cw-offline" role="status">
          {t('offline')}{' '}
          <button type="button" className="button button--quiet" onClick={session.retry}>
            {t('retry')}
          </button>
        </div>
      )}
      <main id="cw-main" className="cw-main" tabIndex={-1}>
        <Routes>
          <Route path="invitation/:token" element={<InvitationPage />} />
          <Route
            path="*"
            element={
              session.account === undefined ? (
                offline ? null : <p role="status">{t('state.loading')}</p>
              ) : session.account === null ? (
                <LoginPage />
              ) : (
                <Routes>
                  <Route index element={<CataloguePicker />} />
                  {session.account.is_admin && <Route path="users" element={<UsersPage />} />}
                  <Route path=":catalogueId/*" element={<CatalogueArea />} />
                </Routes>
              )
            }
          />
        </Routes>
      </main>
    </div>
  );
}

export default function Workspace() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

// A new app version waits until the user says so: a small prompt, never a reload over their work.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import './update-prompt.css';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (err: unknown) => console.error('service worker registration failed', err),
  });
  if (!needRefresh) return null;
  // workbox-window reloads only when this page was already controlled at registration; a page that
  // saw the first install and then an update in one session needs the reload triggered here.
  const reload = () => {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.message')}</p>
      <button type="button" className="button button--primary" onClick={reload}>
        {t('update.reload')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}

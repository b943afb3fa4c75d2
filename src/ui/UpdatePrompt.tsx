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
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.message')}</p>
      <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}

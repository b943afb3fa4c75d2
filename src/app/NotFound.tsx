// Screens of the shell's own: an address the app does not know (say so, lead back to search), and
// the moment before the first screen's code has loaded.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

// One place that says what went wrong with a request, in plain words: no connection, logged
// out, not allowed, or the server's own message. Nothing while there is no error, so pages need no guard.
import { useTranslation } from 'react-i18next';
import { ApiError, OfflineError } from './api.ts';

export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation('coordinator');
  if (error === null || error === undefined) return null;
  let text: string;
  if (error instanceof OfflineError) text = t('problem.offline');
  else if (error instanceof ApiError && error.status === 401) text = t('problem.loggedOut');
  else if (error instanceof ApiError && error.status === 403) text = t('problem.forbidden');
  else if (error instanceof ApiError && error.status === 404) text = t('problem.notFound');
  else if (error instanceof ApiError) text = t('problem.server', { message: error.message });
  else text = t('problem.unknown');
  return (
    <p className="cw-problem" role="alert">
      {text}
    </p>
  );
}

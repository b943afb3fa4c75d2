// Version history (who, when, note) and roll back: an earlier version published again as a new
// one, after a confirmation that says what it does.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { api, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import type { VersionEntry } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

export function HistoryPage({ catalogueId }: { catalogueId: string }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const history = useApi<{ versions: VersionEntry[] }>(workspacePath(catalogueId, '/versions'));
  const [confirm, setConfirm] = useState<number | null>(null);
  const { problem, run } = useAction();
  const [done, setDone] = useState<{ version: number; restored: number } | null>(null);

  const rollback = (version: number) =>
    run(async () => {
      setDone(await api<{ version: number; restored: number }>(workspacePath(catalogueId, `/versions/${version}/rollback`), { method: 'POST', body: {} }));
      setConfirm(null);
      history.reload();
    });

  const latest = history.data?.versions[0]?.version;
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      {done && (
        <p className="cw-notice" role="status">
          {t('history.done', done)}
        </p>
      )}
      <Problem error={problem} />
      <Problem error={history.error} />
      {history.data && (
        <DataTable columns={[t('history.col.version'), t('history.col.when'), t('history.col.who'), t('history.col.note'), t('history.col.action')]}>
          {history.data.versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>
                <time dateTime={v.published_at}>{formatDateTime(v.published_at, ui)}</time>
              </td>
              <td>{v.by ?? t('history.unknown')}</td>
              <td>{v.note}</td>
              <td>
                {v.version !== latest &&
                  (confirm === v.version ? (
                    <span className="cw-confirm">
                      {t('history.confirm', { version: v.version })}{' '}
                      <button type="button" className="button button--primary" onClick={() => rollback(v.version)}>
                        {t('history.yes')}
                      </button>{' '}
                      <button type="button" className="button button--quiet" onClick={() => setConfirm(null)}>
                        {t('history.no')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button--quiet" onClick={() => setConfirm(v.version)}>
                      {t('history.rollback', { version: v.version })}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

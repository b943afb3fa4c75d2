// The audit trail of a catalogue: every change and publish with who and when, newest first.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import type { AuditEntry } from '../catalogue/workspace-api.ts';
import { useApi } from './useApi.ts';

export function AuditPage({ catalogueId }: { catalogueId: string }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const { data, error } = useApi<{ entries: AuditEntry[] }>(workspacePath(catalogueId, '/audit'));
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <Problem error={error} />
      {data && (
        <DataTable columns={[t('audit.col.when'), t('audit.col.who'), t('audit.col.what'), t('audit.col.target')]}>
          {data.entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at, ui)}</time>
              </td>
              <td>{e.actor}</td>
              <td>{t(`audit.action.${e.action}`, { defaultValue: e.action })}</td>
              <td>{e.target}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

// Publishing: what changed since the last version (added, changed, removed), a note, then the
// new signed version every phone picks up.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../catalogue/text.ts';
import type { LocalizedText } from '../catalogue/schema.ts';
import { api, workspacePath } from './api.ts';
import { Problem } from './Problem.tsx';
import type { ChangeSummary, ChangedRecord } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

function useName() {
  const { i18n } = useTranslation();
  return (r: ChangedRecord) => (typeof r.name === 'string' ? r.name : (pickText(r.name as LocalizedText, i18n.resolvedLanguage ?? 'en')?.text ?? r.id));
}

export function ChangeList({ summary }: { summary: ChangeSummary }) {
  const { t } = useTranslation('coordinator');
  const name = useName();
  const groups = (['offers', 'organisations', 'needs'] as const).flatMap((kind) =>
    (['added', 'changed', 'removed'] as const).map((how) => ({ kind, how, records: summary[kind][how] })).filter((g) => g.records.length > 0),
  );
  if (summary.total === 0) return <p>{t('publish.nothing')}</p>;
  return (
    <div className="cw-changes">
      {groups.map((g) => (
        <section key={`${g.kind}-${g.how}`} aria-labelledby={`ch-${g.kind}-${g.how}`}>
          <h3 id={`ch-${g.kind}-${g.how}`}>{t(`publish.${g.kind}.${g.how}`, { count: g.records.length })}</h3>
          <ul>
            {g.records.map((r) => (
              <li key={r.id}>
                {name(r)} <span className="cw-id">{r.id}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {summary.catalogue_changed && <p>{t('publish.catalogueChanged')}</p>}
    </div>
  );
}

export function PublishPage({ catalogueId }: { catalogueId: string }) {
  const { t } = useTranslation('coordinator');
  const changes = useApi<ChangeSummary>(workspacePath(catalogueId, '/changes'));
  const [note, setNote] = useState('');
  const { busy, problem, run } = useAction();
  const [done, setDone] = useState<number | null>(null);

  async function publish(event: React.FormEvent) {
    event.preventDefault();
    await run(async () => {
      const result = await api<{ version: number }>(workspacePath(catalogueId, '/publish'), { method: 'POST', body: { note: note.trim() || undefined } });
      setDone(result.version);
      setNote('');
      changes.reload();
    });
  }

  return (
    <section aria-labelledby="publish-title">
      <h1 id="publish-title">{t('publish.title')}</h1>
      {done !== null && (
        <p className="cw-notice" role="status">
          {t('publish.done', { version: done })}
        </p>
      )}
      <Problem error={changes.error} />
      {changes.data ? (
        <>
          <h2>{t('publish.since', { version: changes.data.from_version })}</h2>
          <ChangeList summary={changes.data} />
          <form onSubmit={publish}>
            <div className="cw-field">
              <label htmlFor="publish-note">{t('publish.note')}</label>
              <textarea id="publish-note" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <Problem error={problem} />
            <button type="submit" className="button button--primary" disabled={busy || changes.data.total === 0}>
              {t('publish.button', { version: changes.data.from_version + 1 })}
            </button>
          </form>
        </>
      ) : (
        <p role="status">{t('state.loading')}</p>
      )}
    </section>
  );
}

// Open data: download the catalogue as HSDS 3.0 in one language, and import an HSDS JSON or
// CSV file into one language, trying it first; the report lists the column mapping and every
// rejected record with its reason (nothing is imported while any is rejected).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../catalogue/codes.ts';
import type { ImportReport } from '../catalogue/workspace-api.ts';
import { api, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import { SelectField } from './SelectField.tsx';
import { useAction } from './useAction.ts';

export function OpenDataPage({ catalogueId, defaultLanguage }: { catalogueId: string; defaultLanguage: ContentLanguage }) {
  const { t } = useTranslation('coordinator');
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState<ContentLanguage>(defaultLanguage);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { busy, problem, run: runAction } = useAction();

  async function run(dryRun: boolean) {
    if (!file) return;
    await runAction(async () => {
      const text = await file.text();
      const csv = /\.csv$/i.test(file.name);
      let data: unknown = text;
      if (!csv) {
        try {
          data = JSON.parse(text);
        } catch {
          setReport({ language, applied: false, added: [], updated: [], rejected: [{ index: -1, record: file.name, reason: t('openData.notJson') }] });
          return;
        }
      }
      setReport(await api<ImportReport>(workspacePath(catalogueId, '/import'), { method: 'POST', body: { format: csv ? 'csv' : 'hsds', language, data, dry_run: dryRun } }));
    });
  }

  return (
    <section aria-labelledby="open-title">
      <h1 id="open-title">{t('openData.title')}</h1>
      <h2>{t('openData.exportTitle')}</h2>
      <p>{t('openData.exportIntro')}</p>
      <ul className="cw-downloads">
        {CONTENT_LANGUAGES.map((l) => (
          <li key={l}>
            <a href={workspacePath(catalogueId, `/export/hsds?lang=${l}`)} download>
              {t('openData.download', { language: t(`language.${l}`) })}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('openData.importTitle')}</h2>
      <p>{t('openData.importIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <div className="cw-field">
          <label htmlFor="import-file">{t('openData.file')}</label>
          <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null))} />
        </div>
        <SelectField id="import-language" label={t('openData.language')} value={language} onChange={(v) => setLanguage(v as ContentLanguage)} options={CONTENT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
        <div className="cw-actions">
          <button type="button" className="button button--quiet" disabled={!file || busy} onClick={() => void run(true)}>
            {t('openData.check')}
          </button>
          <button type="submit" className="button button--primary" disabled={!file || busy}>
            {t('openData.import')}
          </button>
        </div>
      </form>
      <Problem error={problem} />
      {report && (
        <div role="status">
          <p className={report.rejected.length ? 'cw-problem' : 'cw-notice'}>
            {report.applied ? t('openData.applied', { added: report.added.length, updated: report.updated.length }) : report.rejected.length ? t('openData.refused', { count: report.rejected.length }) : t('openData.checked', { added: report.added.length, updated: report.updated.length })}
          </p>
          {report.columns && report.columns.length > 0 && (
            <DataTable caption={t('openData.columns')} columns={[t('openData.column'), t('openData.field')]}>
              {report.columns.map((c) => (
                <tr key={c.column}>
                  <td>{c.column}</td>
                  <td>{c.field ?? t('openData.ignored')}</td>
                </tr>
              ))}
            </DataTable>
          )}
          {report.rejected.length > 0 && (
            <DataTable caption={t('openData.rejected')} columns={[t('openData.record'), t('openData.reason')]}>
              {report.rejected.map((r, i) => (
                <tr key={i}>
                  <td>
                    {r.index >= 0 ? `#${r.index} ` : ''}
                    {r.record}
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      )}
    </section>
  );
}

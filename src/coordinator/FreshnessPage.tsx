// Offers not verified for the configured number of months, oldest first, each with "mark
// verified"; the number of months is set here too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../catalogue/text.ts';
import { formatDate } from '../ui/format.ts';
import { api, pagePath, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import type { OfferRow } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

export function FreshnessPage({ catalogueId }: { catalogueId: string }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const queue = useApi<{ months: number; stale_before: string; offers: OfferRow[] }>(workspacePath(catalogueId, '/freshness'));
  const [months, setMonths] = useState('');
  const { problem, run: runAction } = useAction();
  const run = (work: () => Promise<unknown>) =>
    runAction(async () => {
      await work();
      queue.reload();
    });

  return (
    <section aria-labelledby="fresh-title">
      <h1 id="fresh-title">{t('fresh.title')}</h1>
      <Problem error={problem} />
      <Problem error={queue.error} />
      {queue.data && (
        <>
          <form
            className="cw-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => api(workspacePath(catalogueId, '/settings'), { method: 'PUT', body: { freshness_months: Number(months || queue.data!.months) } }));
            }}
          >
            <div className="cw-field">
              <label htmlFor="fresh-months">{t('fresh.months')}</label>
              <input id="fresh-months" inputMode="numeric" value={months || String(queue.data.months)} onChange={(e) => setMonths(e.target.value)} />
            </div>
            <button type="submit" className="button button--quiet">
              {t('fresh.setMonths')}
            </button>
          </form>
          <p role="status">{t('fresh.count', { count: queue.data.offers.length, months: queue.data.months })}</p>
          <DataTable columns={[t('offers.col.name'), t('offers.col.verified'), t('history.col.action')]}>
            {queue.data.offers.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={pagePath(catalogueId, `/offer/${encodeURIComponent(r.id)}`)}>
                    {pickText(r.name, ui)?.text ?? r.id}
                  </Link>
                </td>
                <td>
                  <time dateTime={r.assured_date}>{formatDate(r.assured_date, ui)}</time>
                </td>
                <td>
                  <button type="button" className="button button--quiet" onClick={() => run(() => api(workspacePath(catalogueId, `/offers/${encodeURIComponent(r.id)}/verify`), { method: 'POST', body: { revision: r.revision } }))}>
                    {t('fresh.verify', { name: pickText(r.name, ui)?.text ?? r.id })}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

// How often each offer was sent over the last twelve months, from the anonymous counts of devices
// that opted in — so coordinators see which offers are used, without anything about families.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../catalogue/text.ts';
import type { OfferRow, UsageTotals, WorkspaceContext } from '../catalogue/workspace-api.ts';
import { pagePath, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import { useApi } from './useApi.ts';
import { lastMonths, usageRows } from './usage-table.ts';

export function UsagePage({ catalogueId, context }: { catalogueId: string; context: WorkspaceContext }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const usage = useApi<UsageTotals>(`/api/usage/${encodeURIComponent(catalogueId)}`);
  const offers = useApi<{ offers: OfferRow[] }>(workspacePath(catalogueId, '/offers'));
  const months = useMemo(() => lastMonths(new Date()), []);

  const offerById = useMemo(() => new Map((offers.data?.offers ?? []).map((o) => [o.id, o])), [offers.data]);
  const orgName = useMemo(() => new Map(context.organisations.map((o) => [o.id, o.name])), [context.organisations]);
  const title = (id: string) => {
    const name = offerById.get(id)?.name;
    return name ? pickText(name, ui, context.catalogue.default_language) : undefined;
  };
  const rows = usage.data ? usageRows(usage.data.months, months, (id) => title(id)?.text ?? id) : [];
  const number = new Intl.NumberFormat([ui]);
  const monthName = new Intl.DateTimeFormat([ui], { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthLabels = months.map((m) => monthName.format(new Date(`${m}-01T00:00:00Z`)));
  const ready = usage.data && offers.data;

  return (
    <section aria-labelledby="usage-title">
      <h1 id="usage-title">{t('usage.title')}</h1>
      <p className="cw-notice">{t('usage.explain')}</p>
      <Problem error={usage.error ?? offers.error} />
      {!ready && !usage.error && !offers.error && <p role="status">{t('state.loading')}</p>}
      {ready && rows.length === 0 && <p role="status">{t('usage.none')}</p>}
      {ready && rows.length > 0 && (
        <DataTable
          caption={t('usage.caption', { from: monthLabels[0], to: monthLabels[monthLabels.length - 1] })}
          columns={[t('offers.col.name'), t('offers.col.organisation'), ...monthLabels, t('usage.total')]}
        >
          {rows.map((row) => {
            const offer = offerById.get(row.offerId);
            const name = title(row.offerId);
            return (
              <tr key={row.offerId}>
                <th scope="row">
                  <Link to={pagePath(catalogueId, `/offer/${encodeURIComponent(row.offerId)}`)} lang={name && name.lang !== ui ? name.lang : undefined}>
                    {name?.text ?? row.offerId}
                  </Link>
                </th>
                <td>{offer ? (orgName.get(offer.organization_id) ?? offer.organization_id) : ''}</td>
                {row.counts.map((n, i) => (
                  <td key={months[i]} className="cw-num">
                    {number.format(n)}
                  </td>
                ))}
                <td className="cw-num">
                  <strong>{number.format(row.total)}</strong>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

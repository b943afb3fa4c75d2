// All offers of a catalogue in one dense table: search by name or id, filter by state, and see
// at a glance what is published, changed, proposed, archived or overdue for verification.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { foldText as fold } from '../catalogue/fold.ts';
import { pickText } from '../catalogue/text.ts';
import { formatDate } from '../ui/format.ts';
import { pagePath, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import { SelectField } from './SelectField.tsx';
import { StateBadges } from './StateBadges.tsx';
import type { WorkspaceContext, OfferRow } from '../catalogue/workspace-api.ts';
import { useApi } from './useApi.ts';

const FILTERS = ['all', 'published', 'draft', 'proposed', 'stale', 'archived'] as const;
type Filter = (typeof FILTERS)[number];

function matches(row: OfferRow, filter: Filter): boolean {
  if (filter === 'all') return row.state !== 'archived';
  if (filter === 'proposed') return row.proposed;
  if (filter === 'stale') return row.stale;
  return row.state === filter;
}

export function OffersPage({ catalogueId, context }: { catalogueId: string; context: WorkspaceContext }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const { data, error } = useApi<{ offers: OfferRow[] }>(workspacePath(catalogueId, '/offers'));
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const orgName = useMemo(() => new Map(context.organisations.map((o) => [o.id, o.name])), [context.organisations]);

  const rows = useMemo(() => {
    const q = fold(query.trim());
    return (data?.offers ?? []).filter((r) => matches(r, filter) && (!q || fold(`${r.id} ${Object.values(r.name).join(' ')} ${orgName.get(r.organization_id) ?? ''}`).includes(q)));
  }, [data, query, filter, orgName]);

  return (
    <section aria-labelledby="offers-title">
      <div className="cw-toolbar">
        <h1 id="offers-title">{t('offers.title')}</h1>
        <Link className="button button--primary" to={pagePath(catalogueId, '/offer/new')}>
          {context.coordinator ? t('offers.new') : t('offers.proposeNew')}
        </Link>
      </div>
      <div className="cw-filters">
        <div className="cw-field">
          <label htmlFor="offer-search">{t('offers.search')}</label>
          <input id="offer-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <SelectField id="offer-filter" label={t('offers.filter')} value={filter} onChange={(v) => setFilter(v as Filter)} options={FILTERS.map((f) => ({ value: f, label: t(`offers.filters.${f}`) }))} />
      </div>
      <Problem error={error} />
      {!data && !error && <p role="status">{t('state.loading')}</p>}
      {data && (
        <>
          <p role="status">{t('offers.count', { count: rows.length })}</p>
          <DataTable columns={[t('offers.col.name'), t('offers.col.organisation'), t('offers.col.state'), t('offers.col.verified'), t('offers.col.changed')]}>
            {rows.map((r) => {
              const name = pickText(r.name, ui, context.catalogue.default_language);
              return (
                <tr key={r.id}>
                  <td>
                    <Link to={pagePath(catalogueId, `/offer/${encodeURIComponent(r.id)}`)} lang={name && name.lang !== ui ? name.lang : undefined}>
                      {name?.text ?? r.id}
                    </Link>
                    <span className="cw-id">{r.id}</span>
                  </td>
                  <td>{orgName.get(r.organization_id) ?? r.organization_id}</td>
                  <td>
                    <StateBadges row={r} />
                  </td>
                  <td>
                    <time dateTime={r.assured_date}>{formatDate(r.assured_date, ui)}</time>
                  </td>
                  <td>
                    <time dateTime={r.updated_at}>{formatDate(r.updated_at.slice(0, 10), ui)}</time>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </section>
  );
}

// The "Netzwerkkarte": every actor of the followed catalogues at a glance, searchable and narrowed by
// topic and area (state in the URL), and one page per actor with its contacts and offers.
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { filtersFromParams, filtersToParams, emptyFilters } from '../../catalogue/filters.ts';
import { filterOrganisations, organisationEntries, type OrganisationEntry } from '../../catalogue/organisation-list.ts';
import { useCatalogueData } from '../catalogue-context.tsx';
import { LocalText, usePick } from '../../ui/LocalText.tsx';
import { Paragraphs } from '../../ui/Paragraphs.tsx';
import { OfferSummary } from '../../ui/OfferSummary.tsx';
import './organisations.css';

export default function OrganisationsRoute() {
  return (
    <Routes>
      <Route index element={<OrganisationList />} />
      <Route path=":catalogueId/:orgId" element={<OrganisationPage />} />
    </Routes>
  );
}

/** Every held organisation with its active offers, sorted in the UI language; undefined while loading. */
function useOrganisations(): OrganisationEntry[] | undefined {
  const { organisations, offers, loading } = useCatalogueData();
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => (loading ? undefined : organisationEntries(organisations, [...offers.values()], new Intl.Collator(ui))),
    [loading, organisations, offers, ui],
  );
}

const organisationPath = (catalogueId: string, orgId: string) =>
  `/organisations/${encodeURIComponent(catalogueId)}/${encodeURIComponent(orgId)}`;

function OrganisationList() {
  const { t } = useTranslation('organisations');
  const pick = usePick();
  const { needs, municipalities, catalogues } = useCatalogueData();
  const entries = useOrganisations();
  const [params, setParams] = useSearchParams();
  const { query, filters } = useMemo(() => filtersFromParams(params), [params]);
  const [text, setText] = useState(query);
  const id = useId();

  // Back or a link changed the URL: the field follows.
  useEffect(() => setText((current) => (current.trim() === query.trim() ? current : query)), [query]);

  const write = (q: string, need: string | undefined, area: string | undefined) =>
    setParams(filtersToParams(q, { ...emptyFilters(), needs: need ? [need] : [], area }), { replace: true });

  const shown = useMemo(
    () => entries && filterOrganisations(entries, { query: text, needs: filters.needs, area: filters.area }),
    [entries, text, filters.needs, filters.area],
  );
  const catalogueName = (cid: string) => pick(catalogues.find((c) => c.catalogue_id === cid)?.info.name)?.text ?? cid;

  return (
    <div className="orgs">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>

      <form role="search" className="orgs__filters" onSubmit={(e) => e.preventDefault()}>
        <div className="orgs__field orgs__field--wide">
          <label htmlFor={`${id}-q`}>{t('search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            aria-describedby={`${id}-q-hint`}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              write(e.currentTarget.value, filters.needs[0], filters.area);
            }}
          />
          <p className="hint" id={`${id}-q-hint`}>
            {t('searchHint')}
          </p>
        </div>
        <div className="orgs__field">
          <label htmlFor={`${id}-need`}>{t('need')}</label>
          <select id={`${id}-need`} value={filters.needs[0] ?? ''} onChange={(e) => write(text, e.currentTarget.value || undefined, filters.area)}>
            <option value="">{t('anyNeed')}</option>
            {needs.map((n) => (
              <option key={n.id} value={n.id}>
                {pick(n.name)?.text}
              </option>
            ))}
          </select>
        </div>
        <div className="orgs__field">
          <label htmlFor={`${id}-area`}>{t('area')}</label>
          <select id={`${id}-area`} value={filters.area ?? ''} onChange={(e) => write(text, filters.needs[0], e.currentTarget.value || undefined)}>
            <option value="">{t('anyArea')}</option>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </form>

      {!shown ? (
        <p role="status">{t('common:app.loading')}</p>
      ) : (
        <>
          <p className="orgs__count" role="status">
            {catalogues.length === 0 ? t('noCatalogue') : t('count', { count: shown.length })}
          </p>
          {shown.length === 0 && catalogues.length > 0 && <p>{t('none')}</p>}
          <ul role="list" className="orgs__list">
            {shown.map((e) => (
              <li key={e.key} className="org-card">
                <h2 className="org-card__name">
                  <Link to={organisationPath(e.catalogueId, e.organisation.id)} state={{ list: params.toString() }}>
                    {e.organisation.name}
                  </Link>
                </h2>
                <LocalText as="p" className="org-card__desc" text={e.organisation.description} />
                <p className="org-card__meta">
                  {t('offers', { count: e.offers.length })}
                  {catalogues.length > 1 && <> · {t('in', { catalogue: catalogueName(e.catalogueId) })}</>}
                </p>
                {e.organisation.phones[0] && <PhoneLink number={e.organisation.phones[0].number} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PhoneLink({ number }: { number: string }) {
  const { t } = useTranslation('organisations');
  return (
    <a className="org-phone" href={`tel:${number.replace(/[^+0-9]/g, '')}`}>
      {t('call', { number })}
    </a>
  );
}

function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { catalogueId = '', orgId = '' } = useParams();
  const location = useLocation();
  const entries = useOrganisations();
  const { catalogues } = useCatalogueData();
  const list = (location.state as { list?: string } | null)?.list;
  const back = (
    <p>
      <Link className="orgs__back" to={{ pathname: '/organisations', search: list ? `?${list}` : '' }}>
        ← {t('back')}
      </Link>
    </p>
  );

  if (!entries) return <p role="status">{t('common:app.loading')}</p>;
  const entry = entries.find((e) => e.catalogueId === catalogueId && e.organisation.id === orgId);
  if (!entry) {
    return (
      <div className="orgs">
        <h1>{t('common:notFound.title')}</h1>
        <p>{t('notFound')}</p>
        {back}
      </div>
    );
  }

  const { organisation: org, offers } = entry;
  const cl = catalogues.find((c) => c.catalogue_id === catalogueId)?.info.default_language;
  const hasContact = org.phones.length > 0 || !!org.email || !!org.website;
  return (
    <article className="orgs">
      {back}
      <h1>{org.name}</h1>
      <Paragraphs text={org.description} catalogueLanguage={cl} />

      <section aria-labelledby="org-contact">
        <h2 id="org-contact">{t('contact')}</h2>
        {hasContact ? (
          <ul role="list" className="org-contact">
            {org.phones.map((p) => (
              <li key={p.number}>
                <PhoneLink number={p.number} />
                {p.description && <LocalText as="span" className="org-contact__note" text={p.description} catalogueLanguage={cl} />}
              </li>
            ))}
            {org.email && (
              <li>
                <a href={`mailto:${org.email}`}>{t('write', { email: org.email })}</a>
              </li>
            )}
            {org.website && (
              <li>
                <a href={org.website} target="_blank" rel="noopener noreferrer">
                  {t('website', { host: new URL(org.website).host })}
                </a>
              </li>
            )}
          </ul>
        ) : (
          <p>{t('noContact')}</p>
        )}
      </section>

      <section aria-labelledby="org-offers">
        <h2 id="org-offers">{t('theirOffers')}</h2>
        {offers.length > 0 ? (
          <ul role="list" className="org-offers">
            {offers.map((o) => (
              <li key={o.id}>
                <OfferSummary catalogueId={catalogueId} offer={o} catalogueLanguage={cl} level={3} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noOffers')}</p>
        )}
      </section>
    </article>
  );
}

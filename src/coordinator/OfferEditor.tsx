// Editing one offer: the generated form beside a live preview, an error summary that links to
// each field, saving against the loaded revision (a conflict shows both versions side by side),
// archive, restore and "mark verified". Contributors send the same form as a proposal.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Offer } from '../catalogue/schema.ts';
import { api, ApiError, pagePath, workspacePath } from './api.ts';
import { emptyDraft, toDraft, validateDraft, type Draft, type FieldError } from './form-model.ts';
import { OfferForm } from './OfferForm.tsx';
import { OfferPreview } from './OfferPreview.tsx';
import { Problem } from './Problem.tsx';
import type { WorkspaceContext, OfferDetail } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function OfferEditor({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation('coordinator');
  const { catalogueId = '', offerId = 'new' } = useParams();
  const navigate = useNavigate();
  const isNew = offerId === 'new';
  const orgs = context.coordinator ? context.organisations : context.organisations.filter((o) => context.own_organisations.includes(o.id));

  const [draft, setDraft] = useState<Draft | null>(isNew ? emptyDraft(orgs[0]?.id ?? '') : null);
  // Asked only until there is a draft: after a save the editor holds the saved offer, also when a new one moves to its address.
  const loaded = useApi<OfferDetail>(draft ? null : workspacePath(catalogueId, `/offers/${encodeURIComponent(offerId)}`));
  const [newId, setNewId] = useState('');
  const [revision, setRevision] = useState<number | null>(null);
  const [state, setState] = useState<OfferDetail['state'] | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<{ offer: Offer; revision: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, problem, run: runAction } = useAction();
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (loaded.data && draft === null) {
      setDraft(toDraft(loaded.data.offer));
      setRevision(loaded.data.revision);
      setState(loaded.data.state);
    }
  }, [loaded.data, draft]);

  const id = isNew ? newId.trim() : offerId;
  const live = useMemo(() => (draft ? validateDraft(draft, id || 'preview') : null), [draft, id]);
  const idError = isNew && errors.length > 0 && !ID_PATTERN.test(id);

  if (loaded.error) return <Problem error={loaded.error} />;
  if (!draft) return <p role="status">{t('state.loading')}</p>;
  const archived = state === 'archived';

  // A conflict is no failure to report: it opens the side-by-side view instead.
  async function run(work: () => Promise<void>) {
    setNotice(null);
    await runAction(async () => {
      try {
        await work();
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409 && error.body.current)) throw error;
        setConflict(error.body.current as { offer: Offer; revision: number });
      }
    });
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const checked = validateDraft(draft!, id || 'x');
    if (!checked.ok || (isNew && !ID_PATTERN.test(id))) {
      setErrors(checked.ok ? [{ path: 'id', key: 'idFormat' }] : checked.errors);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    await run(async () => {
      if (!context.coordinator) {
        await api(workspacePath(catalogueId, '/proposals'), { method: 'POST', body: { offer: checked.offer } });
        setNotice(t('editor.proposed'));
        return;
      }
      const saved = await api<OfferDetail>(workspacePath(catalogueId, `/offers/${encodeURIComponent(id)}`), { method: 'PUT', body: { offer: checked.offer, revision: isNew ? null : revision } });
      setRevision(saved.revision);
      setState(saved.state);
      setDraft(toDraft(saved.offer));
      setConflict(null);
      setNotice(t('editor.saved', { revision: saved.revision }));
      if (isNew) navigate(pagePath(catalogueId, `/offer/${encodeURIComponent(id)}`), { replace: true });
    });
  }

  async function act(action: 'archive' | 'restore' | 'verify') {
    await run(async () => {
      const result = await api<OfferDetail>(workspacePath(catalogueId, `/offers/${encodeURIComponent(id)}/${action}`), { method: 'POST', body: { revision } });
      setRevision(result.revision);
      setState(result.state);
      setDraft(toDraft(result.offer));
      setNotice(t(`editor.done.${action}`));
    });
  }

  /** The field's own label for the error summary: "Phone 2 › Number", "Name (Dansk)". */
  const fieldName = (path: string) => {
    const [top, second, third] = path.split('.');
    if (second !== undefined && /^\d+$/.test(second)) return `${t(`items.${top}`, { n: Number(second) + 1 })} › ${third ? t(`labels.${top}__${third}`) : ''}`;
    if (second !== undefined) return `${t(`labels.${top}`)} (${t(`language.${second}`, { defaultValue: second })})`;
    return t(`labels.${top}`);
  };
  const orgOf = (o: Offer) => context.organisations.find((x) => x.id === o.organization_id);
  const allErrors = [...(idError ? [{ path: 'id', key: 'idFormat' }] : []), ...errors.filter((e) => e.path !== 'id')];

  return (
    <div className="cw-editor">
      <p>
        <Link to={pagePath(catalogueId)}>{t('editor.back')}</Link>
      </p>
      <h1>{isNew ? t('editor.newTitle') : t('editor.title', { id })}</h1>
      {state && (
        <p className="cw-meta">
          {t(`state.${state}`)} · {t('editor.revision', { revision })}
        </p>
      )}
      {allErrors.length > 0 && (
        <div className="cw-error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('editor.errorsTitle', { count: allErrors.length })}</h2>
          <ul>
            {allErrors.map((e, i) => (
              <li key={i}>
                <a href={`#f-${e.path.replace(/\./g, '-')}`}>
                  {fieldName(e.path)}: {t(`errors.${e.key}`, e.values)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && (
        <p className="cw-notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={problem} />
      {conflict && (
        <section className="cw-conflict" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t('conflict.title')}</h2>
          <p>{t('conflict.body', { revision: conflict.revision })}</p>
          <div className="cw-columns">
            <div>
              <h3>{t('conflict.theirs')}</h3>
              <OfferPreview offer={conflict.offer} organisation={orgOf(conflict.offer)} catalogue={context.catalogue} level={4} />
            </div>
            <div>
              <h3>{t('conflict.yours')}</h3>
              {live?.ok ? <OfferPreview offer={live.offer} organisation={orgOf(live.offer)} catalogue={context.catalogue} level={4} /> : <p>{t('preview.invalid')}</p>}
            </div>
          </div>
          <div className="cw-actions">
            <button type="button" className="button button--primary" onClick={() => (setRevision(conflict.revision), setConflict(null))}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => (setDraft(toDraft(conflict.offer)), setRevision(conflict.revision), setConflict(null))}>
              {t('conflict.takeTheirs')}
            </button>
          </div>
        </section>
      )}
      <div className="cw-columns cw-columns--editor">
        <form noValidate onSubmit={save} aria-label={t('editor.formLabel')}>
          {isNew && (
            <div className="cw-field">
              <label htmlFor="f-id">{t('labels.id')}</label>
              <p className="cw-hint" id="f-id-hint">
                {t('hints.id')}
              </p>
              <input id="f-id" value={newId} onChange={(e) => setNewId(e.target.value)} aria-invalid={idError || undefined} aria-describedby={idError ? 'f-id-hint f-id-error' : 'f-id-hint'} />
              {idError && (
                <p className="cw-error" id="f-id-error">
                  {t('errors.idFormat')}
                </p>
              )}
            </div>
          )}
          <OfferForm draft={draft} onChange={setDraft} errors={errors} needs={context.needs} organisations={orgs} disabled={busy || archived} />
          <div className="cw-actions cw-actions--sticky">
            {!archived && (
              <button type="submit" className="button button--primary" disabled={busy}>
                {context.coordinator ? t('editor.save') : t('editor.propose')}
              </button>
            )}
            {context.coordinator && !isNew && !archived && (
              <>
                <button type="button" className="button button--quiet" disabled={busy} onClick={() => act('verify')}>
                  {t('editor.verify')}
                </button>
                <button type="button" className="button button--quiet" disabled={busy} onClick={() => act('archive')}>
                  {t('editor.archive')}
                </button>
              </>
            )}
            {context.coordinator && archived && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => act('restore')}>
                {t('editor.restore')}
              </button>
            )}
          </div>
        </form>
        <section className="cw-preview" aria-labelledby="preview-title" tabIndex={0}>
          <h2 id="preview-title">{t('preview.title')}</h2>
          {live?.ok ? <OfferPreview offer={live.offer} organisation={orgOf(live.offer)} catalogue={context.catalogue} level={3} /> : <p>{t('preview.invalid')}</p>}
        </section>
      </div>
    </div>
  );
}

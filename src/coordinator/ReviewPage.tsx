// The review queue: a coordinator opens a proposal, sees the offer as it is and as proposed,
// may edit the proposal, then approves it or rejects it with a comment the contributor reads.
// Contributors see their own proposals here with the decision and comment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../catalogue/schema.ts';
import { pickText } from '../catalogue/text.ts';
import { formatDateTime } from '../ui/format.ts';
import { api, ApiError, workspacePath } from './api.ts';
import { toDraft, validateDraft, type Draft, type FieldError } from './form-model.ts';
import { OfferForm } from './OfferForm.tsx';
import { OfferPreview } from './OfferPreview.tsx';
import { Problem } from './Problem.tsx';
import type { WorkspaceContext, OfferDetail, Proposal } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

function Review({ proposal, context, catalogueId, onDone }: { proposal: Proposal; context: WorkspaceContext; catalogueId: string; onDone: () => void }) {
  const { t } = useTranslation('coordinator');
  const current = useApi<OfferDetail>(proposal.base_revision === null ? null : workspacePath(catalogueId, `/offers/${encodeURIComponent(proposal.offer_id)}`));
  const [draft, setDraft] = useState<Draft>(() => toDraft(proposal.offer));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const { problem, run } = useAction();
  const org = (o: Offer) => context.organisations.find((x) => x.id === o.organization_id);
  const missing = current.error instanceof ApiError && current.error.status === 404;

  async function decide(action: 'approve' | 'reject') {
    const note = comment.trim();
    // A rejection needs a reason: asked for here, so it does not read as the server's refusal.
    setCommentMissing(action === 'reject' && !note);
    let body: unknown;
    if (action === 'approve') {
      const checked = validateDraft(draft, proposal.offer_id);
      if (!checked.ok) return setErrors(checked.errors);
      setErrors([]);
      body = { offer: checked.offer, revision: current.data?.revision ?? null, comment: note || undefined };
    } else {
      if (!note) return;
      body = { comment: note };
    }
    if (await run(() => api(workspacePath(catalogueId, `/proposals/${proposal.id}/${action}`), { method: 'POST', body }))) onDone();
  }

  return (
    <div className="cw-review">
      <div className="cw-columns">
        <div>
          <h3>{t('review.current')}</h3>
          {current.data ? <OfferPreview offer={current.data.offer} organisation={org(current.data.offer)} catalogue={context.catalogue} level={4} /> : <p>{proposal.base_revision === null || missing ? t('review.newOffer') : t('state.loading')}</p>}
        </div>
        <div>
          <h3>{t('review.proposed')}</h3>
          <OfferPreview offer={proposal.offer} organisation={org(proposal.offer)} catalogue={context.catalogue} level={4} />
        </div>
      </div>
      <details>
        <summary>{t('review.edit')}</summary>
        <OfferForm draft={draft} onChange={setDraft} errors={errors} needs={context.needs} organisations={context.organisations} />
      </details>
      {errors.length > 0 && (
        <p className="cw-error" role="alert">
          {t('editor.errorsTitle', { count: errors.length })}
        </p>
      )}
      <div className="cw-field">
        <label htmlFor={`comment-${proposal.id}`}>{t('review.comment')}</label>
        <textarea id={`comment-${proposal.id}`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {commentMissing && (
        <p className="cw-problem" role="alert">
          {t('review.commentNeeded')}
        </p>
      )}
      <Problem error={problem} />
      <div className="cw-actions">
        <button type="button" className="button button--primary" onClick={() => decide('approve')}>
          {t('review.approve')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
    </div>
  );
}

export function ReviewPage({ catalogueId, context }: { catalogueId: string; context: WorkspaceContext }) {
  const { t, i18n } = useTranslation('coordinator');
  const ui = i18n.resolvedLanguage ?? 'en';
  const list = useApi<{ proposals: Proposal[] }>(workspacePath(catalogueId, context.coordinator ? '/proposals?status=open' : '/proposals'));
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const orgName = (id: string) => context.organisations.find((o) => o.id === id)?.name ?? id;

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{context.coordinator ? t('review.title') : t('review.mine')}</h1>
      {notice && (
        <p className="cw-notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={list.error} />
      {list.data && list.data.proposals.length === 0 && <p>{t('review.empty')}</p>}
      {list.data && list.data.proposals.length > 0 && (
        <ul className="cw-proposals">
          {list.data.proposals.map((p) => (
            <li key={p.id} className="cw-proposal">
              <h2>{pickText(p.offer.name, ui)?.text ?? p.offer_id}</h2>
              <p className="cw-meta">
                {t('review.by', { author: p.author, organisation: orgName(p.organisation_id) })} · <time dateTime={p.created_at}>{formatDateTime(p.created_at, ui)}</time> · {t(`review.status.${p.status}`)}
              </p>
              {p.comment && (
                <p className="cw-comment">
                  {t('review.commentFrom', { who: p.decided_by ?? '' })} {p.comment}
                </p>
              )}
              {context.coordinator && p.status === 'open' &&
                (open === p.id ? (
                  <Review
                    proposal={p}
                    context={context}
                    catalogueId={catalogueId}
                    onDone={() => {
                      setOpen(null);
                      setNotice(t('review.decided'));
                      list.reload();
                    }}
                  />
                ) : (
                  <button type="button" className="button button--primary" onClick={() => setOpen(p.id)}>
                    {t('review.open', { name: pickText(p.offer.name, ui)?.text ?? p.offer_id })}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

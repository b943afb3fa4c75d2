// A coordinator makes a one-time invitation link for an association's contact and copies it;
// no mail server is involved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, workspacePath } from './api.ts';
import { Problem } from './Problem.tsx';
import { SelectField } from './SelectField.tsx';
import type { WorkspaceContext } from '../catalogue/workspace-api.ts';
import { formatDateTime } from '../ui/format.ts';
import { useSession } from './session.tsx';
import { useAction } from './useAction.ts';

export function InvitePanel({ catalogueId, context }: { catalogueId: string; context: WorkspaceContext }) {
  const { t, i18n } = useTranslation('coordinator');
  const isAdmin = useSession().account?.is_admin === true;
  const [role, setRole] = useState<'contributor' | 'coordinator'>('contributor');
  const [organisation, setOrganisation] = useState(context.organisations[0]?.id ?? '');
  const [link, setLink] = useState<{ url: string; expires_at: string } | null>(null);
  const { problem, run } = useAction();
  const [copied, setCopied] = useState(false);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setCopied(false);
    await run(async () => {
      const made = await api<{ path: string; expires_at: string }>(workspacePath(catalogueId, '/invitations'), { method: 'POST', body: role === 'coordinator' ? { role } : { role, organisation_id: organisation } });
      setLink({ url: `${location.origin}${made.path}`, expires_at: made.expires_at });
    });
  }

  return (
    <section aria-labelledby="invite-panel-title">
      <h1 id="invite-panel-title">{t('invitePanel.title')}</h1>
      <p>{t('invitePanel.intro')}</p>
      <form className="cw-inline-form" onSubmit={create}>
        {isAdmin && (
          <SelectField
            id="invite-role"
            label={t('invitePanel.role')}
            value={role}
            onChange={(v) => setRole(v as typeof role)}
            options={[
              { value: 'contributor', label: t('pick.contributor') },
              { value: 'coordinator', label: t('pick.coordinator') },
            ]}
          />
        )}
        {role === 'contributor' && (
          <SelectField id="invite-org" label={t('labels.organization_id')} value={organisation} onChange={setOrganisation} options={context.organisations.map((o) => ({ value: o.id, label: o.name }))} />
        )}
        <button type="submit" className="button button--primary">
          {t('invitePanel.create')}
        </button>
      </form>
      <Problem error={problem} />
      {link && (
        <div className="cw-notice">
          <label htmlFor="invite-link">{t('invitePanel.link', { until: formatDateTime(link.expires_at, i18n.resolvedLanguage ?? 'en') })}</label>
          <input id="invite-link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => setCopied(false))}
          >
            {t('invitePanel.copy')}
          </button>
          <span role="status">{copied ? t('invitePanel.copied') : ''}</span>
        </div>
      )}
    </section>
  );
}

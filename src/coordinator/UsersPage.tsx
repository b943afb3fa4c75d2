// Accounts for administrators: who has which role where, and a form for a new account (the
// first admin comes from `npm run admin -- create-user`; associations usually come by invitation).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import type { PublicAccount, WorkspaceContext, Membership, WorkspaceCatalogue } from '../catalogue/workspace-api.ts';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';

const EMPTY = { username: '', display_name: '', password: '', is_admin: false, catalogue_id: '', role: 'coordinator' as Membership['role'], organisation_id: '' };

export function UsersPage() {
  const { t } = useTranslation('coordinator');
  const users = useApi<{ users: PublicAccount[] }>('/api/users');
  const catalogues = useApi<{ catalogues: WorkspaceCatalogue[] }>('/api/workspace');
  const [form, setForm] = useState(EMPTY);
  const context = useApi<WorkspaceContext>(form.catalogue_id && form.role === 'contributor' ? workspacePath(form.catalogue_id, '/context') : null);
  const { problem, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setNotice(null);
    const memberships = form.catalogue_id ? [{ catalogue_id: form.catalogue_id, role: form.role, organisation_id: form.role === 'contributor' ? form.organisation_id || null : null }] : [];
    await run(async () => {
      const made = await api<PublicAccount>('/api/users', { method: 'POST', body: { username: form.username, display_name: form.display_name, password: form.password, is_admin: form.is_admin, memberships } });
      setNotice(t('users.created', { name: made.username }));
      setForm(EMPTY);
      users.reload();
    });
  }

  const roleOf = (m: Membership) => `${m.role === 'coordinator' ? t('pick.coordinator') : t('pick.contributor')} · ${m.catalogue_id}${m.organisation_id ? ` · ${m.organisation_id}` : ''}`;
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      <Problem error={users.error} />
      {users.data && (
        <DataTable columns={[t('login.username'), t('invite.displayName'), t('users.roles')]}>
          {users.data.users.map((u) => (
            <tr key={u.username}>
              <td>{u.username}</td>
              <td>{u.display_name}</td>
              <td>{[...(u.is_admin ? [t('users.admin')] : []), ...u.memberships.map(roleOf)].join(', ')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t('users.new')}</h2>
      {notice && (
        <p className="cw-notice" role="status">
          {notice}
        </p>
      )}
      <form className="cw-narrow" onSubmit={create}>
        <TextField id="u-name" label={t('login.username')} hint={t('invite.usernameHint')} value={form.username} onChange={(v) => set({ username: v })} autoComplete="off" />
        <TextField id="u-display" label={t('invite.displayName')} value={form.display_name} onChange={(v) => set({ display_name: v })} />
        <TextField id="u-password" label={t('login.password')} hint={t('invite.passwordHint')} type="password" value={form.password} onChange={(v) => set({ password: v })} autoComplete="new-password" />
        <div className="cw-field cw-check">
          <input id="u-admin" type="checkbox" checked={form.is_admin} onChange={(e) => set({ is_admin: e.target.checked })} />
          <label htmlFor="u-admin">{t('users.admin')}</label>
        </div>
        <SelectField
          id="u-catalogue"
          label={t('users.catalogue')}
          value={form.catalogue_id}
          onChange={(v) => set({ catalogue_id: v })}
          options={[{ value: '', label: t('users.noCatalogue') }, ...(catalogues.data?.catalogues ?? []).map((c) => ({ value: c.id, label: c.id }))]}
        />
        {form.catalogue_id && (
          <SelectField
            id="u-role"
            label={t('invitePanel.role')}
            value={form.role}
            onChange={(v) => set({ role: v as Membership['role'] })}
            options={[
              { value: 'coordinator', label: t('pick.coordinator') },
              { value: 'contributor', label: t('pick.contributor') },
            ]}
          />
        )}
        {form.catalogue_id && form.role === 'contributor' && (
          <SelectField
            id="u-org"
            label={t('labels.organization_id')}
            value={form.organisation_id}
            onChange={(v) => set({ organisation_id: v })}
            options={[{ value: '', label: t('form.choose') }, ...(context.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          />
        )}
        <Problem error={problem} />
        <button type="submit" className="button button--primary">
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}

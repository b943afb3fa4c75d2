// Accounts for administrators: who has which role where, and a form for a new account (the
// first admin comes from `npm run admin -- create-user`; associations usually come by invitation).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, workspacePath } from './api.ts';
import { DataTable } from './DataTable.tsx';
import { Problem } from './Problem.tsx';
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
        <div className="cw-field">
          <label htmlFor="u-catalogue">{t('users.catalogue')}</label>
          <select id="u-catalogue" value={form.catalogue_id} onChange={(e) => set({ catalogue_id: e.target.value })}>
            <option value="">{t('users.noCatalogue')}</option>
            {catalogues.data?.catalogues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
          </select>
        </div>
        {form.catalogue_id && (
          <div className="cw-field">
            <label htmlFor="u-role">{t('invitePanel.role')}</label>
            <select id="u-role" value={form.role} onChange={(e) => set({ role: e.target.value as Membership['role'] })}>
              <option value="coordinator">{t('pick.coordinator')}</option>
              <option value="contributor">{t('pick.contributor')}</option>
            </select>
          </div>
        )}
        {form.catalogue_id && form.role === 'contributor' && (
          <div className="cw-field">
            <label htmlFor="u-org">{t('labels.organization_id')}</label>
            <select id="u-org" value={form.organisation_id} onChange={(e) => set({ organisation_id: e.target.value })}>
              <option value="">{t('form.choose')}</option>
              {context.data?.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <Problem error={problem} />
        <button type="submit" className="cw-button">
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}

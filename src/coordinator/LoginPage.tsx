// Logging in to the workspace, and accepting an invitation (choose a name and password).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Problem } from './Problem.tsx';
import { TextField } from './TextField.tsx';
import { useSession } from './session.tsx';
import { useAction } from './useAction.ts';
import { useApi } from './useApi.ts';
import { ApiError, pagePath } from './api.ts';
import type { Membership } from '../catalogue/workspace-api.ts';

/** Login's own words for its refusals; any other problem is said as on every page. */
const REFUSALS: Record<number, string> = { 401: 'login.wrong', 429: 'login.limited' };

export function LoginPage() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, run } = useAction();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!(await run(() => session.login(username, password)))) setPassword('');
  }

  const refusal = problem instanceof ApiError ? REFUSALS[problem.status] : undefined;
  return (
    <section className="cw-narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <form onSubmit={submit}>
        <TextField id="login-user" label={t('login.username')} value={username} onChange={setUsername} autoComplete="username" required />
        <TextField id="login-password" label={t('login.password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        {refusal ? (
          <p className="cw-problem" role="alert">
            {t(refusal)}
          </p>
        ) : (
          <Problem error={problem} />
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </section>
  );
}

export function InvitationPage() {
  const { t } = useTranslation('coordinator');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const invite = useApi<Membership & { expires_at: string }>(`/api/invitations/${encodeURIComponent(token)}`);
  const [form, setForm] = useState({ username: '', display_name: '', password: '' });
  const { problem, run } = useAction();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await run(async () => {
      await session.accept(token, form);
      navigate(pagePath(invite.data!.catalogue_id), { replace: true });
    });
  }

  const gone = invite.error instanceof ApiError && (invite.error.status === 410 || invite.error.status === 404);
  return (
    <section className="cw-narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t('invite.title')}</h1>
      {gone && <p className="cw-problem">{t('invite.gone')}</p>}
      {!gone && <Problem error={invite.error} />}
      {invite.data && (
        <form onSubmit={submit}>
          <p>{t(`invite.intro.${invite.data.role}`, { catalogue: invite.data.catalogue_id, organisation: invite.data.organisation_id })}</p>
          <TextField id="inv-name" label={t('invite.displayName')} value={form.display_name} onChange={(v) => setForm({ ...form, display_name: v })} autoComplete="name" required />
          <TextField id="inv-user" label={t('login.username')} hint={t('invite.usernameHint')} value={form.username} onChange={(v) => setForm({ ...form, username: v })} autoComplete="username" required />
          <TextField id="inv-password" label={t('login.password')} hint={t('invite.passwordHint')} type="password" value={form.password} onChange={(v) => setForm({ ...form, password: v })} autoComplete="new-password" required />
          <Problem error={problem} />
          <button type="submit" className="button button--primary">
            {t('invite.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

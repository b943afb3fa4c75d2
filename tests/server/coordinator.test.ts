// Who may do what in the workspace, over real HTTP and SQLite: every route against every role
// (401 without a session, 403 with the wrong role, success with the right one) and CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalogue, fixtureOffer, removeDir, startFixtureServer, type TestServer } from './helpers.ts';
import { login, PASSWORD, standardUsers, type Client } from './coordinator-client.ts';

let server: TestServer;
let users: Awaited<ReturnType<typeof standardUsers>>;

beforeAll(async () => {
  server = await startFixtureServer({ seed: [fixtureCatalogue(), fixtureCatalogue('andenby')], loginLimit: 100 });
  users = await standardUsers(server);
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

type Who = 'anonymous' | 'assoc' | 'other' | 'coord' | 'admin';
interface RouteCase {
  name: string;
  method: string;
  /** The address, fresh per call where it names something made for the call. */
  path: string | (() => Promise<string>);
  /** The body, fresh per call (revisions move on). */
  body?: (c: Client | undefined) => Promise<unknown> | unknown;
  allowed: Who[];
}

const revisionOf = async (id: string) => ((await (await server.api(`/api/catalogues/testby/offers/${id}`)).headers.get('etag')) ?? '').replace(/\D/g, '');
const COORDINATORS: Who[] = ['coord', 'admin'];
const proposedOffer = fixtureOffer('lektiecafe', { organization_id: 'redbarnet', categories: ['learning'], summary: { da: 'Foreslået' } });
let made = 0;

/** A fresh open proposal from the contributor, for one approve or reject call. */
async function openProposal(action: 'approve' | 'reject'): Promise<string> {
  const p = await users.assoc.json('/api/workspace/testby/proposals', { method: 'POST', body: { offer: proposedOffer } });
  return `/api/workspace/testby/proposals/${p.id}/${action}`;
}
const MEMBERS: Who[] = ['assoc', 'coord', 'admin'];

const routes: RouteCase[] = [
  { name: 'context', method: 'GET', path: '/api/workspace/testby/context', allowed: MEMBERS },
  { name: 'offer list', method: 'GET', path: '/api/workspace/testby/offers', allowed: MEMBERS },
  { name: 'save offer', method: 'PUT', path: '/api/workspace/testby/offers/voksenven', body: async () => ({ offer: fixtureOffer('voksenven'), revision: Number(await revisionOf('voksenven')) }), allowed: COORDINATORS },
  { name: 'verify', method: 'POST', path: '/api/workspace/testby/offers/voksenven/verify', body: async () => ({ revision: Number(await revisionOf('voksenven')) }), allowed: COORDINATORS },
  { name: 'freshness', method: 'GET', path: '/api/workspace/testby/freshness', allowed: COORDINATORS },
  { name: 'settings', method: 'PUT', path: '/api/workspace/testby/settings', body: () => ({ freshness_months: 12 }), allowed: COORDINATORS },
  { name: 'changes', method: 'GET', path: '/api/workspace/testby/changes', allowed: COORDINATORS },
  { name: 'publish', method: 'POST', path: '/api/workspace/testby/publish', body: () => ({ note: 'matrix' }), allowed: COORDINATORS },
  { name: 'versions', method: 'GET', path: '/api/workspace/testby/versions', allowed: COORDINATORS },
  { name: 'proposals', method: 'GET', path: '/api/workspace/testby/proposals', allowed: MEMBERS },
  { name: 'propose', method: 'POST', path: '/api/workspace/testby/proposals', body: () => ({ offer: fixtureOffer('lektiecafe', { organization_id: 'redbarnet', categories: ['learning'] }) }), allowed: MEMBERS },
  { name: 'audit', method: 'GET', path: '/api/workspace/testby/audit', allowed: COORDINATORS },
  { name: 'invite contributor', method: 'POST', path: '/api/workspace/testby/invitations', body: () => ({ role: 'contributor', organisation_id: 'redbarnet' }), allowed: COORDINATORS },
  { name: 'invite coordinator', method: 'POST', path: '/api/workspace/testby/invitations', body: () => ({ role: 'coordinator' }), allowed: ['admin'] },
  { name: 'list users', method: 'GET', path: '/api/users', allowed: ['admin'] },
  { name: 'roll back', method: 'POST', path: '/api/workspace/testby/versions/1/rollback', body: () => ({}), allowed: COORDINATORS },
  { name: 'export HSDS', method: 'GET', path: '/api/workspace/testby/export/hsds?lang=da', allowed: COORDINATORS },
  { name: 'import (check only)', method: 'POST', path: '/api/workspace/testby/import', body: () => ({ format: 'hsds', language: 'da', data: [], dry_run: true }), allowed: COORDINATORS },
  { name: 'approve', method: 'POST', path: () => openProposal('approve'), body: async () => ({ offer: proposedOffer, revision: Number(await revisionOf('lektiecafe')) }), allowed: COORDINATORS },
  { name: 'reject', method: 'POST', path: () => openProposal('reject'), body: () => ({ comment: 'Not now' }), allowed: COORDINATORS },
  { name: 'create user', method: 'POST', path: '/api/users', body: () => ({ username: `new-${++made}`, display_name: 'N', password: PASSWORD }), allowed: ['admin'] },
  { name: 'publishing API: put offer', method: 'PUT', path: '/api/catalogues/testby/offers/ferielejr', body: () => fixtureOffer('ferielejr', { organization_id: 'redbarnet' }), allowed: COORDINATORS },
  { name: 'publishing API: publish', method: 'POST', path: '/api/catalogues/testby/publish', body: () => ({}), allowed: COORDINATORS },
];

function clientOf(who: Who): Client | undefined {
  return who === 'anonymous' ? undefined : users[who];
}

describe('every route × role', () => {
  for (const route of routes) {
    for (const who of ['anonymous', 'assoc', 'other', 'coord', 'admin'] as Who[]) {
      const expected = route.allowed.includes(who) ? 'allowed' : who === 'anonymous' ? 401 : 403;
      it(`${route.name} as ${who} → ${expected}`, async () => {
        const c = clientOf(who);
        const body = route.body ? await route.body(c) : undefined;
        const path = typeof route.path === 'string' ? route.path : await route.path();
        const res = c
          ? await c.call(path, { method: route.method, body })
          : await server.api(path, { method: route.method, body: body === undefined ? undefined : JSON.stringify(body), auth: false });
        const text = await res.text();
        if (expected === 'allowed') expect(res.status, text).toBeLessThan(300);
        else expect(res.status, text).toBe(expected);
      });
    }
  }
});

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and no Secure flag over plain http', async () => {
    const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coord', password: PASSWORD }) });
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^tg_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown name alike', async () => {
    for (const [username, password] of [['coord', 'wrong password!'], ['nobody-here', 'whatever1234']]) {
      const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      expect(res.status).toBe(401);
      expect((await res.json()).message).toBe('wrong user name or password');
    }
  });

  it('logs out everywhere: every session of the user ends', async () => {
    await server.api('/api/users', { method: 'POST', body: JSON.stringify({ username: 'leaver', display_name: 'L', password: PASSWORD, memberships: [{ catalogue_id: 'testby', role: 'coordinator' }] }) });
    const a = await login(server, 'leaver');
    const b = await login(server, 'leaver');
    expect((await b.call('/api/session')).status).toBe(200);
    expect((await a.call('/api/session/everywhere', { method: 'POST' })).status).toBe(200);
    expect((await a.call('/api/session')).status).toBe(401);
    expect((await b.call('/api/workspace/testby/offers')).status).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuses a cookie write without the CSRF token', async () => {
    const res = await users.coord.call('/api/workspace/testby/publish', { method: 'POST', body: {}, csrf: false });
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/CSRF/);
  });

  it('refuses a write another site started, even with the token', async () => {
    for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'https://evil.example' }] as Record<string, string>[]) {
      const res = await users.coord.call('/api/workspace/testby/publish', { method: 'POST', body: {}, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('refuses a login form posted from another site', async () => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'coord', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it('keeps the publish token working without CSRF (no ambient credential)', async () => {
    const res = await server.api('/api/catalogues/testby/publish', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many attempts', async () => {
    const limited = await startFixtureServer({ loginLimit: 3 });
    try {
      const attempt = () =>
        fetch(`${limited.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x', password: 'y' }) });
      expect([(await attempt()).status, (await attempt()).status, (await attempt()).status]).toEqual([401, 401, 401]);
      expect((await attempt()).status).toBe(429);
    } finally {
      await limited.close();
      removeDir(limited.dataDir);
    }
  });
});

describe('first start and proxies', () => {
  it('creates demo accounts on a demo first start, whose passwords work, and not again on restart', async () => {
    const demo = await startFixtureServer({ demoAccounts: true });
    try {
      expect(demo.demoAccounts.map((a) => a.username)).toEqual(['admin', 'coordinator-testby', 'association-testby']);
      const coordinator = demo.demoAccounts[1];
      const me = await (await login(demo, coordinator.username, coordinator.password)).json('/api/session');
      expect(me.account.memberships).toEqual([{ catalogue_id: 'testby', role: 'coordinator', organisation_id: null }]);
    } finally {
      await demo.close();
    }
    const again = await startFixtureServer({ demoAccounts: true, dataDir: demo.dataDir });
    try {
      expect(again.demoAccounts).toEqual([]);
    } finally {
      await again.close();
      removeDir(again.dataDir);
    }
  });

  it('trusts X-Forwarded-Proto and -Host (Secure cookie, same-site check) only when told to', async () => {
    const headers = { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'guide.example.org', origin: 'https://guide.example.org' };
    const post = (url: string, h: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }) =>
      fetch(`${url}/api/session`, { method: 'POST', headers: h, body: JSON.stringify({ username: 'admin1', password: PASSWORD }) });
    expect((await post(server.url)).headers.getSetCookie()[0]).not.toMatch(/Secure/);
    const proxied = await startFixtureServer({ trustProxy: true });
    try {
      await proxied.api('/api/users', { method: 'POST', body: JSON.stringify({ username: 'admin1', display_name: 'A', password: PASSWORD, is_admin: true }) });
      expect((await post(proxied.url)).headers.getSetCookie()[0]).toMatch(/; Secure/);
      // The browser's Origin is the public host the proxy forwards, not the backend's.
      expect((await post(proxied.url, headers)).status).toBe(200);
      expect((await post(server.url, headers)).status).toBe(403);
    } finally {
      await proxied.close();
      removeDir(proxied.dataDir);
    }
  });
});

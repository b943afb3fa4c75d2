// Logs test users into a running server and calls the workspace API as a browser would: the
// session cookie plus the CSRF header, with the publish token only where a test asks for it.
import { expect } from 'vitest';
import type { TestServer } from './helpers.ts';

export const PASSWORD = 'correct horse battery';

export interface Client {
  username: string;
  call(path: string, init?: { method?: string; body?: unknown; csrf?: boolean; headers?: Record<string, string> }): Promise<Response>;
  json<T = any>(path: string, init?: Parameters<Client['call']>[1]): Promise<T>;
}

export async function createUser(server: TestServer, username: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await server.api('/api/users', { method: 'POST', body: JSON.stringify({ username, display_name: username, password: PASSWORD, ...extra }) });
  expect(res.status, await res.clone().text()).toBe(201);
}

export async function login(server: TestServer, username: string, password = PASSWORD): Promise<Client> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrf } = (await res.json()) as { csrf: string };
  const client: Client = {
    username,
    call(path, { method = 'GET', body, csrf: withCsrf = true, headers = {} } = {}) {
      const h: Record<string, string> = { cookie, ...headers };
      if (withCsrf) h['x-csrf-token'] = csrf;
      if (body !== undefined) h['content-type'] = 'application/json';
      return fetch(`${server.url}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    },
    async json(path, init) {
      const res = await client.call(path, init);
      expect(res.status, `${init?.method ?? 'GET'} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
      return res.json();
    },
  };
  return client;
}

/** Admin, a coordinator of testby, a coordinator of another catalogue, and a contributor for redbarnet. */
export async function standardUsers(server: TestServer) {
  await createUser(server, 'admin1', { is_admin: true });
  await createUser(server, 'coord', { memberships: [{ catalogue_id: 'testby', role: 'coordinator' }] });
  await createUser(server, 'othercoord', { memberships: [{ catalogue_id: 'andenby', role: 'coordinator' }] });
  await createUser(server, 'assoc', { memberships: [{ catalogue_id: 'testby', role: 'contributor', organisation_id: 'redbarnet' }] });
  const [admin, coord, other, assoc] = await Promise.all(['admin1', 'coord', 'othercoord', 'assoc'].map((u) => login(server, u)));
  return { admin, coord, other, assoc };
}

// Talks to the workspace API: the session cookie rides along by itself, the CSRF token goes in
// a header, and a failed request (not an error answer) means "no connection".
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; message?: string; issues?: { path: string; message: string }[]; current?: unknown },
  ) {
    super(body.message ?? `HTTP ${status}`);
  }
}

/** The request never reached the server. */
export class OfflineError extends Error {}

let csrfToken: string | null = null;

export function setCsrf(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && init.method && init.method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method: init.method ?? 'GET', headers, credentials: 'same-origin', body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  } catch {
    throw new OfflineError('offline');
  }
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, body);
  return body as T;
}

export function workspacePath(catalogueId: string, rest = ''): string {
  return `/api/workspace/${encodeURIComponent(catalogueId)}${rest}`;
}

/** Address of a workspace page (absolute: relative links inside splat routes resolve unexpectedly). */
export function pagePath(catalogueId: string, rest = ''): string {
  return `/coordinator/${encodeURIComponent(catalogueId)}${rest}`;
}

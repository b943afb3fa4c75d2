// Who is logged in to the workspace (asked from the server on open; the cookie itself is
// HttpOnly, so the page never sees it) and the calls that change it.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrf } from './api.ts';
import type { PublicAccount, SessionInfo } from '../catalogue/workspace-api.ts';

interface SessionState {
  /** undefined while asking; null when nobody is logged in. */
  account: PublicAccount | null | undefined;
  /** The server could not be reached. */
  offline: boolean;
  login(username: string, password: string): Promise<void>;
  accept(token: string, body: { username: string; display_name: string; password: string }): Promise<void>;
  logout(everywhere?: boolean): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<PublicAccount | null | undefined>(undefined);
  const [offline, setOffline] = useState(false);
  const [tick, setTick] = useState(0);

  const started = useCallback((s: SessionInfo) => {
    setCsrf(s.csrf);
    setAccount(s.account);
    setOffline(false);
  }, []);

  useEffect(() => {
    api<SessionInfo>('/api/session').then(started, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) {
        setAccount(null);
        setOffline(false);
      } else setOffline(true);
    });
  }, [started, tick]);

  const value: SessionState = {
    account,
    offline,
    login: async (username, password) => started(await api<SessionInfo>('/api/session', { method: 'POST', body: { username, password } })),
    accept: async (token, body) => started(await api<SessionInfo>(`/api/invitations/${encodeURIComponent(token)}`, { method: 'POST', body })),
    logout: async (everywhere = false) => {
      await api(everywhere ? '/api/session/everywhere' : '/api/session', { method: everywhere ? 'POST' : 'DELETE' });
      setCsrf(null);
      setAccount(null);
    },
    retry: () => setTick((t) => t + 1),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import * as Sentry from '@sentry/react';

export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
}

interface SessionValue {
  user: SessionUser | null;
  loading: boolean;
}

const SessionContext = createContext<SessionValue>({ user: null, loading: true });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [value, setValue] = useState<SessionValue>({ user: null, loading: true });

  useEffect(() => {
    let cancelled = false;
    fetch('/api/me', { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<SessionUser>) : null))
      .then((me) => {
        if (cancelled) return;
        if (me) Sentry.setUser({ id: me.id, email: me.email });
        setValue({ user: me, loading: false });
      })
      .catch(() => !cancelled && setValue({ user: null, loading: false }));
    return () => {
      cancelled = true;
    };
  }, []);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}

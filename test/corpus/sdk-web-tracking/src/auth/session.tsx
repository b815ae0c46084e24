'use client';

import { createContext, ReactNode, useContext } from 'react';

export interface SessionUser {
  userId: string;
  email: string;
  name: string;
  plan: 'free' | 'pro' | 'enterprise';
}

interface Session {
  user: SessionUser | null;
}

const SessionContext = createContext<Session>({ user: null });

/** The signed-in user, put in place by the root layout from the server-side session. */
export function SessionProvider({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  return <SessionContext.Provider value={{ user }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
